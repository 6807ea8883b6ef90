import { asRecord, isRecord } from "./read-request";
import type { MessageType } from "./registry";
import type { AttachmentType } from "./request";

const ATTACHMENT_TYPES: readonly AttachmentType[] = ["image", "video", "audio", "document"];

/**
 * The composer that would have built this request, or null when it is none of them. An interactive or product
 * part wins over the body text beside it.
 */
export function detectMessageType(request: unknown): MessageType | null {
  const message = asRecord(asRecord(request).message);
  const attachments = message.attachments;
  if (Array.isArray(attachments)) {
    const kind = ATTACHMENT_TYPES.find((type) => type === asRecord(attachments[0]).type);
    if (kind) return kind;
  }
  if (isRecord(message.listMessage)) return "list";
  if (isRecord(message.replyButtonMessage)) return "buttons";
  if (isRecord(message.singleProductMessage)) return "product";
  if (isRecord(message.multiProductMessage)) return "products";
  if (isRecord(message.location)) return "location";
  if (typeof message.text === "string") return "text";
  return null;
}
