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
 * History from 640 px up; narrower screens get the same rows as HistoryCards.
 */
export function HistoryTable({ entries, people, names }: HistoryRowsProps) {
  return (
    <div className="hidden overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 shadow-sm sm:block">
      <table className="min-w-full divide-y divide-slate-200 dark:divide-slate-700 text-sm">
        <caption className="sr-only">Sent messages</caption>
        <thead className="bg-slate-50 dark:bg-slate-950 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2">
              Time
            </th>
            <th scope="col" className="px-3 py-2">
              Type
            </th>
            <th scope="col" className="px-3 py-2">
              Recipient
            </th>
            <th scope="col" className="px-3 py-2">
              Message
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2">
              Sent by
            </th>
            <th scope="col" className="px-3 py-2">
              Message id
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {entries.map((entry) => (
            <tr key={entry.id} className="align-top hover:bg-slate-50 dark:hover:bg-slate-800">
              <td className="whitespace-nowrap px-3 py-2 text-slate-600 dark:text-slate-400">
                <SentTimeLink entry={entry} />
              </td>
              <td className="px-3 py-2">{typeLabel(entry.messageType)}</td>
              <td className="px-3 py-2">
                <RecipientLines entry={entry} whatsAppName={names.get(entry.recipient)} />
              </td>
              <td className="max-w-xs truncate px-3 py-2 text-slate-700 dark:text-slate-300" dir="auto">
                <MessageLine entry={entry} />
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={entry.status} reason={failureReason(entry)} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700 dark:text-slate-300">
                {sentByName(entry, people)}
              </td>
              <td className="px-3 py-2">
                <ConnectlyIdWithCopy entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
