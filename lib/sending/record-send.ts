import "server-only";
import { toErrorInfo } from "@/lib/connectly/errors";
import { explainError } from "@/lib/connectly/explain";
import { database } from "@/lib/db";
import { createAttempt, markFailed, markSent, type NewAttempt } from "@/lib/db/queries";
import { applyEarlyEventsSafely } from "./apply-early-events";
import type { SendOutcome } from "./send-outcome";

/**
 * Records the attempt, sends it, records the outcome. The row is written before Connectly is called, so a send
 * that is accepted can never be missing from history, even if this process dies before the answer arrives.
 */
export async function recordSend(
  attempt: NewAttempt,
  send: () => Promise<{ id: string; attempts: number }>,
): Promise<SendOutcome> {
  const db = await database();
  const entry = await createAttempt(db, attempt);
  try {
    const { id, attempts } = await send();
    await markSent(db, entry.id, { connectlyId: id, attempts });
    await applyEarlyEventsSafely(db, entry.id);
    return { ok: true, historyId: entry.id, connectlyId: id, attempts };
  } catch (error) {
    const info = toErrorInfo(error);
    await markFailed(db, entry.id, {
      attempts: info.attempts ?? 1,
      errorCode: info.code,
      errorMessage: info.message,
      error: info,
      httpStatus: info.status,
    });
    const explained = explainError(info);
    return {
      ok: false,
      error: {
        code: info.code,
        title: explained.title,
        message: explained.message,
        hint: explained.hint,
        action: explained.action,
        traceId: info.traceId,
        status: info.status,
        historyId: entry.id,
      },
    };
  }
}
