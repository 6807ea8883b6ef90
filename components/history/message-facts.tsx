import Link from "next/link";
import type { ReactNode } from "react";
import { LocalTime } from "@/components/ui/local-time";
import type { HistoryEntry } from "@/lib/db/queries";
import { shownName } from "@/lib/history/recipient-name";
import { typeLabel } from "@/lib/history/type-label";

/**
 * Who, what and when of one history row. A message Connectly never took was attempted, not sent: its time says so.
 * `sentBy` is null for rows from before sign-in existed; `whatsAppName` is the name the customer writes with
 * (customer_names); `conversationHref` is the customer's thread in the Inbox.
 */
export function MessageFacts({
  entry,
  sentBy,
  whatsAppName,
  conversationHref,
}: {
  entry: HistoryEntry;
  sentBy: string | null;
  whatsAppName?: string;
  conversationHref: string;
}) {
  const accepted = Boolean(entry.connectlyId);
  const facts: [string, ReactNode][] = [
    [accepted ? "Sent at" : "Attempted at", <LocalTime key="t" date={entry.createdAt} />],
    ["Sent by", sentBy ?? "—"],
    ["Type", typeLabel(entry.messageType)],
    [
      "Endpoint",
      <code key="e" className="font-mono text-xs">
        POST …/{entry.endpoint}
      </code>,
    ],
    [
      "Recipient",
      <span key="r">
        <code className="font-mono">{entry.recipient}</code>
        {recipientNames(entry.recipientName, whatsAppName)}{" "}
        <Link className="ml-2 text-sm font-medium text-brand-700 dark:text-brand-300 underline" href={conversationHref}>
          Open the conversation
        </Link>
      </span>,
    ],
    [
      "Sender",
      entry.sender ? (
        <code key="s" className="font-mono">
          {entry.sender}
        </code>
      ) : (
        "Connectly's default number"
      ),
    ],
    ["Campaign", entry.campaignName ?? "none"],
    ["Attempts", String(entry.attempts)],
  ];
  return (
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-2 rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-4 text-sm shadow-sm">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{term}</dt>
          <dd className="text-slate-900 dark:text-slate-100 [overflow-wrap:anywhere]">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The typed Recipient name wins, as in the list; here there is room to add the WhatsApp name when it differs. */
function recipientNames(typed: string | null, whatsAppName: string | undefined): string {
  const shown = shownName(typed, whatsAppName);
  if (!shown) return "";
  if (shown.fromWhatsApp) return ` (${shown.name}, WhatsApp name)`;
  const theirs = whatsAppName?.trim();
  return theirs && theirs !== shown.name ? ` (${shown.name}; WhatsApp name ${theirs})` : ` (${shown.name})`;
}
