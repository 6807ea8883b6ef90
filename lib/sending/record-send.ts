import "server-only";
import { sendDeadlineMs } from "@/lib/connectly/client";
import { database } from "@/lib/db";
import type { NewAttempt } from "@/lib/db/queries";
import { env } from "@/lib/env";
import type { SendKey } from "@/lib/messages/send-key";
import { sendOnce } from "./send-once";
import type { SendOutcome } from "./send-outcome";

/** Time to write the answer down after the client has given up: a repeat waits this much longer, the sweeper too. */
export const RECORDING_GRACE_MS = 5_000;

/** How long after its start a send that is still pending can no longer be waiting for Connectly's answer. */
export function staleAfterMs(): number {
  return sendDeadlineMs(env().timeoutMs) + RECORDING_GRACE_MS;
}

/** Records the attempt and sends it once per send key, against the app's database and configured client. */
export async function recordSend(
  attempt: NewAttempt,
  key: SendKey,
  send: () => Promise<{ id: string; attempts: number }>,
): Promise<SendOutcome> {
  return sendOnce({ db: await database(), attempt, key, send, waitMs: staleAfterMs() });
}
