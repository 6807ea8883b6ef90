import { explainError } from "@/lib/connectly/explain";
import type { HistoryListEntry } from "@/lib/db/queries";
import { storedError } from "@/lib/history/stored-error";

/**
 * Why the message did not reach the customer, in a few words for the list: what went wrong, explained, for a send
 * Connectly refused (never this server's technical message); WhatsApp's reason for a delivery that failed.
 */
export function failureReason(entry: HistoryListEntry): string | undefined {
  if (entry.status === "failed") return explainError(storedError(entry)).title;
  if (entry.status === "delivery_failed") return entry.errorMessage ?? entry.errorCode ?? undefined;
  return undefined;
}
