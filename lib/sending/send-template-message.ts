import "server-only";
import { connectly } from "@/lib/connectly";
import { toErrorInfo } from "@/lib/connectly/errors";
import { explainError } from "@/lib/connectly/explain";
import { database } from "@/lib/db";
import { createAttempt, markFailed, markSent } from "@/lib/db/queries";
import type { TemplateMessageRequest } from "@/lib/templates/types";
import type { SendOutcome } from "./send-outcome";

/**
 * Records the attempt, sends the template, records the outcome: the row is written before Connectly is called, so
 * a send that is accepted can never be missing from history (as for session messages).
 */
export async function sendTemplateMessage(request: TemplateMessageRequest): Promise<SendOutcome> {
  const db = await database();
  const entry = await createAttempt(db, {
    endpoint: "send/whatsapp_templated_messages",
    messageType: "template",
    recipient: request.number,
    sender: request.sender,
    campaignName: request.campaignName,
    request,
  });
  try {
    const client = await connectly();
    const { id, attempts } = await client.sendTemplateMessage(request);
    await markSent(db, entry.id, { connectlyId: id, attempts });
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
