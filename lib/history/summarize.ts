import type { SessionMessageRequest } from "@/lib/messages/request";

/** One line that says what a request was, for the history table. */
export function summarize(request: unknown): string {
  const template = request as { templateName?: unknown; language?: unknown } | null;
  if (typeof template?.templateName === "string")
    return `[template] ${template.templateName} (${String(template.language)})`;
  const message = (request as Partial<SessionMessageRequest> | null)?.message;
  if (!message) return "";
  const attachment = message.attachments?.[0];
  if (attachment) return `[${attachment.type}] ${attachment.caption ?? attachment.filename ?? attachment.url}`;
  if (message.location)
    return `[location] ${message.location.name ?? `${message.location.latitude}, ${message.location.longitude}`}`;
  if (message.listMessage) return `[list] ${message.text ?? message.listMessage.button.text}`;
  if (message.replyButtonMessage) return `[buttons] ${message.text ?? ""}`;
  if (message.singleProductMessage) return `[product] ${message.singleProductMessage.productItem.productRetailerId}`;
  if (message.multiProductMessage) return `[products] ${message.multiProductMessage.header.text}`;
  return message.text ?? "";
}
