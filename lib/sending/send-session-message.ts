import "server-only";
import { connectly } from "@/lib/connectly";
import type { MessageType } from "@/lib/messages/registry";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { recordSend } from "./record-send";
import type { SendOutcome } from "./send-outcome";

/** `sentBy` is the id of the signed-in person who pressed Send. */
export function sendSessionMessage(
  type: MessageType,
  request: SessionMessageRequest,
  sentBy: string,
): Promise<SendOutcome> {
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
    async () => (await connectly()).sendSessionMessage(request),
  );
}
