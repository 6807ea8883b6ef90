/**
 * What a customer wrote, read from an inbound `messages` webhook body (connectly-api.md) into one stored shape.
 * Tolerant: Connectly's documented fields are read where they are documented, undocumented kinds (list replies,
 * reactions) where Meta puts them, and anything else is kept as "unsupported" with the body, never refused, since a
 * refused webhook is retried forever. Pure, so the thread's bubbles and the tests read the same types.
 */

export const INBOUND_KINDS = [
  "text",
  "attachment",
  "location",
  "button_reply",
  "list_reply",
  "reaction",
  "unsupported",
] as const;
export type InboundKind = (typeof INBOUND_KINDS)[number];

export interface InboundAttachment {
  type: string;
  url: string;
  caption?: string;
  filename?: string;
}

export interface InboundReferral {
  sourceUrl?: string;
  sourceType?: string;
  headline?: string;
  body?: string;
}

/** The parts a bubble needs; only those of the message's kind are set. */
export interface InboundContent {
  attachment?: InboundAttachment;
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  button?: { text: string; payload: string };
  listRow?: { id: string; title: string; description?: string };
  reaction?: { emoji: string; messageId?: string };
  /** A Click-to-WhatsApp ad the customer came from; beside any kind. */
  referral?: InboundReferral;
}

export interface ReadInbound {
  kind: InboundKind;
  /** The words to show and search: the text, a caption, the button or row tapped, the emoji. */
  text: string | null;
  content: InboundContent;
  /** The Connectly id of the business's message a button, list reply or reaction answers. */
  replyToId: string | null;
  /** Connectly's id for the message, when the event carries one: what makes a redelivery recognisable. */
  messageId: string | null;
  customerName: string | null;
}

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;
const num = (value: unknown): number | undefined => {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
};
const fields = (value: unknown): Fields => (isFields(value) ? value : {});

export function readInbound(body: unknown): ReadInbound {
  const event = fields(body);
  const message = fields(event.message);
  const context = fields(event.context ?? message.context);
  const sender = fields(event.sender);
  const base = {
    replyToId: str(context.replyToId) ?? str(context.id) ?? null,
    messageId: str(message.id) ?? null,
    customerName: str(sender.name) ?? null,
  };
  const referral = readReferral(message.referral ?? event.referral);
  const extra: InboundContent = referral ? { referral } : {};

  const button = fields(event.buttonResponse ?? message.buttonResponse);
  if (str(button.text) || str(button.payload)) {
    const text = str(button.text) ?? str(button.payload) ?? "";
    return {
      ...base,
      kind: "button_reply",
      text,
      content: { ...extra, button: { text, payload: str(button.payload) ?? "" } },
    };
  }
  const list = fields(event.listResponse ?? message.listResponse);
  if (str(list.title) || str(list.id)) {
    const title = str(list.title) ?? str(list.id) ?? "";
    const listRow = {
      id: str(list.id) ?? "",
      title,
      ...(str(list.description) ? { description: str(list.description) } : {}),
    };
    return { ...base, kind: "list_reply", text: title, content: { ...extra, listRow } };
  }
  const reaction = fields(message.reaction ?? event.reaction);
  if (str(reaction.emoji)) {
    const messageId = str(reaction.messageId) ?? str(reaction.message_id);
    return {
      ...base,
      replyToId: base.replyToId ?? messageId ?? null,
      kind: "reaction",
      text: str(reaction.emoji) ?? "",
      content: { ...extra, reaction: { emoji: str(reaction.emoji) ?? "", ...(messageId ? { messageId } : {}) } },
    };
  }
  const attachments = Array.isArray(message.attachments) ? message.attachments.map(fields) : [];
  const first = attachments.find((attachment) => str(attachment.url));
  if (first) {
    const attachment: InboundAttachment = { type: str(first.type) ?? "document", url: str(first.url) ?? "" };
    const caption = str(first.caption) ?? str(message.text);
    if (caption) attachment.caption = caption;
    const filename = str(first.filename);
    if (filename) attachment.filename = filename;
    return { ...base, kind: "attachment", text: caption ?? null, content: { ...extra, attachment } };
  }
  const location = fields(message.location);
  const latitude = num(location.latitude);
  const longitude = num(location.longitude);
  if (latitude !== undefined && longitude !== undefined) {
    const place = { latitude, longitude, ...pick(location, "name"), ...pick(location, "address") };
    return { ...base, kind: "location", text: str(location.name) ?? null, content: { ...extra, location: place } };
  }
  const text = str(message.text);
  if (text) return { ...base, kind: "text", text, content: extra };
  // A referral alone (an ad tapped with nothing typed) is still the customer writing.
  return { ...base, kind: referral ? "text" : "unsupported", text: referral?.headline ?? null, content: extra };
}

function pick(from: Fields, key: "name" | "address"): { name?: string } | { address?: string } {
  const value = str(from[key]);
  return value ? { [key]: value } : {};
}

function readReferral(value: unknown): InboundReferral | undefined {
  if (!isFields(value)) return undefined;
  const referral: InboundReferral = {};
  for (const key of ["sourceUrl", "sourceType", "headline", "body"] as const) {
    const text = str(value[key]) ?? str(value[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]);
    if (text) referral[key] = text;
  }
  return Object.keys(referral).length > 0 ? referral : undefined;
}

/** One line for the Inbox list and for search: what the message says, or what kind it is. */
export function summarizeInbound(kind: InboundKind, text: string | null, content: InboundContent): string {
  switch (kind) {
    case "attachment":
      return text ? `${labelOf(content.attachment?.type)}: ${text}` : labelOf(content.attachment?.type);
    case "location":
      return text ? `Location: ${text}` : "Location";
    case "button_reply":
    case "list_reply":
      return `Replied: ${text ?? ""}`;
    case "reaction":
      return `Reacted ${text ?? ""}`;
    case "unsupported":
      return "A message this dashboard cannot show";
    default:
      return text ?? "";
  }
}

function labelOf(type: string | undefined): string {
  switch (type) {
    case "image":
      return "Photo";
    case "video":
      return "Video";
    case "audio":
      return "Voice message";
    default:
      return "Document";
  }
}
