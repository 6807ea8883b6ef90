"use server";

import { validated } from "@/lib/actions/validated-action";
import { guardedAction } from "@/lib/auth/guard";
import { isMessageType, MESSAGES, type MessageType } from "@/lib/messages/registry";
import type { SendOutcome } from "@/lib/sending/send-outcome";
import { sendSessionMessage } from "@/lib/sending/send-session-message";

export interface SendMessageInput {
  type: MessageType;
  values: unknown;
}

export const sendMessageAction = guardedAction(
  "sendMessage",
  async function sendMessage(actor, _previous: SendOutcome | null, input: SendMessageInput): Promise<SendOutcome> {
    const schema = isMessageType(input?.type) ? MESSAGES[input.type].schema : undefined;
    if (!schema) {
      return {
        ok: false,
        error: {
          code: "UNKNOWN_MESSAGE_TYPE",
          title: "Nothing was sent",
          message: `"${String(input?.type)}" is not a message type this dashboard can send.`,
          hint: "Reload the composer and try again.",
        },
      };
    }
    return validated(schema, input.values, (request) => sendSessionMessage(input.type, request, actor.id));
  },
);
