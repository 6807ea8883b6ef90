import { typeLabel } from "@/lib/history/type-label";
import {
  ConnectlyIdWithCopy,
  type HistoryRowsProps,
  MessageLine,
  RecipientLines,
  SentTimeLink,
  sentByName,
} from "./history-row-parts";
import { StatusBadge } from "./status-badge";
import { failureReason } from "./stored-error";

/**
 * History below 640 px: one card per row of HistoryTable, with the same fields, as a phone has no room for seven
 * columns. The time leads to the message, as in the table.
 */
export function HistoryCards({ entries, people, names }: HistoryRowsProps) {
  return (
    <ul aria-label="Sent messages" className="space-y-3 sm:hidden">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className="rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-3 text-sm shadow-sm"
        >
          <article aria-label={`${typeLabel(entry.messageType)} to ${entry.recipient}`} className="space-y-2">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <span className="text-slate-600 dark:text-slate-400">
                <SentTimeLink entry={entry} />
              </span>
              <StatusBadge status={entry.status} reason={failureReason(entry)} />
            </div>
            <p className="line-clamp-2 break-words text-slate-800 dark:text-slate-200" dir="auto">
              <MessageLine entry={entry} />
            </p>
            <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs [overflow-wrap:anywhere]">
              <dt className="text-slate-500 dark:text-slate-400">Type</dt>
              <dd>{typeLabel(entry.messageType)}</dd>
              <dt className="text-slate-500 dark:text-slate-400">Recipient</dt>
              <dd>
                <RecipientLines entry={entry} whatsAppName={names.get(entry.recipient)} />
              </dd>
              <dt className="text-slate-500 dark:text-slate-400">Sent by</dt>
              <dd>{sentByName(entry, people)}</dd>
              <dt className="text-slate-500 dark:text-slate-400">Message id</dt>
              <dd>
                <ConnectlyIdWithCopy entry={entry} />
              </dd>
            </dl>
          </article>
        </li>
      ))}
    </ul>
  );
}
