import Link from "next/link";
import { explainError } from "@/lib/connectly/explain";
import type { HistoryEntry } from "@/lib/db/queries";
import { storedError } from "@/lib/history/stored-error";

const BUTTON = "inline-flex items-center rounded-md px-3 py-2 text-sm font-medium";

/**
 * What the composer offers after the same outcome: a template after Connectly's window error (to the same customer
 * from the same number), and always the message again as a new one. Each link only for a person who may send it.
 */
export function NextSteps({
  entry,
  canSendAgain,
  canSendTemplate,
}: {
  entry: HistoryEntry;
  canSendAgain: boolean;
  canSendTemplate: boolean;
}) {
  const templateInstead =
    canSendTemplate && entry.status === "failed" && explainError(storedError(entry)).action === "send-template";
  if (!templateInstead && !canSendAgain) return null;
  const template = new URLSearchParams({ recipient: entry.recipient });
  if (entry.sender) template.set("sender", entry.sender);
  return (
    <div className="flex flex-wrap gap-2 sm:ml-auto">
      {templateInstead && (
        <Link href={`/compose/template?${template}`} className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`}>
          Send a template instead
        </Link>
      )}
      {canSendAgain && (
        <Link
          href={`/compose/${entry.messageType}?from=${encodeURIComponent(entry.id)}`}
          className={`${BUTTON} border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 text-slate-800 dark:text-slate-200 hover:bg-slate-50 dark:hover:bg-slate-800`}
        >
          Edit as new
        </Link>
      )}
    </div>
  );
}
