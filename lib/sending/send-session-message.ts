import "server-only";
import { connectly } from "@/lib/connectly";
import type { MessageType } from "@/lib/messages/registry";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { type SendKey, withSendKey } from "@/lib/messages/send-key";
import { recordSend } from "./record-send";
import type { SendOutcome } from "./send-outcome";

/**
 * Sends the schema's request with its send key in callbackData, exactly as the composer's JSON panel showed it.
 * `sentBy` is the id of the signed-in person who pressed Send (every action passes it).
 */
export function sendSessionMessage(
  type: MessageType,
  composed: SessionMessageRequest,
  { key, sentBy }: { key: SendKey; sentBy?: string },
): Promise<SendOutcome> {
  const request = withSendKey(composed, key);
  return recordSend(
    {
      endpoint: "send/messages",
      messageType: type,
      recipient: request.recipient.id,
      recipientName: request.recipient.name,
      sender: request.sender?.id,
      campaignName: request.campaignName,
      request,
      sentByUserId: sentBy,
    },
    key,
    async () => (await connectly()).sendSessionMessage(request),
  );
}
