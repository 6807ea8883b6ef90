import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";
import { LocalTime } from "@/components/ui/local-time";
import type { HistoryListEntry } from "@/lib/db/queries";
import { shownName } from "@/lib/history/recipient-name";
import { summarize } from "@/lib/history/summarize";
import { MessageSummary } from "./message-summary";

/** What the history table's cells and the phone's cards show of one row, so the two never differ. */

export interface HistoryRowsProps {
  entries: HistoryListEntry[];
  /** The senders' names by user id. */
  people: Map<string, string>;
  /** The customers' WhatsApp names by number, for the page's recipients (customerNamesOf). */
  names: Map<string, string>;
}

export function SentTimeLink({ entry }: { entry: HistoryListEntry }) {
  return (
    <Link
      href={`/history/${entry.id}`}
      data-history-row
      className="text-brand-700 dark:text-brand-300 underline-offset-2 hover:underline"
    >
      <LocalTime date={entry.createdAt} />
    </Link>
  );
}

/** `whatsAppName` is the customer's own (customer_names), shown when no Recipient name was typed. */
export function RecipientLines({ entry, whatsAppName }: { entry: HistoryListEntry; whatsAppName?: string }) {
  const shown = shownName(entry.recipientName, whatsAppName);
  return (
    <>
      <div className="font-mono text-xs">{entry.recipient}</div>
      {shown && (
        <div className="text-xs text-slate-500 dark:text-slate-400">
          {shown.name}
          {shown.fromWhatsApp && <span className="whitespace-nowrap"> · WhatsApp name</span>}
        </div>
      )}
    </>
  );
}

export function MessageLine({ entry }: { entry: HistoryListEntry }) {
  return <MessageSummary text={summarize(entry.request, entry.sentText)} />;
}

/** `people` names the senders by user id; rows from before sign-in existed have none and show "—". */
export function sentByName(entry: HistoryListEntry, people: Map<string, string>): string {
  return (entry.sentByUserId && people.get(entry.sentByUserId)) ?? "—";
}

export function ConnectlyIdWithCopy({ entry }: { entry: HistoryListEntry }) {
  return entry.connectlyId ? (
    // Where the id and Copy do not fit on one line (a phone's card), Copy goes below rather than split the id.
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <code className="whitespace-nowrap font-mono text-xs">{entry.connectlyId}</code>
      <CopyButton text={entry.connectlyId} label={`Copy message id ${entry.connectlyId}`} />
    </span>
  ) : (
    <span className="text-xs text-slate-500 dark:text-slate-400">none</span>
  );
}
