import "server-only";
import { connectly } from "@/lib/connectly";
import type { TemplateMessageRequest } from "@/lib/templates/types";
import { recordSend } from "./record-send";
import type { SendOutcome } from "./send-outcome";

export function sendTemplateMessage(request: TemplateMessageRequest): Promise<SendOutcome> {
  return recordSend(
    {
      endpoint: "send/whatsapp_templated_messages",
      messageType: "template",
      recipient: request.number,
      sender: request.sender,
      campaignName: request.campaignName,
      request,
    },
    async () => (await connectly()).sendTemplateMessage(request),
  );
}
