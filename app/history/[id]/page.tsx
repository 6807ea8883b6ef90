import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guardedPage } from "@/components/auth/guarded-page";
import { AutoRefresh } from "@/components/history/auto-refresh";
import { formatTime } from "@/components/history/format-time";
import { OutcomePanel } from "@/components/history/outcome-panel";
import { FINAL_STATUSES, StatusBadge } from "@/components/history/status-badge";
import { Timeline } from "@/components/history/timeline";
import { typeLabel } from "@/components/history/type-label";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { memberName } from "@/lib/auth/members";
import { allows, PAGE_RULES } from "@/lib/auth/rules";
import { database } from "@/lib/db";
import { listEvents } from "@/lib/db/lifecycle";
import { getHistoryEntry } from "@/lib/db/queries";
import { threadHref } from "@/lib/inbox/thread-types";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Message ${id}` };
}

export default guardedPage("/history/[id]", async function HistoryEntryPage({ params }: Props, actor) {
  const { id } = await params;
  const db = await database();
  const entry = await getHistoryEntry(db, decodeURIComponent(id));
  if (!entry) notFound();
  const [events, sentBy] = await Promise.all([listEvents(db, entry.id), memberName(db, entry.sentByUserId)]);
  const canSend = allows(
    PAGE_RULES[entry.messageType === "template" ? "/compose/template" : "/compose/[type]"],
    actor.role,
  );
  const json = JSON.stringify(entry.request, null, 2);
  const facts: [string, React.ReactNode][] = [
    [
      "Sent at",
      <time key="t" dateTime={entry.createdAt.toISOString()}>
        {formatTime(entry.createdAt)}
      </time>,
    ],
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
        {entry.recipientName ? ` (${entry.recipientName})` : ""}{" "}
        <Link
          className="ml-2 text-sm font-medium text-brand-700 underline"
          href={threadHref({ customer: entry.recipient, businessNumber: entry.sender ?? "" })}
        >
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
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/history" className="text-brand-700 underline">
          ← History
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold text-slate-900">
          {entry.connectlyId ? (
            <>
              Message <code className="font-mono text-lg">{entry.connectlyId}</code>
            </>
          ) : entry.status === "unknown" ? (
            "Message with an unknown outcome"
          ) : entry.status === "pending" ? (
            "Message being sent"
          ) : (
            "Message that was not accepted"
          )}
        </h1>
        {entry.connectlyId && <CopyButton text={entry.connectlyId} label="Copy message id" />}
        <StatusBadge status={entry.status} reason={entry.errorMessage} />
        <AutoRefresh entries={FINAL_STATUSES.has(entry.status) ? [] : [{ id: entry.id, status: entry.status }]} />
        {canSend && (
          <Link
            href={`/compose/${entry.messageType}?from=${encodeURIComponent(entry.id)}`}
            className="ml-auto rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            Edit as new
          </Link>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
            {facts.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="font-medium text-slate-600">{term}</dt>
                <dd className="text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          <OutcomePanel entry={entry} />
          <Timeline entry={entry} events={events} sentBy={sentBy} />
        </div>
        <section aria-labelledby="request-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2">
            <h2 id="request-heading" className="text-sm font-semibold">
              Request
            </h2>
            <CopyButton text={json} label="Copy JSON">
              Copy JSON
            </CopyButton>
          </div>
          <CodeBlock label="Request JSON" className="max-h-[32rem]">
            {json}
          </CodeBlock>
        </section>
      </div>
    </div>
  );
});
