"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { recipientKind } from "@/lib/messages/recipient";
import { describeWindow, type WindowLookup, windowState } from "@/lib/whatsapp/window";

/** What the badge keeps from a lookup: when the customer last wrote, and how far the browser's clock is off. */
export interface CustomerWindowData {
  lastInboundAt: number | null;
  clockOffsetMs: number;
}

export const windowQueryKey = (recipient: string, sender: string) => ["customer-window", recipient, sender] as const;

export async function fetchWindow(recipient: string, sender: string): Promise<CustomerWindowData> {
  const params = new URLSearchParams({ recipient });
  if (sender) params.set("sender", sender);
  const response = await fetch(`/api/windows?${params}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`The window lookup answered HTTP ${response.status}`);
  const lookup = (await response.json()) as WindowLookup;
  return {
    lastInboundAt: lookup.lastInboundAt === null ? null : Date.parse(lookup.lastInboundAt),
    // Counted against the server's clock, so a browser clock that is minutes off does not misstate the time left.
    clockOffsetMs: Date.parse(lookup.checkedAt) - Date.now(),
  };
}

function useMinuteTick(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The customer's 24-hour window for the composer: open with the time left, or closed with a way to the template
 * composer. Shows nothing until the recipient is a whole id. Not a role="status": the composer's send result is.
 */
export function WindowStatus({ recipient, sender = "" }: { recipient: string; sender?: string }) {
  const id = recipient.trim();
  const from = sender.trim();
  const valid = recipientKind(id) !== null;
  const query = useQuery({
    queryKey: windowQueryKey(id, from),
    queryFn: () => fetchWindow(id, from),
    enabled: valid,
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
  const tick = useMinuteTick();

  let content = null;
  if (valid && query.data) {
    const { lastInboundAt, clockOffsetMs } = query.data;
    // A fresh answer is newer than the last tick: count from whichever is later.
    const now = new Date(Math.max(tick, query.dataUpdatedAt) + clockOffsetMs);
    const state = windowState(lastInboundAt === null ? null : new Date(lastInboundAt), now);
    const open = state.state === "open";
    const template = new URLSearchParams({ recipient: id });
    if (from) template.set("sender", from);
    content = (
      <span
        className={`inline-flex flex-wrap items-center gap-x-2 ${open ? "text-emerald-800 dark:text-emerald-200" : "text-amber-900 dark:text-amber-100"}`}
      >
        <span aria-hidden="true" className={`size-2 rounded-full ${open ? "bg-emerald-500" : "bg-amber-500"}`} />
        <span>{describeWindow(state)}</span>
        {!open && (
          <Link className="font-medium underline" href={`/compose/template?${template}`}>
            Send a template instead
          </Link>
        )}
      </span>
    );
  } else if (valid && query.isError) {
    content = (
      <span className="text-slate-600 dark:text-slate-400">Could not check the customer&apos;s 24-hour window.</span>
    );
  }

  return (
    <p aria-live="polite" className="text-sm">
      {content}
    </p>
  );
}
