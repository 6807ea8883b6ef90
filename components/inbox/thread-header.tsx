"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { assignThreadAction } from "@/lib/actions/assign-thread";
import { markThreadUnreadAction } from "@/lib/actions/mark-thread-unread";
import { type ThreadData, threadHref } from "@/lib/inbox/thread-types";
import { inboxReturn } from "./inbox-address";
import { WindowCountdown } from "./window-countdown";

// Not disabled while their action runs: a disabled button drops the keyboard focus to the page.
const ACTION = "rounded-md px-3 py-1.5 text-sm font-medium aria-disabled:cursor-wait aria-disabled:opacity-60";
const QUIET =
  "border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 text-slate-700 dark:text-slate-300 hover:bg-slate-50 dark:hover:bg-slate-800";

/** Who the conversation is with, its window, who has it, and what can be done with it. */
export function ThreadHeader({
  thread,
  me,
  canAssign,
  onChanged,
}: {
  thread: ThreadData;
  me: string;
  canAssign: boolean;
  onChanged: () => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const ref = { customer: thread.customer, businessNumber: thread.businessNumber };
  const mine = thread.assignee?.id === me;
  // Read after hydration: the server cannot know what this tab last filtered the Inbox by.
  const [inboxHref, setInboxHref] = useState("/inbox");
  useEffect(() => setInboxHref(inboxReturn.backHref()), []);
  // Leaving the conversation, by the browser's Back as by "← Inbox", the list lands on its row, not at its top. As it
  // is left, not as Back is pressed: the router may draw the list before the browser says Back was pressed, and
  // React runs this before the list's own effect, which takes the note.
  const rowHref = threadHref(thread);
  useEffect(() => () => inboxReturn.returnTo(rowHref), [rowHref]);

  const run = (work: () => Promise<{ ok: boolean; error?: { message: string } }>, then?: () => void) =>
    startTransition(async () => {
      const result = await work();
      setProblem(result.ok ? null : (result.error?.message ?? "That did not work."));
      if (result.ok) {
        onChanged();
        then?.();
      }
    });

  return (
    <div className="space-y-2">
      <Link
        href={inboxHref}
        onClick={() => inboxReturn.returnTo(threadHref(thread))}
        className="text-sm font-medium text-brand-700 dark:text-brand-300 underline-offset-2 hover:underline"
      >
        ← Inbox
      </Link>
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h1 className="truncate text-xl font-semibold text-slate-900 dark:text-slate-100">
            {thread.customerName ?? thread.customer}
          </h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {thread.customerName ? `${thread.customer} · ` : ""}
            {thread.businessNumber ? `wrote to ${thread.businessNumber}` : "business number not reported"}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2 sm:ml-auto">
          <WindowCountdown lastInboundAt={thread.lastInboundAt} />
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {thread.assignee ? (mine ? "Assigned to you" : `${thread.assignee.name} has it`) : "Unassigned"}
          </span>
          {canAssign && (
            // One button that changes its words, so the focus stays on it as Assign to me becomes Unassign.
            <button
              type="button"
              aria-disabled={pending || undefined}
              onClick={() => {
                if (!pending) run(() => assignThreadAction(mine ? { ...ref, release: true } : ref));
              }}
              className={`${ACTION} ${mine ? QUIET : "bg-brand-600 text-white hover:bg-brand-700"}`}
            >
              {mine ? "Unassign" : "Assign to me"}
            </button>
          )}
          <button
            type="button"
            aria-disabled={pending || undefined}
            onClick={() => {
              if (pending) return;
              run(
                () => markThreadUnreadAction(ref),
                () => {
                  // The list the person goes back to puts the focus on this conversation's row, now unread.
                  inboxReturn.returnTo(threadHref(thread));
                  router.push(inboxReturn.backHref());
                },
              );
            }}
            className={`${ACTION} ${QUIET}`}
          >
            Mark as unread
          </button>
        </div>
      </div>
      {problem && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
    </div>
  );
}
