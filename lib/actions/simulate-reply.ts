"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { fieldErrorsFrom } from "@/lib/actions/validated-action";
import { guardedAction } from "@/lib/auth/guard";
import { inProcessSandbox } from "@/lib/connectly";
import { env } from "@/lib/env";
import { threadRefSchema } from "@/lib/inbox/thread-input";
import type { ThreadRef } from "@/lib/inbox/thread-types";
import { E164_PATTERN, recipientKind } from "@/lib/messages/recipient";

const REPLY_TEXT = "Hi! (a reply simulated by the sandbox)";

/**
 * Who writes, and to which business number: a conversation's button names the conversation, so that the reply
 * comes into it; a composer's names the Recipient and the Sender picked, '' being Connectly's default number.
 */
export type SimulateReplyInput = { thread: ThreadRef } | { recipient: string; sender: string };

const fromThread = z.object({ thread: threadRefSchema });
const fromComposer = z.object({
  recipient: z
    .string()
    .trim()
    .refine((value) => recipientKind(value) !== null, "Enter a valid recipient first."),
  sender: z
    .string()
    .trim()
    .refine((value) => value === "" || E164_PATTERN.test(value), "The Sender is not a business number."),
});

// Told apart by their keys rather than as a zod union, whose one issue would not say which field is wrong.
function parseInput(input: unknown) {
  const inThread = typeof input === "object" && input !== null && "thread" in input;
  return inThread ? fromThread.safeParse(input) : fromComposer.safeParse(input);
}

/**
 * Sandbox mode only: the simulator posts a signed inbound message to this app's webhook, as Connectly would when
 * the customer writes, so a person can watch the 24-hour window open.
 */
export const simulateReplyAction = guardedAction(
  "simulateReply",
  async function simulateReply(_actor, input: SimulateReplyInput): Promise<ActionResult<object>> {
    const config = env();
    if (config.mode !== "sandbox")
      return failure(
        "Only the sandbox can simulate a customer.",
        "Send a real WhatsApp message from the customer's phone instead.",
      );
    const parsed = parseInput(input);
    if (!parsed.success)
      return failure(
        parsed.error.issues[0]?.message ?? "Enter a valid recipient first.",
        "The reply comes from the recipient in the form, to its Sender.",
        fieldErrorsFrom(parsed.error),
      );
    const inbound =
      "thread" in parsed.data
        ? {
            customer: parsed.data.thread.customer,
            // A conversation without a number began with webhooks that named none: its reply names none either,
            // so it comes into the same conversation rather than one with the sandbox's own number.
            businessNumber: parsed.data.thread.businessNumber || null,
            text: REPLY_TEXT,
          }
        : { customer: parsed.data.recipient, businessNumber: parsed.data.sender || undefined, text: REPLY_TEXT };
    const sandbox = await inProcessSandbox();
    const delivered = sandbox
      ? (await sandbox.simulateInbound(inbound)).delivered
      : (
          await fetch(`${config.baseUrl}/__sandbox/inbound`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(inbound),
          })
        ).ok;
    return delivered
      ? { ok: true }
      : failure("The simulated reply did not reach this app's webhook.", "Check that APP_URL points at this server.");
  },
);

function failure(message: string, hint: string, fieldErrors?: Record<string, string>): ActionResult<object> {
  return {
    ok: false,
    error: { code: "SIMULATION_FAILED", title: "No reply simulated", message, hint },
    ...(fieldErrors ? { fieldErrors } : {}),
  };
}
