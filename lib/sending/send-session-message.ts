import "server-only";
import { connectly } from "@/lib/connectly";
import type { MessageType } from "@/lib/messages/registry";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { recordSend } from "./record-send";
import type { SendOutcome } from "./send-outcome";

export function sendSessionMessage(type: MessageType, request: SessionMessageRequest): Promise<SendOutcome> {
  return recordSend(
    {
      endpoint: "send/messages",
      messageType: type,
      recipient: request.recipient.id,
      recipientName: request.recipient.name,
      sender: request.sender?.id,
      campaignName: request.campaignName,
      request,
    },
    async () => (await connectly()).sendSessionMessage(request),
  );
}
