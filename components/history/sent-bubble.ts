import "server-only";
import type { HistoryEntry } from "@/lib/db/queries";
import type { MessageDescriptor } from "@/lib/messages/descriptor";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { isMessageType, MESSAGES, type MessageType } from "@/lib/messages/registry";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { findTemplate } from "@/lib/templates/catalog";
import { templateValuesFromRequest } from "@/lib/templates/from-request";
import { loadTemplates } from "@/lib/templates/load";
import type { SentBubble } from "./sent-message-preview";

/**
 * What the detail page draws for a history row. A session message goes through its descriptor, read then built as
 * "Edit as new" does, so a row holding anything still draws (a valid request comes back unchanged); a template needs
 * its definition, from Connectly's current templates.
 */
export async function sentBubbleOf(entry: HistoryEntry): Promise<SentBubble> {
  if (isMessageType(entry.messageType)) {
    return { kind: "session", type: entry.messageType, request: rebuild(entry.messageType, entry.request) };
  }
  const values = templateValuesFromRequest(entry.request);
  const templates = await loadTemplates();
  if (!templates.ok) {
    return { kind: "none", reason: `The template's bubble cannot be drawn: ${templates.error.message}` };
  }
  const definition = findTemplate(templates.catalog.templates, values.templateName, values.language);
  if (!definition) {
    return {
      kind: "none",
      reason: `The template ${values.templateName} (${values.language}) is no longer among Connectly's templates, so its bubble cannot be drawn.`,
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
