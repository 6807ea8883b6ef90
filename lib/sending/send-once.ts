import "server-only";
import { isUnknownOutcome, toErrorInfo } from "@/lib/connectly/errors";
import type { Db } from "@/lib/db/client";
import {
  claimAttempt,
  getHistoryEntry,
  type HistoryEntry,
  markFailed,
  markSent,
  markUnknown,
  type NewAttempt,
} from "@/lib/db/queries";
import { describeError } from "@/lib/logging/describe-error";
import type { SendKey } from "@/lib/messages/send-key";
import { applyEarlyEventsSafely } from "./apply-early-events";
import { outcomeOf } from "./outcome-of";
import { SEND_KEY_REUSED, type SendOutcome } from "./send-outcome";

export interface SendOnce {
  db: Db;
  attempt: NewAttempt;
  key: SendKey;
  send: () => Promise<{ id: string; attempts: number }>;
  /** How long a repeat waits for the first submission's outcome: the client's deadline and a little more. */
  waitMs: number;
  pollMs?: number;
}

/**
 * Sends a composed message at most once per send key. The row is written (and the key claimed) before Connectly is
 * called, so an accepted message can never be missing from history, even if this process dies before the answer.
 * A repeat with the same key never calls Connectly: it waits for the first submission's outcome and returns it.
 */
export async function sendOnce({ db, attempt, key, send, waitMs, pollMs = 150 }: SendOnce): Promise<SendOutcome> {
  const { claimed, entry } = await claimAttempt(db, { ...attempt, idempotencyKey: key });
  if (!claimed) return repeatOutcome(db, entry, attempt.request, waitMs, pollMs);

  let answer: { id: string; attempts: number } | undefined;
  let failure: ReturnType<typeof toErrorInfo> | undefined;
  try {
    answer = await send();
  } catch (error) {
    failure = toErrorInfo(error);
    // The person is told only that something went wrong here; what went wrong is for whoever runs the server.
    if (failure.kind === "unexpected") {
      console.error(`Sending history entry ${entry.id} failed unexpectedly: ${describeError(error)}`);
    }
  }

  try {
    if (answer) {
      const sent = await markSent(db, entry.id, { connectlyId: answer.id, attempts: answer.attempts });
      const moved = await applyEarlyEventsSafely(db, { id: entry.id, connectlyId: answer.id });
      return outcomeOf((moved && (await getHistoryEntry(db, entry.id))) || sent);
    }
    const info = failure ?? toErrorInfo(undefined);
    const recorded = {
      attempts: info.attempts ?? 1,
      errorCode: info.code,
      errorMessage: info.message,
      error: info,
      httpStatus: info.status,
    };
    return outcomeOf(
      isUnknownOutcome(info) ? await markUnknown(db, entry.id, recorded) : await markFailed(db, entry.id, recorded),
    );
  } catch (error) {
    // The row stays pending: the sweeper turns it Unknown, and a delivery report still finds it by its key.
    console.error(`Could not record Connectly's answer for history entry ${entry.id}: ${describeError(error)}`);
    if (answer) return { ok: true, historyId: entry.id, connectlyId: answer.id, attempts: answer.attempts };
    return outcomeOf({ ...entry, status: "pending" });
  }
}

async function repeatOutcome(
  db: Db,
  first: HistoryEntry,
  request: object,
  waitMs: number,
  pollMs: number,
): Promise<SendOutcome> {
  if (JSON.stringify(first.request) !== JSON.stringify(request)) {
    return {
      ok: false,
      error: {
        code: SEND_KEY_REUSED,
        title: "Nothing was sent: the earlier message may have gone out",
        message:
          "This composer's last send got no clear answer from Connectly, and this message differs from it, so it was held back rather than risk both arriving.",
        hint: "Check the earlier message in history; to send what is on screen now as well, choose Send this as a new message.",
        historyId: first.id,
      },
    };
  }
  const giveUpAt = Date.now() + waitMs;
  let current = first;
  while (current.status === "pending" && Date.now() < giveUpAt) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    current = (await getHistoryEntry(db, first.id)) ?? current;
  }
  return outcomeOf(current, true);
}
