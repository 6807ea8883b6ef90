import type { ConnectlyErrorInfo } from "@/lib/connectly/errors";
import { explainError } from "@/lib/connectly/explain";
import type { HistoryEntry } from "@/lib/db/queries";

export function OutcomePanel({ entry }: { entry: HistoryEntry }) {
  if (entry.status === "pending") {
    return (
      <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
        <h2 className="font-semibold">Outcome</h2>
        <p className="mt-1 text-slate-700">
          No answer from Connectly was recorded for this attempt. It may still be in flight, or the server stopped
          before the answer arrived.
        </p>
      </section>
    );
  }
  if (!entry.errorCode) {
    return (
      <section className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-950 shadow-sm">
        <h2 className="font-semibold">Outcome</h2>
        <p className="mt-1">
          Connectly accepted the message{entry.attempts > 1 ? ` on attempt ${entry.attempts}` : ""} and returned the id{" "}
          <code className="font-mono">{entry.connectlyId}</code>.
        </p>
      </section>
    );
  }
  const info = (entry.error as ConnectlyErrorInfo | null) ?? {
    code: entry.errorCode,
    message: entry.errorMessage ?? "",
    kind: "api" as const,
  };
  const explained = explainError(info);
  return (
    <section className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-950 shadow-sm">
      <h2 className="font-semibold">Outcome: {explained.title}</h2>
      <p className="mt-1">{explained.message}</p>
      <p className="mt-1">
        <span className="font-medium">What to do: </span>
        {explained.hint}
      </p>
      <p className="mt-2 text-xs text-red-800">
        Code <code className="font-mono">{entry.errorCode}</code>
        {entry.httpStatus ? ` · HTTP ${entry.httpStatus}` : ""}
        {info.traceId ? (
          <>
            {" "}
            · trace <code className="font-mono">{info.traceId}</code>
          </>
        ) : null}
      </p>
      {entry.errorMessage && <p className="mt-1 text-xs text-red-800">Connectly said: “{entry.errorMessage}”</p>}
    </section>
  );
}
