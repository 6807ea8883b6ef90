import type { ConnectlyErrorInfo } from "@/lib/connectly/errors";
import type { HistoryEntry } from "@/lib/db/queries";

type StoredFailure = Pick<HistoryEntry, "error" | "status" | "errorCode" | "errorMessage" | "httpStatus">;

/** The error a row keeps whole, or one rebuilt from its columns for rows written before it was kept. */
export function storedError(entry: StoredFailure): ConnectlyErrorInfo {
  const stored = entry.error as ConnectlyErrorInfo | null;
  if (stored && typeof stored === "object" && typeof stored.code === "string") return stored;
  return {
    kind: entry.status === "unknown" ? "interrupted" : "api",
    code: entry.errorCode ?? "ERROR_CODE_UNSPECIFIED",
    message: entry.errorMessage ?? "",
    status: entry.httpStatus ?? undefined,
  };
}
