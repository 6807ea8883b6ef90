import "server-only";
import { connectly } from "@/lib/connectly";
import type { TemplateMessageRequest } from "@/lib/templates/types";
import { recordSend } from "./record-send";
import type { SendOutcome } from "./send-outcome";

/** `sentBy` is the id of the signed-in person who pressed Send. */
export function sendTemplateMessage(request: TemplateMessageRequest, sentBy: string): Promise<SendOutcome> {
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
    async () => (await connectly()).sendTemplateMessage(request),
  );
}
