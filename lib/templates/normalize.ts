import type { TemplateButton, TemplateCard, TemplateDefinition, TemplateHeader, TemplateStatus } from "./types";

/**
 * Reads Connectly's get/templates answer into one TemplateDefinition per (name, language). The answer's shape is
 * only partly documented, so this reads liberally: Connectly's own component shape ({header: {text|media}},
 * {body}, {footer}, {buttons}) and Meta's raw one ({type: "HEADER", format, ...}, also found under
 * externalTemplate.whatsapp.components) are both understood; anything unknown is skipped, never thrown on.
 *
 * Carousel cards: Connectly has not documented how it lists them [?], so every likely spelling is read. The
 * carousel is `{carousel: {cards: [...]}}` (or `{carousel: [...]}`) in Connectly's style, or Meta's
 * `{type: "CAROUSEL", cards: [...]}`. A card holds its components under `components`, `templateComponents` or
 * `cardComponents`, in either style, or is itself one object with `header`, `body` and `buttons` keys.
 */
export function normalizeTemplates(raw: unknown): TemplateDefinition[] {
  const root = record(raw);
  const groups = array(record(root.entity).templateGroups ?? root.templateGroups);
  const byKey = new Map<string, TemplateDefinition>();
  for (const group of groups.map(record)) {
    const name = text(group.name);
    if (!name) continue;
    for (const template of array(group.templates).map(record)) {
      const definition = readTemplate(group, name, template);
      if (!definition) continue;
      const key = `${definition.name}\u0000${definition.language}`;
      const existing = byKey.get(key);
      if (!existing || STATUS_RANK[definition.status] < STATUS_RANK[existing.status]) byKey.set(key, definition);
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name) || a.language.localeCompare(b.language));
}

// When the same pair appears twice, the one that can be sent wins.
const STATUS_RANK: Record<TemplateStatus, number> = { approved: 0, pending: 1, rejected: 2 };

function readTemplate(group: Obj, name: string, template: Obj): TemplateDefinition | undefined {
  const meta = record(record(template.externalTemplate).whatsapp);
  const language = text(record(template.language).code) ?? text(template.language) ?? text(meta.language);
  if (!language) return undefined;
  const ownComponents = array(template.templateComponents);
  const components = ownComponents.length > 0 ? ownComponents : array(meta.components);
  const definition: TemplateDefinition = {
    id: text(template.id) ?? `${text(group.id) ?? name}:${language}`,
    name,
    language,
    category: readCategory(group.category ?? template.category ?? meta.category),
    status: readStatus(template.status ?? meta.status),
    body: { text: "", examples: [] },
    buttons: [],
  };
  const rejectionReason = text(template.rejectionReason) ?? text(meta.rejected_reason);
  if (definition.status === "rejected" && rejectionReason && !/^(NONE|UNSPECIFIED)$/i.test(rejectionReason)) {
    definition.rejectionReason = rejectionReason;
  }
  for (const component of components.map(record)) {
    const cards = carouselCards(component)?.filter(isRecord);
    if (cards === undefined) readComponent(definition, component);
    else if (cards.length > 0) definition.carousel = cards.map(readCard);
  }
  return definition;
}

/** What a bubble is made of; a TemplateDefinition is one, and so (without the footer) is a carousel card. */
type Parts = TemplateCard & { footer?: string };

function readComponent(parts: Parts, component: Obj): void {
  if (typeof component.type === "string") readMetaComponent(parts, component);
  else readConnectlyComponent(parts, component);
}

/** The raw cards when this component is a carousel, else undefined. */
function carouselCards(component: Obj): unknown[] | undefined {
  if (typeof component.type === "string") {
    return String(component.type).toUpperCase() === "CAROUSEL" ? array(component.cards) : undefined;
  }
  if (component.carousel === undefined) return undefined;
  return Array.isArray(component.carousel) ? component.carousel : array(record(component.carousel).cards);
}

// Cards within a card are not a thing WhatsApp has, so a carousel inside a card is skipped like any unknown part.
function readCard(card: Obj): TemplateCard {
  const listed = [card.components, card.templateComponents, card.cardComponents].find(Array.isArray);
  const parts: Parts = { body: { text: "", examples: [] }, buttons: [] };
  for (const component of (listed ?? [card]).map(record)) {
    if (carouselCards(component) === undefined) readComponent(parts, component);
  }
  const { header, body, buttons } = parts;
  return header ? { header, body, buttons } : { body, buttons };
}

