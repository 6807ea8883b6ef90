import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardedPage } from "@/components/auth/guarded-page";
import { AutoRefresh } from "@/components/history/auto-refresh";
import { MessageFacts } from "@/components/history/message-facts";
import { NextSteps } from "@/components/history/next-steps";
import { OutcomePanel } from "@/components/history/outcome-panel";
import { BackToHistory } from "@/components/history/return-to-row";
import { sentBubbleOf } from "@/components/history/sent-bubble";
import { SentMessagePreview } from "@/components/history/sent-message-preview";
import { FINAL_STATUSES, StatusBadge, ticksOf } from "@/components/history/status-badge";
import { Timeline } from "@/components/history/timeline";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { memberName } from "@/lib/auth/members";
import { allows, PAGE_RULES } from "@/lib/auth/rules";
import { database } from "@/lib/db";
import { customerNamesOf } from "@/lib/db/customer-names";
import { conversationOfSend } from "@/lib/db/inbox";
import { listEvents } from "@/lib/db/lifecycle";
import { getHistoryEntry } from "@/lib/db/queries";
import { customerHref, threadHref } from "@/lib/inbox/thread-types";

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
  const [events, sentBy, bubble, names, conversation] = await Promise.all([
    listEvents(db, entry.id),
    memberName(db, entry.sentByUserId),
    sentBubbleOf(entry),
    customerNamesOf(db, [entry.recipient]),
    // A send from the default number is in each of the customer's threads: its link opens their latest.
    entry.sender ? conversationOfSend(db, entry.recipient, entry.sender) : null,
  ]);
  const canSendTemplate = allows(PAGE_RULES["/compose/template"], actor.role);
  const canSendAgain = allows(
    PAGE_RULES[entry.messageType === "template" ? "/compose/template" : "/compose/[type]"],
    actor.role,
  );
  const json = JSON.stringify(entry.request, null, 2);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <BackToHistory id={entry.id} />
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 text-xl font-semibold text-slate-900 dark:text-slate-100 [overflow-wrap:anywhere]">
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
        <StatusBadge status={entry.status} />
        <AutoRefresh entries={FINAL_STATUSES.has(entry.status) ? [] : [{ id: entry.id, status: entry.status }]} />
        <NextSteps entry={entry} canSendAgain={canSendAgain} canSendTemplate={canSendTemplate} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0 space-y-6">
          <MessageFacts
            entry={entry}
            sentBy={sentBy}
            whatsAppName={names.get(entry.recipient)}
            conversationHref={
              conversation === null
                ? customerHref(entry.recipient)
                : threadHref({ customer: entry.recipient, businessNumber: conversation })
            }
          />
          <OutcomePanel entry={entry} />
          <Timeline entry={entry} events={events} sentBy={sentBy} />
        </div>
        <div className="min-w-0 space-y-6">
          {/* A wrapper of its own height: the composer's pane is sticky, which here would ride over the JSON. */}
          <div>
            <SentMessagePreview
              bubble={bubble}
              at={entry.createdAt.toISOString()}
              status={ticksOf(entry.status) ?? "unknown"}
            />
          </div>
          <section
            aria-labelledby="request-heading"
            className="rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 shadow-sm"
          >
            <div className="flex items-center justify-between border-b border-slate-200 dark:border-slate-700 px-3 py-2">
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
    </div>
  );
});
