import "server-only";
import type { HistoryEntry } from "@/lib/db/queries";
import type { MessageDescriptor } from "@/lib/messages/descriptor";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { isMessageType, MESSAGES, type MessageType } from "@/lib/messages/registry";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { findTemplate } from "@/lib/templates/catalog";
import { templateValuesFromRequest } from "@/lib/templates/from-request";
import { loadTemplates } from "@/lib/templates/load";
import { sentTemplateText } from "@/lib/templates/sent-text";
import type { SentBubble } from "./sent-message-preview";

/**
 * What the detail page draws for a history row. A session message goes through its descriptor, read then built as
 * "Edit as new" does, so a row holding anything still draws (a valid request comes back unchanged); a template needs
 * its definition, from Connectly's current templates. When it is gone, or no longer reads as the words kept when it was
 * sent (it was edited since), those words are shown instead of a bubble that would say what the customer never got.
 */
export async function sentBubbleOf(entry: HistoryEntry): Promise<SentBubble> {
  if (isMessageType(entry.messageType)) {
    return { kind: "session", type: entry.messageType, request: rebuild(entry.messageType, entry.request) };
  }
  const values = templateValuesFromRequest(entry.request);
  const words = entry.sentText;
  const templates = await loadTemplates();
  if (!templates.ok) {
    return { kind: "none", reason: `The template's bubble cannot be drawn: ${templates.error.message}`, words };
  }
  const name = `${values.templateName} (${values.language})`;
  const definition = findTemplate(templates.catalog.templates, values.templateName, values.language);
  if (!definition) {
    return {
      kind: "none",
      reason: `The template ${name} is no longer among Connectly's templates, so its bubble cannot be drawn.`,
      words,
    };
  }
  if (words && sentTemplateText(entry.request, [definition]) !== words) {
    return {
      kind: "none",
      reason: `The template ${name} has changed since this message was sent, so its bubble would not show what was sent.`,
      words,
    };
  }
  return {
    kind: "template",
    definition,
    values: { variables: values.variables, filenames: values.filenames },
    contactName: entry.recipientName || entry.recipient,
  };
}

function rebuild(type: MessageType, request: unknown): SessionMessageRequest {
  // A descriptor's read and build share one values type; the union of every descriptor hides that from the compiler.
  const message = MESSAGES[type] as unknown as MessageDescriptor<EnvelopeValues>;
  return message.build(message.read(request));
}
