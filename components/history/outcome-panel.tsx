import { UNKNOWN_OUTCOME_WORDS } from "@/lib/connectly/errors";
import { explainError } from "@/lib/connectly/explain";
import type { HistoryEntry } from "@/lib/db/queries";
import { storedError } from "@/lib/history/stored-error";
import { answerNeverCame } from "./answer-never-came";

const PANEL = "rounded-lg border p-4 text-sm shadow-sm";

/**
 * What became of the send, and for one that did not go through, why and what to do: the one place on the page that
 * gives the reason (the badge and the timeline do not repeat it).
 */
export function OutcomePanel({ entry }: { entry: HistoryEntry }) {
  if (entry.status === "pending") {
    return (
      <section className={`${PANEL} border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900`}>
        <h2 className="font-semibold">Outcome</h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Waiting for Connectly's answer. If none is recorded within a minute or two, this message becomes Unknown.
        </p>
      </section>
    );
  }
  const info = storedError(entry);
  if (entry.status === "delivery_failed") {
    return (
      <section
        className={`${PANEL} border-red-200 dark:border-red-900 bg-red-50 dark:bg-red-950 text-red-950 dark:text-red-100`}
      >
        <h2 className="font-semibold">Outcome: WhatsApp could not deliver it</h2>
        <p className="mt-1">
          Connectly accepted the message as <code className="font-mono">{entry.connectlyId}</code>, then WhatsApp
          reported it undelivered
          {entry.errorMessage ? `: “${entry.errorMessage}”` : "."}
        </p>
        <p className="mt-1">
          <span className="font-medium">What to do: </span>
          Check the Recipient with the customer; the same message to the same number is likely to fail again.
        </p>
        {entry.errorCode && (
          <p className="mt-2 text-xs text-red-800 dark:text-red-200 [overflow-wrap:anywhere]">
            Code <code className="font-mono">{entry.errorCode}</code>
          </p>
        )}
      </section>
    );
  }
  if (entry.connectlyId && entry.status !== "failed") {
    return (
      <section
        className={`${PANEL} border-emerald-200 dark:border-emerald-800 bg-emerald-50 dark:bg-emerald-950 text-emerald-950 dark:text-emerald-50`}
      >
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
  const tone = unknown
    ? "border-amber-200 dark:border-amber-800 bg-amber-50 dark:bg-amber-950 text-amber-950 dark:text-amber-50"
    : "border-red-200 dark:border-red-900 bg-red-50 dark:bg-red-950 text-red-950 dark:text-red-100";
  const quiet = unknown ? "text-amber-900 dark:text-amber-100" : "text-red-800 dark:text-red-200";
  // Connectly's own words, unless the explanation quotes them already; this server's messages are not shown.
  const said = info.kind === "api" ? (info.userMessage ?? info.message) : "";
  return (
    <section className={`${PANEL} ${tone}`}>
      <h2 className="font-semibold">Outcome: {explained.title}</h2>
      <p className="mt-1">{explained.message}</p>
      <p className="mt-1">
        <span className="font-medium">What to do: </span>
        {unknown ? UNKNOWN_OUTCOME_WORDS : explained.hint}
      </p>
      {said && !explained.message.includes(said) && <p className="mt-1">Connectly said: “{said}”</p>}
      <p className={`mt-2 text-xs [overflow-wrap:anywhere] ${quiet}`}>
        Code <code className="font-mono">{entry.errorCode}</code>
        {entry.httpStatus ? ` · HTTP ${entry.httpStatus}` : ""}
        {info.traceId ? (
          <>
            {" "}
            · trace <code className="font-mono">{info.traceId}</code>
          </>
        ) : null}
      </p>
    </section>
  );
}
