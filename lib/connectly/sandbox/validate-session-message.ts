import type { Rejection } from "./error-body";
import {
  attempt,
  BSUID,
  checkCallbackData,
  E164,
  type Fields,
  isHttpUrl,
  isObject,
  isPhoneNumber,
  isSet,
  malformed,
  reject,
} from "./validation";
import {
  checkCaption,
  checkListLimits,
  checkLocationRange,
  checkMultiProductLimits,
  checkReplyButtonLimits,
  checkSingleProductLimits,
  checkTextLimits,
} from "./whatsapp-rules";

export type Verdict = { ok: true; recipientId: string; senderId?: string } | { ok: false; rejection: Rejection };

const ATTACHMENT_TYPES = ["image", "video", "audio", "document"];

const CONTENT_FIELDS = [
  "attachments",
  "location",
  "listMessage",
  "replyButtonMessage",
  "singleProductMessage",
  "multiProductMessage",
] as const;
type ContentField = (typeof CONTENT_FIELDS)[number];

// Beside these, message.text is the body of the interactive message rather than a second content type.
const TAKES_TEXT_AS_BODY: ReadonlySet<ContentField> = new Set([
  "listMessage",
  "replyButtonMessage",
  "singleProductMessage",
  "multiProductMessage",
]);

/**
 * Checks a session-message body the way Connectly does (per the reference sheet connectly-api.md), then
 * WhatsApp's documented lengths and counts, which Connectly passes on (whatsapp-rules.ts); independently of the
 * app's own schemas so that it can catch them being wrong.
 */
export function validateSessionMessage(body: unknown): Verdict {
  const outcome = attempt(() => {
    if (!isObject(body)) malformed("request body must be a JSON object");
    checkCallbackData(body.callbackData);
    const recipientId = checkRecipient(body.recipient);
    const senderId = checkSender(body.sender);
    checkMessage(body.message);
    return { recipientId, senderId };
  });
  if (!outcome.ok) return outcome;
  const { recipientId, senderId } = outcome.value;
  return senderId === undefined ? { ok: true, recipientId } : { ok: true, recipientId, senderId };
}

function checkRecipient(recipient: unknown): string {
  if (!isObject(recipient)) reject("ERROR_CODE_PHONE_NUMBER_BAD_FORMAT", "recipient is required", "recipient");
  const id = recipient.id;
  if (typeof id !== "string" || !(isPhoneNumber(id) || BSUID.test(id))) {
    reject(
      "ERROR_CODE_PHONE_NUMBER_BAD_FORMAT",
      `recipient.id must be an E.164 phone number or a BSUID, got ${JSON.stringify(id ?? null)}`,
      "recipient.id",
    );
  }
  if (!isSet(recipient.channelType)) malformed("recipient.channelType is required", "recipient.channelType");
  checkChannel(recipient.channelType, "recipient.channelType");
  return id;
}

// The sandbox business has a WhatsApp channel only, so any other channel is one it misses.
function checkChannel(channelType: unknown, field: string): void {
  if (channelType !== "whatsapp") {
    reject(
      "ERROR_CODE_BUSINESS_MISSES_MATCHING_CHANNEL",
      `${field} ${JSON.stringify(channelType)}: the business has no sender channel of that type`,
      field,
    );
  }
}

// Only the shape is checked: Connectly matches the sender against the business's own numbers, which
// need not be valid per libphonenumber (the docs' own example sender, +14151111234, is not).
function checkSender(sender: unknown): string | undefined {
  if (!isSet(sender)) return undefined;
  if (!isObject(sender) || typeof sender.id !== "string" || !E164.test(sender.id)) {
    reject("ERROR_CODE_INVALID_SENDER_ID", "sender must be an object whose id is an E.164 phone number", "sender.id");
  }
  if (isSet(sender.channelType)) checkChannel(sender.channelType, "sender.channelType");
  return sender.id;
}

