import "server-only";
import { connectly } from "@/lib/connectly";
import { type SendKey, withSendKey } from "@/lib/messages/send-key";
import { sentTemplateText } from "@/lib/templates/sent-text";
import type { TemplateDefinition, TemplateMessageRequest } from "@/lib/templates/types";
import { recordSend } from "./record-send";
import type { SendOutcome } from "./send-outcome";

/**
 * Sends the schema's request with its send key in callbackData, exactly as the composer's JSON panel showed it.
 * `sentBy` is the id of the signed-in person who pressed Send (every action passes it); `templates` are the
 * definitions the request was checked against, from which its words are kept with it in history.
 */
export function sendTemplateMessage(
  composed: TemplateMessageRequest,
  { key, sentBy, templates }: { key: SendKey; sentBy?: string; templates: readonly TemplateDefinition[] },
): Promise<SendOutcome> {
  const request = withSendKey(composed, key);
  return recordSend(
    {
      endpoint: "send/whatsapp_templated_messages",
      messageType: "template",
      recipient: request.number,
      sender: request.sender,
      campaignName: request.campaignName,
      request,
      sentText: sentTemplateText(request, templates),
      sentByUserId: sentBy,
    },
    key,
    async () => (await connectly()).sendTemplateMessage(request),
  );
}
