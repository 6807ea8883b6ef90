"use client";

import Link from "next/link";
import { MessageSummary } from "@/components/history/message-summary";
import { type ThreadListItem, threadHref } from "@/lib/inbox/thread-types";
import { shortTime } from "./format";
import { useNow } from "./use-now";
import { WindowCountdown } from "./window-countdown";

/** One conversation in the Inbox: who, the last message, the window's time left, unread count and who has it. */
export function ThreadRow({ thread, me, active }: { thread: ThreadListItem; me: string; active?: boolean }) {
  const now = useNow();
  const name = thread.customerName ?? thread.customer;
  const last = thread.last;
  const prefix = last && last.direction !== "inbound" ? "You: " : "";
  return (
    <Link
      href={threadHref(thread)}
      data-thread-link
      aria-current={active ? "page" : undefined}
      className="block rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-3 shadow-sm outline-offset-2 hover:border-brand-300 dark:hover:border-brand-700 hover:bg-brand-50/40 dark:hover:bg-brand-950/40 focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <div className="flex items-baseline gap-2">
        <span
          className={`min-w-0 truncate ${thread.unread > 0 ? "font-semibold" : "font-medium"} text-slate-900 dark:text-slate-100`}
        >
          {name}
        </span>
        {thread.customerName && (
          <span className="shrink-0 text-xs text-slate-600 dark:text-slate-400">{thread.customer}</span>
        )}
        <span className="ml-auto shrink-0 text-xs text-slate-600 dark:text-slate-400">
          {now === null ? "" : shortTime(thread.lastActivityAt, now)}
        </span>
      </div>
      <div className="mt-1 flex items-center gap-2">
        <p
          className={`min-w-0 flex-1 truncate text-sm ${thread.unread > 0 ? "text-slate-900 dark:text-slate-100" : "text-slate-600 dark:text-slate-400"}`}
        >
          {prefix}
          <MessageSummary text={last?.text ?? ""} />
        </p>
        {thread.unread > 0 && (
          <span className="shrink-0 rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">
            {thread.unread} unread
          </span>
        )}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
        <WindowCountdown lastInboundAt={thread.lastInboundAt} compact />
        <span>
          {thread.assignee
            ? thread.assignee.id === me
              ? "Assigned to you"
              : `${thread.assignee.name} has it`
            : "Unassigned"}
        </span>
        {thread.businessNumber && (
          <span className="ml-auto text-slate-600 dark:text-slate-400">to {thread.businessNumber}</span>
        )}
      </div>
    </Link>
  );
}