function checkMessage(message: unknown): void {
  if (!isSet(message)) reject("ERROR_CODE_MESSAGE_TEXT_EMPTY", "message is required", "message");
  if (!isObject(message)) malformed("message must be an object", "message");
  if (isSet(message.referral)) {
    malformed("message.referral is read-only: it only comes on inbound ad replies", "message.referral");
  }
  const text = message.text;
  if (isSet(text) && typeof text !== "string") malformed("message.text must be a string", "message.text");
  const hasText = typeof text === "string" && text !== "";
  const isBlank = typeof text !== "string" || text.trim() === "";

  // An empty repeated field is unset in protobuf, so `attachments: []` is no content at all.
  const contents = CONTENT_FIELDS.filter((field) => {
    const value = message[field];
    return isSet(value) && !(Array.isArray(value) && value.length === 0);
  });
  const [content, ...others] = contents;
  if (others.length > 0) {
    malformed(`message must hold exactly one content type, got ${contents.join(", ")}`, "message");
  }
  if (content === undefined) {
    if (isBlank) reject("ERROR_CODE_MESSAGE_TEXT_EMPTY", "message text is empty", "message.text");
    checkTextLimits(message);
    return;
  }
  if (hasText && !TAKES_TEXT_AS_BODY.has(content)) {
    malformed(`message.text cannot be sent together with message.${content}`, "message.text");
  }
  CONTENT_CHECKS[content](message[content], `message.${content}`);
  WHATSAPP_LIMITS[content](message, message[content] as Fields);
  if (content === "multiProductMessage" && isBlank) {
    reject("ERROR_CODE_MESSAGE_TEXT_EMPTY", "message.text is required with multiProductMessage", "message.text");
  }
}

const CONTENT_CHECKS: Record<ContentField, (value: unknown, field: string) => void> = {
  attachments: checkAttachments,
  location: checkLocation,
  listMessage: checkListMessage,
  replyButtonMessage: checkReplyButtonMessage,
  singleProductMessage: checkSingleProductMessage,
  multiProductMessage: checkMultiProductMessage,
};

// Run once the shape is known to be right.
const WHATSAPP_LIMITS: Record<ContentField, (message: Fields, content: Fields) => void> = {
  attachments: (_, attachments) =>
    checkCaption((attachments as unknown as Fields[])[0] ?? {}, "message.attachments[0]"),
  location: (_, location) => checkLocationRange(location, "message.location"),
  listMessage: checkListLimits,
  replyButtonMessage: checkReplyButtonLimits,
  singleProductMessage: checkSingleProductLimits,
  multiProductMessage: checkMultiProductLimits,
};

function checkAttachments(value: unknown, field: string): void {
  if (!Array.isArray(value)) malformed(`${field} must be an array`, field);
  if (value.length > 1) {
    reject("ERROR_CODE_MESSAGE_ATTACHMENTS_NUMBER_INVALID", "only one attachment per message is supported", field);
  }
  checkAttachment(value[0], `${field}[0]`);
}

function checkAttachment(value: unknown, field: string): void {
  if (!isObject(value)) reject("ERROR_CODE_MESSAGE_ATTACHMENT_EMPTY", `${field} must be an attachment object`, field);
  const url = value.url;
  const urlField = `${field}.url`;
  if (!isSet(url) || url === "") {
    reject("ERROR_CODE_MESSAGE_ATTACHMENT_EMPTY", "message attachment URL is empty", urlField);
  }
  if (typeof url !== "string" || !isHttpUrl(url)) {
    reject("ERROR_CODE_MESSAGE_ATTACHMENT_INVALID", "message attachment URL is invalid and can't be parsed", urlField);
  }
  if (typeof value.type !== "string" || !ATTACHMENT_TYPES.includes(value.type)) {
    reject(
      "ERROR_CODE_MESSAGE_ATTACHMENT_INVALID",
      `${field}.type must be one of ${ATTACHMENT_TYPES.join(", ")}, got ${JSON.stringify(value.type ?? null)}`,
      `${field}.type`,
    );
  }
}

