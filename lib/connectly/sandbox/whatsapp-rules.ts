import { type Fields, isObject, malformed } from "./validation";

/**
 * WhatsApp's documented limits on session messages, which Connectly passes on: a message breaking one is refused
 * [C: Meta's Cloud API reference, restated in the reference sheet whatsapp-limits.md]. Kept apart from the app's
 * schemas on purpose (own numbers, own counting), so that a property test comparing the two can catch either
 * being wrong. Characters are grapheme clusters, what WhatsApp shows as one [I].
 */
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Whether the text has more than `max` graphemes; stops counting there, so a huge text is judged quickly. */
function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let count = 0;
  for (const _ of GRAPHEMES.segment(text)) if (++count > max) return true;
  return false;
}

function within(value: unknown, max: number, field: string): void {
  if (typeof value === "string" && longerThan(value, max)) {
    malformed(`${field} is longer than WhatsApp's ${max} characters`, field);
  }
}

function unique(values: unknown[], what: string, field: string): void {
  const seen = new Set<unknown>();
  for (const value of values) {
    if (seen.has(value))
      malformed(`${what} must be unique within the message, ${JSON.stringify(value)} repeats`, field);
    seen.add(value);
  }
}

const at = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function checkTextLimits(message: Fields): void {
  within(message.text, 4096, "message.text");
}

export function checkCaption(attachment: Fields, field: string): void {
  within(attachment.caption, 1024, `${field}.caption`);
}

export function checkLocationRange(location: Fields, field: string): void {
  const { latitude, longitude } = location as { latitude: number; longitude: number };
  if (latitude < -90 || latitude > 90) malformed(`${field}.latitude must be within -90 and 90`, `${field}.latitude`);
  if (longitude < -180 || longitude > 180) {
    malformed(`${field}.longitude must be within -180 and 180`, `${field}.longitude`);
  }
}

function checkInteractiveParts(message: Fields, content: Fields, field: string, bodyMax: number): void {
  within(message.text, bodyMax, "message.text");
  within(at(content.header, "text"), 60, `${field}.header.text`);
  within(at(content.footer, "text"), 60, `${field}.footer.text`);
}

export function checkListLimits(message: Fields, listMessage: Fields): void {
  const field = "message.listMessage";
  checkInteractiveParts(message, listMessage, field, 4096);
  within(at(listMessage.button, "text"), 20, `${field}.button.text`);
  const sections = list(listMessage.sections);
  if (sections.length > 10) malformed("a list holds at most 10 sections", `${field}.sections`);
  const rows = sections.flatMap((section) => list(at(section, "rows")));
  if (rows.length > 10) malformed("a list holds at most 10 rows across its sections", `${field}.sections`);
  sections.forEach((section, i) => {
    const title = at(section, "title");
    if (sections.length > 1 && (typeof title !== "string" || title.trim() === "")) {
      malformed("with more than one section, every section needs a title", `${field}.sections[${i}].title`);
    }
    within(title, 24, `${field}.sections[${i}].title`);
    list(at(section, "rows")).forEach((row, j) => {
      const rowField = `${field}.sections[${i}].rows[${j}]`;
      within(at(row, "id"), 200, `${rowField}.id`);
      within(at(row, "text"), 24, `${rowField}.text`);
      within(at(row, "description"), 72, `${rowField}.description`);
    });
  });
  unique(
    rows.map((row) => at(row, "id")),
    "row ids",
    `${field}.sections`,
  );
}

export function checkReplyButtonLimits(message: Fields, replyButtonMessage: Fields): void {
  const field = "message.replyButtonMessage";
  checkInteractiveParts(message, replyButtonMessage, field, 1024);
  if (typeof message.text !== "string" || message.text.trim() === "") {
    malformed("message.text is required with reply buttons: WhatsApp shows it as the body", "message.text");
  }
  const buttons = list(replyButtonMessage.buttons);
  if (buttons.length > 3) malformed("a message holds at most 3 reply buttons", `${field}.buttons`);
  buttons.forEach((button, i) => {
    within(at(button, "id"), 256, `${field}.buttons[${i}].id`);
    within(at(button, "text"), 20, `${field}.buttons[${i}].text`);
  });
  unique(
    buttons.map((button) => at(button, "id")),
    "button ids",
    `${field}.buttons`,
  );
  unique(
    buttons.map((button) => at(button, "text")),
    "button titles",
    `${field}.buttons`,
  );
}

export function checkSingleProductLimits(message: Fields, product: Fields): void {
  within(message.text, 1024, "message.text");
  within(at(product.footer, "text"), 60, "message.singleProductMessage.footer.text");
}

export function checkMultiProductLimits(message: Fields, products: Fields): void {
  const field = "message.multiProductMessage";
  checkInteractiveParts(message, products, field, 1024);
  const sections = list(products.sections);
  if (sections.length > 10) malformed("a multi-product message holds at most 10 sections", `${field}.sections`);
  sections.forEach((section, i) => {
    within(at(section, "title"), 24, `${field}.sections[${i}].title`);
  });
  const items = sections.flatMap((section) => list(at(section, "productItems")));
  if (items.length > 30) malformed("a multi-product message holds at most 30 products", `${field}.sections`);
  unique(
    items.map((item) => at(item, "productRetailerId")),
    "products",
    `${field}.sections`,
  );
}

/** Meta refuses template parameters with line breaks, tabs or more than four spaces in a row (error 132018). */
export function templateParameterProblem(value: string): string | undefined {
  return /[\n\r\t]| {5,}/.test(value) ? "holds a line break, a tab or more than four spaces in a row" : undefined;
}
