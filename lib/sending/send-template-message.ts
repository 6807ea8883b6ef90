import "server-only";
import { connectly } from "@/lib/connectly";
import { type SendKey, withSendKey } from "@/lib/messages/send-key";
import type { TemplateMessageRequest } from "@/lib/templates/types";
import { recordSend } from "./record-send";
import type { SendOutcome } from "./send-outcome";

/**
 * Sends the schema's request with its send key in callbackData, exactly as the composer's JSON panel showed it.
 * `sentBy` is the id of the signed-in person who pressed Send (every action passes it).
 */
export function sendTemplateMessage(
  composed: TemplateMessageRequest,
  { key, sentBy }: { key: SendKey; sentBy?: string },
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
      sentByUserId: sentBy,
    },
    key,
    async () => (await connectly()).sendTemplateMessage(request),
  );
}