function readConnectlyComponent(definition: Parts, component: Obj): void {
  if (component.header !== undefined) {
    const header = record(component.header);
    const media = record(header.media);
    const headerText = textOf(header.text);
    if (headerText !== undefined) {
      definition.header = withExample({ kind: "text", text: headerText }, firstText(record(header.text).example));
    } else {
      const kind = mediaKind(media.type);
      if (kind) definition.header = withExample({ kind }, firstText(media.example));
    }
  }
  if (component.body !== undefined) {
    const body = record(component.body).text;
    definition.body = { text: textOf(body) ?? "", examples: texts(record(body).example) };
  }
  if (component.footer !== undefined) {
    const footer = textOf(record(component.footer).text);
    if (footer) definition.footer = footer;
  }
  if (component.buttons !== undefined) {
    for (const button of array(record(component.buttons).buttons).map(record)) {
      definition.buttons.push(readConnectlyButton(button));
    }
  }
}

function readConnectlyButton(button: Obj): TemplateButton {
  if (button.quickReply !== undefined) return { kind: "quick_reply", text: text(record(button.quickReply).text) ?? "" };
  if (button.url !== undefined) {
    const url = record(button.url);
    return withExample({ kind: "url", text: text(url.text) ?? "", url: text(url.url) ?? "" }, firstText(url.example));
  }
  if (button.phoneNumber !== undefined) {
    const phone = record(button.phoneNumber);
    return { kind: "phone", text: text(phone.text) ?? "", phone: text(phone.phoneNumber) ?? "" };
  }
  const [other] = Object.values(button).map(record);
  return { kind: "other", text: text(other?.text) ?? "" };
}

/** Meta's own template format, as WhatsApp Manager's API returns it. */
function readMetaComponent(definition: Parts, component: Obj): void {
  const example = record(component.example);
  switch (String(component.type).toUpperCase()) {
    case "HEADER": {
      const format = String(component.format ?? "TEXT").toUpperCase();
      if (format === "TEXT") {
        definition.header = withExample(
          { kind: "text", text: text(component.text) ?? "" },
          firstText(example.header_text),
        );
        return;
      }
      const kind = mediaKind(format);
      if (kind) definition.header = withExample({ kind }, firstText(example.header_handle));
      return;
    }
    case "BODY": {
      const positional = array(example.body_text)[0];
      const named = array(example.body_text_named_params).map((param) => text(record(param).example) ?? "");
      definition.body = { text: text(component.text) ?? "", examples: positional ? texts(positional) : named };
      return;
    }
    case "FOOTER": {
      const footer = text(component.text);
      if (footer) definition.footer = footer;
      return;
    }
    case "BUTTONS":
      for (const button of array(component.buttons).map(record)) definition.buttons.push(readMetaButton(button));
      return;
  }
}

function readMetaButton(button: Obj): TemplateButton {
  const label = text(button.text) ?? "";
  switch (String(button.type).toUpperCase()) {
    case "QUICK_REPLY":
      return { kind: "quick_reply", text: label };
    case "URL":
      return withExample({ kind: "url", text: label, url: text(button.url) ?? "" }, firstText(button.example));
    case "PHONE_NUMBER":
      return { kind: "phone", text: label, phone: text(button.phone_number) ?? "" };
    default:
      return { kind: "other", text: label };
  }
}

function readStatus(value: unknown): TemplateStatus {
  const status = (text(value) ?? "").toUpperCase().replace(/^MESSAGE_TEMPLATE_STATUS_/, "");
  if (status === "APPROVED") return "approved";
  if (status === "REJECTED" || status === "DISABLED" || status === "DELETED") return "rejected";
  // Pending, in appeal, paused, or a status added after this was written: none of them can be sent.
  return "pending";
}

function readCategory(value: unknown): string {
  return (text(value) ?? "").toUpperCase().replace(/^(MESSAGE_)?TEMPLATE_CATEGORY_/, "");
}

function mediaKind(value: unknown): "image" | "video" | "document" | undefined {
  const kind = (text(value) ?? "").toUpperCase().replace(/^TYPE_/, "");
  if (kind === "IMAGE") return "image";
  if (kind === "VIDEO") return "video";
  if (kind === "DOCUMENT") return "document";
  return undefined;
}

function withExample<T extends TemplateHeader | TemplateButton>(value: T, example: string | undefined): T {
  return example === undefined ? value : { ...value, example };
}

type Obj = Record<string, unknown>;

function isRecord(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function record(value: unknown): Obj {
  return isRecord(value) ? value : {};
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Connectly wraps texts as {text: "..."}; a bare string is accepted too. */
function textOf(value: unknown): string | undefined {
  return text(value) ?? text(record(value).text);
}

/** Examples come as a string, a list of strings, or (Meta) a list holding one list. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return array(value).flatMap((item) => (Array.isArray(item) ? texts(item) : typeof item === "string" ? [item] : []));
}

function firstText(value: unknown): string | undefined {
  return texts(value)[0];
}
