"use server";

import { configuredSenderErrors, missingSendKey, withServerRecipient } from "@/lib/actions/send-checks";
import { validated } from "@/lib/actions/validated-action";
import { guardedAction } from "@/lib/auth/guard";
import { isMessageType, MESSAGES, type MessageType } from "@/lib/messages/registry";
import type { SendKey } from "@/lib/messages/send-key";
import type { SendOutcome } from "@/lib/sending/send-outcome";
import { sendSessionMessage } from "@/lib/sending/send-session-message";

export interface SendMessageInput {
  type: MessageType;
  values: unknown;
  /** The composer's send key: a repeat with it returns the first outcome instead of sending again. */
  key: SendKey;
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
    const { key } = input;
    const values = withServerRecipient(input.values);
    return (
      missingSendKey(key) ??
      validated(
        schema,
        values,
        (request) => sendSessionMessage(input.type, request, { key, sentBy: actor.id }),
        configuredSenderErrors(values),
      )
    );
  },
);
