"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { SimulateReplyButton } from "@/components/composer/shared/simulate-reply-button";
import { markThreadReadAction } from "@/lib/actions/mark-thread-read";
import type { ActionError } from "@/lib/actions/result";
import { type ThreadData, type ThreadItem, threadQuery } from "@/lib/inbox/thread-types";
import type { SavedReply } from "@/lib/saved-replies/saved-reply";
import type { SendOutcome } from "@/lib/sending/send-outcome";
import type { TemplateCatalog } from "@/lib/templates/cache";
import { windowState } from "@/lib/whatsapp/window";
import { INBOX_QUERY_KEY } from "./inbox-list";
import { revealNewest } from "./reveal-sent";
import { type ComposerChoice, ThreadComposer } from "./thread-composer";
import { ThreadHeader } from "./thread-header";
import { ThreadMessages } from "./thread-messages";
import { useNow } from "./use-now";

const POLL_MS = 3_000;

async function fetchThread(query: string): Promise<ThreadData> {
  const response = await fetch(`/api/inbox/thread?${query}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`The conversation could not be refreshed (HTTP ${response.status}).`);
  return (await response.json()) as ThreadData;
}

/** A send shown before its history row arrives: what was sent, then its outcome. */
interface Optimistic extends ThreadItem {
  settled?: boolean;
}

function describeRequest(request: object): { kind: string; text: string } {
  const message = (request as { message?: { text?: string; attachments?: { caption?: string; url: string }[] } })
    .message;
  const template = (request as { templateName?: string }).templateName;
  if (template) return { kind: "template", text: template };
  const attachment = message?.attachments?.[0];
  return { kind: attachment ? "image" : "text", text: message?.text ?? attachment?.caption ?? attachment?.url ?? "" };
}

/** The thread page's live part: the messages (polled), the header's actions, and the reply composer. */
export function ThreadView({
  initial,
  me,
  canSend,
  sandbox,
  senders,
  choices,
  templates,
  savedReplies,
}: {
  initial: ThreadData;
  me: string;
  canSend: boolean;
  sandbox: boolean;
  senders: string[];
  choices: ComposerChoice[];
  templates: { catalog: TemplateCatalog | null; loadError: ActionError | null };
  savedReplies: SavedReply[];
}) {
  const query = threadQuery(initial);
  const queryKey = ["inbox-thread", query];
  const queryClient = useQueryClient();
  const { data, refetch } = useQuery({
    queryKey,
    queryFn: () => fetchThread(query),
    initialData: initial,
    refetchInterval: POLL_MS,
  });
  // The thread and the list, now rather than at their next poll: an assignment changed, or a simulated reply came.
  const refresh = () => {
    void refetch();
    void queryClient.invalidateQueries({ queryKey: INBOX_QUERY_KEY });
  };
  const [optimistic, setOptimistic] = useState<Optimistic[]>([]);
  const now = useNow();
  const log = useRef<HTMLDivElement>(null);

  // Opening the thread, and every message arriving while it is open, counts as read for this person.
  const inboundCount = data.items.filter((item) => item.direction === "inbound").length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: inboundCount is the trigger: each new message is read
  useEffect(() => {
    void markThreadReadAction({ customer: data.customer, businessNumber: data.businessNumber }).then(() =>
      queryClient.invalidateQueries({ queryKey: INBOX_QUERY_KEY }),
    );
  }, [data.customer, data.businessNumber, inboundCount, queryClient]);

  const known = new Set(data.items.map((item) => item.historyId).filter(Boolean));
  const items = [...data.items, ...optimistic.filter((item) => !item.historyId || !known.has(item.historyId))];
  const customerWindow =
    now === null ? null : windowState(data.lastInboundAt ? new Date(data.lastInboundAt) : null, new Date(now));

  const events = {
    onSubmit(request: object) {
      const { kind, text } = describeRequest(request);
      const key = `pending:${Date.now()}`;
      setOptimistic((list) => [
        ...list.filter((item) => item.settled),
        { key, direction: "outbound", at: new Date().toISOString(), kind, text, status: "pending" },
      ]);
    },
    onResult(outcome: SendOutcome) {
      setOptimistic((list) =>
        list.map((item) =>
          item.settled
            ? item
            : {
                ...item,
                settled: true,
                status: outcome.ok ? "sent" : "failed",
                historyId: outcome.ok ? outcome.historyId : outcome.error.historyId,
                error: outcome.ok ? null : outcome.error.message,
              },
        ),
      );
      void refetch();
    },
    // The reply shows where the customer's messages are, scrolled into view, rather than in the outcome box below
    // Send (still a live region, so it is said), which on a phone leaves the conversation a screen away. The focus
    // stays in the reply box (ThreadComposer), where an agent types their next line.
    revealSent() {
      if (log.current) revealNewest(log.current, document.activeElement);
    },
  };

  return (
    <div className="space-y-4">
      <ThreadHeader thread={data} me={me} canAssign={canSend} onChanged={refresh} />
      <ThreadMessages items={items} scroller={log} />
      {sandbox && canSend && (
        <div className="flex justify-end">
          {/* The customer writes through the real webhook, which has taken the reply once the action answers. */}
          <SimulateReplyButton
            thread={{ customer: data.customer, businessNumber: data.businessNumber }}
            onReplied={refresh}
          />
        </div>
      )}
      {canSend ? (
        customerWindow !== null && (
          <ThreadComposer
            // A composer per thread: its form and draft are that customer's.
            key={`${data.customer}:${data.businessNumber}`}
            thread={data}
            customerName={data.customerName}
            senders={senders}
            choices={choices}
            templates={templates}
            savedReplies={savedReplies}
            customerWindow={customerWindow}
            events={events}
          />
        )
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Viewers read conversations; Agents and Admins reply.
        </p>
      )}
    </div>
  );
}
