"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ThreadListItem } from "@/lib/inbox/thread-types";
import { windowState } from "@/lib/whatsapp/window";
import { ThreadRow } from "./thread-row";
import { useListKeys } from "./use-list-keys";

export interface InboxSnapshot {
  threads: ThreadListItem[];
  checkedAt: string;
}

export const INBOX_QUERY_KEY = ["inbox"] as const;
const POLL_MS = 5_000;

async function fetchInbox(): Promise<InboxSnapshot> {
  const response = await fetch("/api/inbox", { cache: "no-store" });
  if (!response.ok) throw new Error(`The Inbox could not be refreshed (HTTP ${response.status}).`);
  return (await response.json()) as InboxSnapshot;
}

type Filter = "open" | "unread" | "mine";
const FILTERS: { value: Filter; label: string }[] = [
  { value: "open", label: "Window open" },
  { value: "unread", label: "Unread" },
  { value: "mine", label: "Assigned to me" },
];

/** The Inbox: conversations newest first, polled every 5 s; j and k move between them, Enter opens one. */
export function InboxList({ initial, me }: { initial: InboxSnapshot; me: string }) {
  const { data, error } = useQuery({
    queryKey: INBOX_QUERY_KEY,
    queryFn: fetchInbox,
    initialData: initial,
    refetchInterval: POLL_MS,
  });
  const [filters, setFilters] = useState<Set<Filter>>(new Set());
  const list = useListKeys();
  const now = Date.now();
  const shown = data.threads.filter(
    (thread) =>
      (!filters.has("open") ||
        windowState(thread.lastInboundAt ? new Date(thread.lastInboundAt) : null, new Date(now)).state === "open") &&
      (!filters.has("unread") || thread.unread > 0) &&
      (!filters.has("mine") || thread.assignee?.id === me),
  );
  const unread = data.threads.reduce((sum, thread) => sum + (thread.unread > 0 ? 1 : 0), 0);

  return (
    <div className="space-y-4">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="sr-only">Show only</legend>
        {FILTERS.map(({ value, label }) => (
          <label
            key={value}
            className="inline-flex cursor-pointer items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-700 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-800"
          >
            <input
              type="checkbox"
              className="accent-brand-600"
              checked={filters.has(value)}
              onChange={(event) => {
                const next = new Set(filters);
                if (event.target.checked) next.add(value);
                else next.delete(value);
                setFilters(next);
              }}
            />
            {label}
          </label>
        ))}
        <span className="ml-auto text-xs text-slate-500">
          {unread === 0 ? "All read" : `${unread} with unread messages`} · <kbd className="font-mono">j</kbd>/
          <kbd className="font-mono">k</kbd> to move
        </span>
      </fieldset>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error.message} Showing what was last received.
        </p>
      )}
      {shown.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {data.threads.length === 0
            ? "No customer has written yet. Their messages arrive here through Connectly's messages webhook."
            : "No conversation matches these filters."}
        </div>
      ) : (
        <ul ref={list} aria-label="Conversations" className="space-y-2">
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
