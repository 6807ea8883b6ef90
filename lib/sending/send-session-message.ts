import "server-only";
import { explainError } from "@/lib/connectly/explain";
import { toErrorInfo } from "@/lib/connectly/errors";
import { connectly } from "@/lib/connectly";
import { database } from "@/lib/db";
import { createAttempt, markFailed, markSent } from "@/lib/db/queries";
import { applyEarlyEventsSafely } from "./apply-early-events";
import type { SendOutcome } from "./send-outcome";
import type { MessageType, SessionMessageRequest } from "@/lib/messages/request";


/**
 * Records the attempt, sends it, records the outcome. The row is written before Connectly is called, so a send
 * that is accepted can never be missing from history, even if this process dies before the answer arrives.
 */
export async function sendSessionMessage(type: MessageType, request: SessionMessageRequest): Promise<SendOutcome> {
  const db = await database();
  const entry = await createAttempt(db, {
    endpoint: "send/messages",
    messageType: type,
    recipient: request.recipient.id,
    recipientName: request.recipient.name,
    sender: request.sender?.id,
    campaignName: request.campaignName,
    request,
  });
  try {
    const client = await connectly();
    const { id, attempts } = await client.sendSessionMessage(request);
    await markSent(db, entry.id, { connectlyId: id, attempts });
    await applyEarlyEventsSafely(db, entry.id);
    return { ok: true, historyId: entry.id, connectlyId: id, attempts };
  } catch (error) {
    const info = toErrorInfo(error);
    await markFailed(db, entry.id, {
      attempts: attemptsOf(error),
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

function attemptsOf(error: unknown): number {
  return typeof error === "object" && error !== null && "attempts" in error && typeof error.attempts === "number"
    ? error.attempts
    : 1;
}
