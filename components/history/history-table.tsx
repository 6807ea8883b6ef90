import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";
import type { HistoryEntry } from "@/lib/db/queries";
import { summarize } from "@/lib/history/summarize";
import { formatTime } from "./format-time";
import { StatusBadge } from "./status-badge";
import { typeLabel } from "./type-label";

/** `people` names the senders by user id; rows from before sign-in existed have none and show "—". */
export function HistoryTable({ entries, people }: { entries: HistoryEntry[]; people: Map<string, string> }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Sent messages</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
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
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry) => (
            <tr key={entry.id} className="align-top hover:bg-slate-50">
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                <Link href={`/history/${entry.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  <time dateTime={entry.createdAt.toISOString()}>{formatTime(entry.createdAt)}</time>
                </Link>
              </td>
              <td className="px-3 py-2">{typeLabel(entry.messageType)}</td>
              <td className="px-3 py-2">
                <div className="font-mono text-xs">{entry.recipient}</div>
                {entry.recipientName && <div className="text-xs text-slate-500">{entry.recipientName}</div>}
              </td>
              <td className="max-w-xs truncate px-3 py-2 text-slate-700" dir="auto">
                {summarize(entry.request)}
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={entry.status} reason={entry.errorMessage ?? entry.errorCode} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">
                {(entry.sentByUserId && people.get(entry.sentByUserId)) ?? "—"}
              </td>
              <td className="px-3 py-2">
                {entry.connectlyId ? (
                  <span className="flex items-center gap-2">
                    <code className="font-mono text-xs">{entry.connectlyId}</code>
                    <CopyButton text={entry.connectlyId} label={`Copy message id ${entry.connectlyId}`} />
                  </span>
                ) : (
                  <span className="text-xs text-slate-500">none</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
