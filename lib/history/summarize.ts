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
  if (attachment) return words(attachment.caption) || words(attachment.filename) || words(attachment.url);
  if (message.location) {
    return words(message.location.name) || `${words(message.location.latitude)}, ${words(message.location.longitude)}`;
  }
  if (message.listMessage) return words(message.text) || words(message.listMessage.button?.text);
  if (message.replyButtonMessage) return words(message.text);
  if (message.singleProductMessage) return words(message.singleProductMessage.productItem?.productRetailerId);
  if (message.multiProductMessage) return words(message.multiProductMessage.header?.text);
  return words(message.text);
}

// A stored row may hold anything (an old or hand-made request): only strings and numbers are words.
function words(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}
