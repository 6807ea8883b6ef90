"use server";

import type { ActionResult } from "@/lib/actions/result";
import { guardedAction } from "@/lib/auth/guard";
import { inProcessSandbox } from "@/lib/connectly";
import { env } from "@/lib/env";
import { recipientKind } from "@/lib/messages/recipient";

const REPLY_TEXT = "Hi! (a reply simulated by the sandbox)";

/**
 * Sandbox mode only: the simulator posts a signed inbound message to this app's webhook, as Connectly would when
 * the customer writes, so a person can watch the 24-hour window open.
 */
export const simulateReplyAction = guardedAction(
  "simulateReply",
  async function simulateReply(_actor, input: { recipient: string; sender: string }): Promise<ActionResult<object>> {
    const config = env();
    if (config.mode !== "sandbox")
      return failure(
        "Only the sandbox can simulate a customer.",
        "Send a real WhatsApp message from the customer's phone instead.",
      );
    const customer = input?.recipient?.trim() ?? "";
    if (!recipientKind(customer))
      return failure("Enter a valid recipient first.", "The reply comes from the recipient in the form.");
    const inbound = { customer, businessNumber: input.sender || undefined, text: REPLY_TEXT };
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

function failure(message: string, hint: string): ActionResult<object> {
  return { ok: false, error: { code: "SIMULATION_FAILED", title: "No reply simulated", message, hint } };
}
