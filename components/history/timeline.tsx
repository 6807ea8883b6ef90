import { LocalTime } from "@/components/ui/local-time";
import type { MessageEvent } from "@/lib/db/lifecycle";
import type { HistoryEntry } from "@/lib/db/queries";
import { answerNeverCame } from "./answer-never-came";
import { StatusBadge } from "./status-badge";

interface Step {
  key: string;
  at?: Date;
  status: string;
  label: string;
  detail?: string | null;
  /** Why a step has no time. */
  note?: string;
}

/**
 * What became of the message, oldest first: who sent it, Connectly's answer, then each delivery event. The reason for
 * the row's own failure is left to the outcome panel above, so the page says it once. `sentBy` is null for rows from
 * before sign-in existed.
 */
export function Timeline({
  entry,
  events,
  sentBy,
}: {
  entry: HistoryEntry;
  events: MessageEvent[];
  sentBy: string | null;
}) {
  const steps: Step[] = [
    {
      key: "created",
      at: entry.createdAt,
      status: "pending",
      label: sentBy ? `${sentBy} sent it` : "Send attempt recorded",
    },
  ];
  if (answerNeverCame(entry)) {
    steps.push({ key: "found", status: "sent", label: "No answer from Connectly; its delivery report gave the id" });
  } else if (entry.connectlyId) {
    const at = entry.acceptedAt ?? undefined;
    steps.push({
      key: "accepted",
      at,
      status: "sent",
      label: "Accepted by Connectly",
      note: at ? undefined : "Its time is not kept once WhatsApp reports on the message.",
    });
  } else if (entry.status === "unknown") {
    steps.push({
      key: "unknown",
      at: entry.statusAt ?? entry.updatedAt,
      status: "unknown",
      label: "Outcome unknown: Connectly may have sent it",
    });
  } else if (entry.status === "failed") {
    steps.push({
      key: "refused",
      at: entry.statusAt ?? entry.updatedAt,
      status: "failed",
      label: "Not accepted",
    });
  }
  // Events arrive in any order; the list shows them in the order they happened, after the send itself.
  const byTime = [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id - b.id);
  const outcomeReason = entry.errorMessage ?? entry.errorCode;
  for (const event of byTime) {
    const detail = event.errorMessage ?? event.errorCode;
    steps.push({
      key: `event-${event.id}`,
      at: event.occurredAt,
      status: event.status,
      label: `WhatsApp reported ${event.status.replace("_", " ")}`,
      detail: event.status === entry.status && detail === outcomeReason ? null : detail,
    });
  }
  return (
    <section
      aria-labelledby="timeline-heading"
      className="rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-4 shadow-sm"
    >
      <h2 id="timeline-heading" className="mb-3 text-sm font-semibold">
        Timeline
      </h2>
      <ol className="space-y-3 border-l border-slate-200 dark:border-slate-700 pl-4">
        {steps.map((step) => (
          <li key={step.key} className="relative">
            <span
              aria-hidden
              className="absolute top-1.5 -left-[21px] size-2.5 rounded-full border-2 border-white dark:border-slate-900 bg-slate-400 dark:bg-slate-500"
            />
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <StatusBadge status={step.status} />
              <span className="text-slate-800 dark:text-slate-200">{step.label}</span>
            </div>
            {step.at ? <LocalTime date={step.at} className="block text-xs text-slate-500 dark:text-slate-400" /> : null}
            {step.note ? <p className="text-xs text-slate-500 dark:text-slate-400">{step.note}</p> : null}
            {step.detail ? (
              <p
                className={`text-xs ${step.status === "unknown" ? "text-amber-800 dark:text-amber-200" : "text-red-700 dark:text-red-300"}`}
              >
                {step.detail}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
