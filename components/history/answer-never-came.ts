import { type ConnectlyErrorInfo, isUnknownOutcome } from "@/lib/connectly/errors";
import type { HistoryEntry } from "@/lib/db/queries";

/**
 * Whether the message got its Connectly id from a delivery report rather than from Connectly's answer: the row
 * still holds why the answer was Unknown (an answer with an id clears it).
 */
export function answerNeverCame(entry: HistoryEntry): boolean {
  const error = entry.error as ConnectlyErrorInfo | null;
  return Boolean(entry.connectlyId && error && typeof error.kind === "string" && isUnknownOutcome(error));
}
