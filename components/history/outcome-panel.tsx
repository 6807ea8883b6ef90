import { type ConnectlyErrorInfo, UNKNOWN_OUTCOME_WORDS } from "@/lib/connectly/errors";
import { explainError } from "@/lib/connectly/explain";
import type { HistoryEntry } from "@/lib/db/queries";
import { answerNeverCame } from "./answer-never-came";

export function OutcomePanel({ entry }: { entry: HistoryEntry }) {
  if (entry.status === "pending") {
    return (
      <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
        <h2 className="font-semibold">Outcome</h2>
        <p className="mt-1 text-slate-700">
          Waiting for Connectly's answer. If none is recorded within a minute or two, this message becomes Unknown.
        </p>
      </section>
    );
  }
  const info = (entry.error as ConnectlyErrorInfo | null) ?? {
    code: entry.errorCode ?? "",
    message: entry.errorMessage ?? "",
    kind: "api" as const,
  };
  if (entry.connectlyId && entry.status !== "failed") {
    return (
      <section className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-950 shadow-sm">
        <h2 className="font-semibold">Outcome</h2>
        <p className="mt-1">
          {answerNeverCame(entry)
            ? `Connectly's answer never came (${explainError(info).title.replace(/^Unknown: /, "")}), but its delivery report shows it took the message, as`
            : `Connectly accepted the message${entry.attempts > 1 ? ` on attempt ${entry.attempts}` : ""} and returned the id`}{" "}
          <code className="font-mono">{entry.connectlyId}</code>.
        </p>
      </section>
    );
  }
  const explained = explainError(info);
  const unknown = entry.status === "unknown";
  const tone = unknown ? "border-amber-200 bg-amber-50 text-amber-950" : "border-red-200 bg-red-50 text-red-950";
  const quiet = unknown ? "text-amber-900" : "text-red-800";
  return (
    <section className={`rounded-lg border p-4 text-sm shadow-sm ${tone}`}>
      <h2 className="font-semibold">Outcome: {explained.title}</h2>
      <p className="mt-1">{explained.message}</p>
      <p className="mt-1">
        <span className="font-medium">What to do: </span>
        {unknown ? UNKNOWN_OUTCOME_WORDS : explained.hint}
      </p>
      <p className={`mt-2 text-xs ${quiet}`}>
        Code <code className="font-mono">{entry.errorCode}</code>
        {entry.httpStatus ? ` · HTTP ${entry.httpStatus}` : ""}
        {info.traceId ? (
          <>
            {" "}
            · trace <code className="font-mono">{info.traceId}</code>
          </>
        ) : null}
      </p>
      {entry.errorMessage && <p className={`mt-1 text-xs ${quiet}`}>Connectly said: “{entry.errorMessage}”</p>}
    </section>
  );
}