function checkLocation(value: unknown, field: string): void {
  const location = requireObject(value, field);
  for (const axis of ["latitude", "longitude"]) {
    const coordinate = location[axis];
    if (typeof coordinate !== "number" || !Number.isFinite(coordinate)) {
      malformed(`${field}.${axis} must be a number`, `${field}.${axis}`);
    }
  }
}

function checkListMessage(value: unknown, field: string): void {
  const list = requireObject(value, field);
  checkHeader(list.header, `${field}.header`);
  checkFooter(list.footer, `${field}.footer`);
  requireText(requireObject(list.button, `${field}.button`).text, `${field}.button.text`);
  requireItems(list.sections, `${field}.sections`).forEach((item, i) => {
    const section = requireObject(item, `${field}.sections[${i}]`);
    requireItems(section.rows, `${field}.sections[${i}].rows`).forEach((rowItem, j) => {
      const rowField = `${field}.sections[${i}].rows[${j}]`;
      const row = requireObject(rowItem, rowField);
      requireText(row.id, `${rowField}.id`);
      requireText(row.text, `${rowField}.text`);
    });
  });
}

function checkReplyButtonMessage(value: unknown, field: string): void {
  const buttons = requireObject(value, field);
  checkHeader(buttons.header, `${field}.header`);
  checkFooter(buttons.footer, `${field}.footer`);
  requireItems(buttons.buttons, `${field}.buttons`).forEach((item, i) => {
    const button = requireObject(item, `${field}.buttons[${i}]`);
    requireText(button.id, `${field}.buttons[${i}].id`);
    requireText(button.text, `${field}.buttons[${i}].text`);
  });
}

function checkSingleProductMessage(value: unknown, field: string): void {
  const product = requireObject(value, field);
  checkFooter(product.footer, `${field}.footer`);
  requireText(product.catalogId, `${field}.catalogId`);
  const productItem = requireObject(product.productItem, `${field}.productItem`);
  requireText(productItem.productRetailerId, `${field}.productItem.productRetailerId`);
}

function checkMultiProductMessage(value: unknown, field: string): void {
  const products = requireObject(value, field);
  requireText(requireObject(products.header, `${field}.header`).text, `${field}.header.text`);
  checkFooter(products.footer, `${field}.footer`);
  requireText(products.catalogId, `${field}.catalogId`);
  requireItems(products.sections, `${field}.sections`).forEach((item, i) => {
    const sectionField = `${field}.sections[${i}]`;
    const section = requireObject(item, sectionField);
    requireText(section.title, `${sectionField}.title`);
    requireItems(section.productItems, `${sectionField}.productItems`).forEach((productItem, j) => {
      const productField = `${sectionField}.productItems[${j}]`;
      requireText(requireObject(productItem, productField).productRetailerId, `${productField}.productRetailerId`);
    });
  });
}

function checkHeader(value: unknown, field: string): void {
  if (!isSet(value)) return;
  const header = requireObject(value, field);
  if (isSet(header.text) && typeof header.text !== "string") {
    malformed(`${field}.text must be a string`, `${field}.text`);
  }
  if (isSet(header.attachment)) checkAttachment(header.attachment, `${field}.attachment`);
}

function checkFooter(value: unknown, field: string): void {
  if (!isSet(value)) return;
  requireText(requireObject(value, field).text, `${field}.text`);
}

function requireObject(value: unknown, field: string): Fields {
  if (!isObject(value)) malformed(`${field} is required and must be an object`, field);
  return value;
}

function requireText(value: unknown, field: string): void {
  if (typeof value !== "string" || value === "") malformed(`${field} is required`, field);
}

function requireItems(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0) malformed(`${field} needs at least one item`, field);
  return value;
}
