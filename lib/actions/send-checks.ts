import "server-only";
import { env } from "@/lib/env";
import { senderChoiceProblem } from "@/lib/messages/fields";
import { withNormalizedRecipient } from "@/lib/messages/recipient";
import { isSendKey } from "@/lib/messages/send-key";
import type { ActionResult, FieldErrors } from "./result";

/**
 * The browser's values with the recipient as it will be sent: a hand-made POST with "+1 (604) 444-1111" is read as
 * the composer reads it, with this server's DEFAULT_COUNTRY; what is not a number is left for the schema to refuse.
 */
export function withServerRecipient(values: unknown): unknown {
  return withNormalizedRecipient(values, env().defaultCountry);
}

/** The Sender must be one of CONNECTLY_SENDERS when that is set: the browser's list is only a list. */
export function configuredSenderErrors(values: unknown): FieldErrors {
  const senderId = (values as { senderId?: unknown } | null)?.senderId;
  const problem = senderChoiceProblem(typeof senderId === "string" ? senderId : undefined, env().senders);
  return problem ? { senderId: problem } : {};
}

/** A send without its composer's key could not be told apart from a repeat, so none is accepted. */
export function missingSendKey(key: unknown): ActionResult<never> | null {
  if (isSendKey(key)) return null;
  return {
    ok: false,
    error: {
      code: "MISSING_SEND_KEY",
      title: "Nothing was sent",
      message: "The send came without this composer's send key, which keeps a message from being sent twice.",
      hint: "Reload the composer and send again.",
    },
  };
}
