import "server-only";
import { UNKNOWN_OUTCOME_WORDS } from "@/lib/connectly/errors";
import { explainError } from "@/lib/connectly/explain";
import type { HistoryEntry } from "@/lib/db/queries";
import { storedError } from "@/lib/history/stored-error";
import { SEND_IN_PROGRESS, type SendOutcome } from "./send-outcome";

/**
 * What a history row says about its send, as the action's answer. The first submission and every repeat of it (same
 * send key) are answered from the row, so they can never disagree.
 */
export function outcomeOf(entry: HistoryEntry, repeat = false): SendOutcome {
  if (entry.connectlyId && entry.status !== "failed") {
    return {
      ok: true,
      historyId: entry.id,
      connectlyId: entry.connectlyId,
      attempts: entry.attempts,
      ...(repeat ? { repeat: true } : {}),
    };
  }
  if (entry.status === "pending") {
    return {
      ok: false,
      error: {
        code: SEND_IN_PROGRESS,
        title: "Unknown: this message is still being sent",
        message: "An earlier press of Send for this message is still waiting for Connectly's answer.",
        hint: UNKNOWN_OUTCOME_WORDS,
        historyId: entry.id,
        outcome: "unknown",
      },
    };
  }
  const info = storedError(entry);
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
      ...(entry.status === "unknown" ? { outcome: "unknown" as const } : {}),
    },
  };
}
