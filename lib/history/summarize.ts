import type { SessionMessageRequest } from "@/lib/messages/request";

/**
 * One line that says what a request held, for history's Message column and the CSV's: the words the customer read
 * first. No "[list]" or "[image]" tag: the Type column beside it says that already. A template reads as the words
 * kept when it was sent (`sentText`, see the column), or by its name for a row sent before they were kept.
 */
export function summarize(request: unknown, sentText?: string | null): string {
  const template = request as { templateName?: unknown; language?: unknown } | null;
  if (typeof template?.templateName === "string") {
    return sentText || `${template.templateName} (${String(template.language)})`;
  }
  const message = (request as Partial<SessionMessageRequest> | null)?.message;
  if (!message) return "";
  const attachment = message.attachments?.[0];
  if (attachment) return attachment.caption || attachment.filename || attachment.url;
  if (message.location) return message.location.name ?? `${message.location.latitude}, ${message.location.longitude}`;
  if (message.listMessage) return message.text ?? message.listMessage.button.text;
  if (message.replyButtonMessage) return message.text ?? "";
  if (message.singleProductMessage) return message.singleProductMessage.productItem.productRetailerId;
  if (message.multiProductMessage) return message.multiProductMessage.header.text;
  return message.text ?? "";
}
