import type { ConnectlyErrorInfo } from "@/lib/connectly/errors";
import { explainError } from "@/lib/connectly/explain";
import type { HistoryEntry } from "@/lib/db/queries";

/** The error a row keeps whole, or one rebuilt from its columns for rows written before it was kept. */
export function storedError(entry: HistoryEntry): ConnectlyErrorInfo {
  const stored = entry.error as ConnectlyErrorInfo | null;
  if (stored && typeof stored === "object" && typeof stored.code === "string") return stored;
  return {
    kind: entry.status === "unknown" ? "interrupted" : "api",
    code: entry.errorCode ?? "ERROR_CODE_UNSPECIFIED",
    message: entry.errorMessage ?? "",
    status: entry.httpStatus ?? undefined,
  };
}

/**
 * Why the message did not reach the customer, in a few words for the list: what went wrong, explained, for a send
 * Connectly refused (never this server's technical message); WhatsApp's reason for a delivery that failed.
 */
export function failureReason(entry: HistoryEntry): string | undefined {
  if (entry.status === "failed") return explainError(storedError(entry)).title;
  if (entry.status === "delivery_failed") return entry.errorMessage ?? entry.errorCode ?? undefined;
  return undefined;
}
