"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { formatThreadFilter, parseThreadFilter, THREAD_FILTERS, type ThreadFilter } from "@/lib/inbox/thread-filter";
import type { ThreadListItem } from "@/lib/inbox/thread-types";
import { windowState } from "@/lib/whatsapp/window";
import { inboxHref, inboxReturn, showInAddress } from "./inbox-address";
import { ThreadRow } from "./thread-row";
import { useListKeys } from "./use-list-keys";

export interface InboxSnapshot {
  threads: ThreadListItem[];
  checkedAt: string;
}

export const INBOX_QUERY_KEY = ["inbox"] as const;
const POLL_MS = 5_000;

async function fetchInbox(only: string): Promise<InboxSnapshot> {
  const response = await fetch(only ? `/api/inbox?only=${only}` : "/api/inbox", { cache: "no-store" });
  if (!response.ok) throw new Error(`The Inbox could not be refreshed (HTTP ${response.status}).`);
  return (await response.json()) as InboxSnapshot;
}

/**
 * The Inbox: conversations newest first, polled every 5 s; j and k move between them, Enter opens one. The server
 * filters over every thread; while it answers a change of filters, the threads already here are filtered the same
 * way, so a click shows its effect at once.
 */
export function InboxList({
  initial,
  initialFilter,
  me,
}: {
  initial: InboxSnapshot;
  initialFilter: ThreadFilter;
  me: string;
}) {
  // The address is the filters' home: a link, Back and the header's Inbox link all change it. A click changes them
  // here at once too, as the router hands the rewritten address back a render later.
  const address = formatThreadFilter(parseThreadFilter(useSearchParams().get("only")));
  const [filter, setFilter] = useState(() => parseThreadFilter(address));
  const [seenAddress, setSeenAddress] = useState(address);
  if (address !== seenAddress) {
    setSeenAddress(address);
    setFilter(parseThreadFilter(address));
  }
  const only = formatThreadFilter(filter);
  const initialOnly = formatThreadFilter(initialFilter);
  const { data, error, isPlaceholderData } = useQuery({
    queryKey: [...INBOX_QUERY_KEY, only],
    queryFn: () => fetchInbox(only),
    initialData: () => (only === initialOnly ? initial : undefined),
    // Back can bring the page's first answer back long after: its age, not the moment it is shown, says how fresh.
    initialDataUpdatedAt: () => Date.parse(initial.checkedAt),
    placeholderData: keepPreviousData,
    refetchInterval: POLL_MS,
  });
  const href = inboxHref(filter);
  useEffect(() => inboxReturn.remember(href), [href]);
  const list = useListKeys();
  // Back from a conversation (its "← Inbox" or Mark as unread), the focus is on its row, as it was before Enter.
  useEffect(() => {
    inboxReturn.focusReturned(list.current?.querySelectorAll<HTMLAnchorElement>("a[data-thread-link]") ?? []);
  }, [list]);
  // The server's answer for these filters is filtered already. Until it comes (or when it failed), what is here from
  // other filters is filtered in the browser; only then, so the first render (on the server and again in the browser)
  // never depends on the clock.
  const answered = data !== undefined && !isPlaceholderData;
  const snapshot = data ?? initial;
  const shown = !answered
    ? snapshot.threads.filter(
        (thread) =>
          (!filter.open ||
            windowState(thread.lastInboundAt ? new Date(thread.lastInboundAt) : null, new Date()).state === "open") &&
          (!filter.unread || thread.unread > 0) &&
          (!filter.mine || thread.assignee?.id === me),
      )
    : snapshot.threads;
  const unread = shown.reduce((sum, thread) => sum + (thread.unread > 0 ? 1 : 0), 0);
  const summary = only
    ? `${shown.length} shown, ${unread} with unread messages`
    : unread === 0
      ? "All read"
      : `${unread} with unread messages`;

  return (
    <div className="space-y-4">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="sr-only">Show only</legend>
        {THREAD_FILTERS.map(({ value, label }) => (
          <label
            key={value}
            className="inline-flex cursor-pointer items-center gap-2 rounded-full border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-3 py-1 text-sm text-slate-700 dark:text-slate-300 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:has-[:checked]:bg-brand-950 has-[:checked]:text-brand-800 dark:has-[:checked]:text-brand-200"
          >
            <input
              type="checkbox"
              className="accent-brand-600"
              checked={Boolean(filter[value])}
              onChange={(event) => {
                const next = { ...filter, [value]: event.target.checked };
                setFilter(next);
                showInAddress(next);
              }}
            />
            {label}
          </label>
        ))}
        <span className="ml-auto text-xs text-slate-500 dark:text-slate-400">
          {summary} · <kbd className="font-mono">j</kbd>/<kbd className="font-mono">k</kbd> to move
        </span>
      </fieldset>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error.message} Showing what was last received.
        </p>
      )}
      {shown.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 p-10 text-center text-sm text-slate-600 dark:text-slate-400">
          {!answered && !error
            ? "Looking through every conversation…"
            : !only
              ? "No customer has written yet. Their messages arrive here through Connectly's messages webhook."
              : "No conversation matches these filters."}
        </div>
      ) : (
        <ul ref={list} aria-label="Conversations" aria-busy={!answered} className="space-y-2">
          {shown.map((thread) => (
            <li key={`${thread.customer} ${thread.businessNumber}`}>
              <ThreadRow thread={thread} me={me} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
