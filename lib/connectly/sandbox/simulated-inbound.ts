import { monotonicFactory } from "ulid";
import { SANDBOX_BUSINESS_NUMBER } from "./constants";
import { BSUID, E164, isObject, isPhoneNumber } from "./validation";
import { type InboundMessageEvent, party, unixSeconds } from "./webhook-playback";

/** A customer writing to the business, as Sandbox.simulateInbound() plays it. One kind of content is enough. */
export interface SimulatedInbound {
  /** The customer's E.164 number or BSUID. */
  customer: string;
  /**
   * The business number written to; the sandbox's own number when left out. null: a webhook that names no business
   * number (no `recipient`), as some of Connectly's do, which the app files in a conversation without a number.
   */
  businessNumber?: string | null;
  /** The message's words; with an attachment, its caption. */
  text?: string;
  /** The customer's WhatsApp profile name. */
  customerName?: string;
  attachment?: { type: "image" | "video" | "audio" | "document"; url: string };
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  /** A tap on a reply button of the message `replyToId`. */
  buttonResponse?: { text: string; payload: string };
  /** A row picked from the list message `replyToId`. */
  listResponse?: { id: string; title: string; description?: string };
  /** The Connectly id of the business's message this one answers. */
  replyToId?: string;
  /** Given so that playing the same message twice is recognisably one message; otherwise a fresh ULID. */
  messageId?: string;
  /** The business's own message sent from elsewhere (a phone), which Connectly plays back as an echo. */
  echo?: boolean;
  /** When it was written; now unless given (an ISO string over HTTP). */
  at?: Date | string;
}

const ATTACHMENT_TYPES = ["image", "video", "audio", "document"];
const nextId = monotonicFactory();

/** What is wrong with a simulated inbound message, in one sentence; undefined when nothing is. */
export function inboundProblem(value: unknown): string | undefined {
  if (!isObject(value)) return "expected a JSON object {customer, businessNumber?, text, customerName?}";
  const { customer, businessNumber, text, customerName, attachment, buttonResponse, listResponse, replyToId } = value;
  if (typeof customer !== "string" || !(isPhoneNumber(customer) || BSUID.test(customer))) {
    return `customer must be an E.164 phone number or a BSUID, got ${JSON.stringify(customer ?? null)}`;
  }
  if (
    businessNumber !== undefined &&
    businessNumber !== null &&
    (typeof businessNumber !== "string" || !E164.test(businessNumber))
  ) {
    return `businessNumber must be an E.164 phone number or null (no number), got ${JSON.stringify(businessNumber)}`;
  }
  if (text !== undefined && typeof text !== "string") return "text must be a string";
  if (customerName !== undefined && typeof customerName !== "string") return "customerName must be a string";
  if (replyToId !== undefined && typeof replyToId !== "string") return "replyToId must be a string";
  if (attachment !== undefined) {
    if (!isObject(attachment) || !ATTACHMENT_TYPES.includes(String(attachment.type))) {
      return `attachment.type must be one of ${ATTACHMENT_TYPES.join(", ")}`;
    }
    if (typeof attachment.url !== "string" || !/^https?:\/\//.test(attachment.url)) {
      return "attachment.url must be an http(s) URL";
    }
  }
  if (buttonResponse !== undefined && (!isObject(buttonResponse) || typeof buttonResponse.text !== "string")) {
    return "buttonResponse must be {text, payload}";
  }
  if (listResponse !== undefined && (!isObject(listResponse) || typeof listResponse.title !== "string")) {
    return "listResponse must be {id, title, description?}";
  }
  if (value.at !== undefined && !(value.at instanceof Date) && Number.isNaN(Date.parse(String(value.at)))) {
    return "at must be an ISO date";
  }
  const hasText = typeof text === "string" && text.trim() !== "";
  if (!hasText && !attachment && !value.location && !buttonResponse && !listResponse) {
    return "give text, an attachment, a location, a buttonResponse or a listResponse";
  }
  return undefined;
}

/** The business number the customer wrote to, as the sandbox's windows key it: '' when the webhook names none. */
export function writtenTo(inbound: SimulatedInbound): string {
  return inbound.businessNumber === null ? "" : (inbound.businessNumber ?? SANDBOX_BUSINESS_NUMBER);
}

/** The webhook body Connectly would post for this message. */
export function inboundEvent(inbound: SimulatedInbound, now: Date): InboundMessageEvent {
  const at = inbound.at === undefined ? now : new Date(inbound.at);
  const text = inbound.text?.trim() ? inbound.text : undefined;
  const message: InboundMessageEvent["message"] = { id: inbound.messageId ?? nextId(at.getTime()) };
  if (inbound.attachment) {
    message.attachments = [{ ...inbound.attachment, ...(text ? { caption: text } : {}) }];
  } else if (inbound.location) {
    message.location = inbound.location;
  } else if (text && !inbound.buttonResponse && !inbound.listResponse) {
    message.text = text;
  }
  if (inbound.echo) message.isEcho = true;
  return {
    timestamp: unixSeconds(at),
    sender: party(inbound.customer, inbound.customerName ?? null),
    ...(inbound.businessNumber === null ? {} : { recipient: party(inbound.businessNumber ?? SANDBOX_BUSINESS_NUMBER) }),
    message,
    ...(inbound.replyToId ? { context: { replyToId: inbound.replyToId } } : {}),
    ...(inbound.buttonResponse ? { buttonResponse: inbound.buttonResponse } : {}),
    ...(inbound.listResponse ? { listResponse: inbound.listResponse } : {}),
  };
}
