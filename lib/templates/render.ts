import type { TemplateButton, TemplateCard, TemplateDefinition } from "./types";
import {
  bodyPlaceholders,
  buttonParameterName,
  cardPrefix,
  dynamicUrlBase,
  headerPlaceholder,
  type ParameterPrefix,
  PLACEHOLDER,
} from "./variables";

/**
 * Where a piece of rendered text came from: the template itself, a value the person typed, the template's example
 * (the value is still empty), or the bare placeholder (empty and no example). The preview styles the last two.
 */
export type SegmentSource = "template" | VariableSource;
export type VariableSource = "value" | "example" | "placeholder";

export interface Segment {
  text: string;
  source: SegmentSource;
  /** The parameter name a variable segment stands for. */
  variable?: string;
}

export type RenderedHeader =
  | { kind: "text"; segments: Segment[] }
  | {
      kind: "image" | "video" | "document";
      /** Empty when neither a value nor an example is known. */
      url: string;
      source: VariableSource;
      filename?: string;
    };

export interface RenderedButton {
  kind: TemplateButton["kind"];
  text: string;
  /** The full URL with the suffix filled in. */
  url?: string;
  urlSource?: SegmentSource;
  phone?: string;
}

/** One carousel card as the customer sees it. */
export interface RenderedCard {
  header?: RenderedHeader;
  body: Segment[];
  buttons: RenderedButton[];
}

export interface RenderedTemplate extends RenderedCard {
  footer?: string;
  /** A carousel template's cards, drawn under its body. */
  cards?: RenderedCard[];
}

export interface TemplateValues {
  /** Parameter name → value, as in the composer's form. */
  variables: Record<string, string | undefined>;
  filenames?: Record<string, string | undefined>;
}

/** The template as the customer would see it with these values; empty values show the example instead. */
export function renderTemplate(definition: TemplateDefinition, values: TemplateValues): RenderedTemplate {
  const fill: Fill = (name, example, placeholder) => {
    const value = values.variables[name]?.trim() ?? "";
    if (value !== "") return { text: value, source: "value", variable: name };
    if (example) return { text: example, source: "example", variable: name };
    return { text: placeholder, source: "placeholder", variable: name };
  };
  const rendered: RenderedTemplate = renderParts(definition, "", fill, values);
  if (definition.footer) rendered.footer = definition.footer;
  if (definition.carousel) {
    rendered.cards = definition.carousel.map((card, index) => renderParts(card, cardPrefix(index), fill, values));
  }
  return rendered;
}

/** The header, body and buttons of the template or of one card, its parameters named with `prefix`. */
function renderParts(parts: TemplateCard, prefix: ParameterPrefix, fill: Fill, values: TemplateValues): RenderedCard {
  const numbers = new Map(bodyPlaceholders(parts.body.text).map(({ key, number }) => [key, number]));
  const body = substitute(parts.body.text, (key, raw) => {
    const number = numbers.get(key);
    return number === undefined ? undefined : fill(`${prefix}body_${number}`, parts.body.examples[number - 1], raw);
  });
  const rendered: RenderedCard = {
    body,
    buttons: parts.buttons.map((button, index) => renderButton(button, `${prefix}${buttonParameterName(index)}`, fill)),
  };
  const header = parts.header;
  if (header?.kind === "text") {
    const key = headerPlaceholder(header.text);
    const segments = substitute(header.text, (found, raw) =>
      found === key ? fill(`${prefix}header_text`, header.example, raw) : undefined,
    );
    rendered.header = { kind: "text", segments };
  } else if (header) {
    const name = `${prefix}header_${header.kind}`;
    const { text, source } = fill(name, header.example, "");
    const filename = values.filenames?.[name]?.trim();
    rendered.header = { kind: header.kind, url: text, source, ...(filename ? { filename } : {}) };
  }
  return rendered;
}

/** The plain text of segments, e.g. to measure the body as it will be sent. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join("");
}

type Fill = (name: string, example: string | undefined, placeholder: string) => Segment & { source: VariableSource };

function renderButton(button: TemplateButton, parameter: string, fill: Fill): RenderedButton {
  const rendered: RenderedButton = { kind: button.kind, text: button.text };
  if (button.phone) rendered.phone = button.phone;
  if (button.kind !== "url" || button.url === undefined) return rendered;
  const base = dynamicUrlBase(button.url);
  if (base === undefined) return { ...rendered, url: button.url, urlSource: "template" };
  const exampleSuffix = button.example?.startsWith(base) ? button.example.slice(base.length) : button.example;
  const suffix = fill(parameter, exampleSuffix, button.url.slice(base.length).trim());
  return { ...rendered, url: base + suffix.text, urlSource: suffix.source };
}

/** Splits text at its placeholders; `replace` answers undefined for one it does not know, which stays as written. */
function substitute(text: string, replace: (key: string, raw: string) => Segment | undefined): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const segment = replace(match[1] ?? "", match[0]);
    if (!segment) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), source: "template" });
    segments.push(segment);
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), source: "template" });
  return segments;
}
