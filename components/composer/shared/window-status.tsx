"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { recipientKind } from "@/lib/messages/recipient";
import { describeWindow, type NotOpen, type WindowLookup, type WindowState, windowState } from "@/lib/whatsapp/window";

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

// The longest words each state can have (a closed window's "ago" only grows to a few digits), drawn unseen in the
// same place as the words shown, so the line is always as high as its longest state at this width.
const LONGEST: NotOpen[] = [
  { state: "closed", closedAt: new Date(0), closedAgoMs: 99 * 24 * 3_600_000 },
  { state: "unknown" },
];

/**
 * The customer's 24-hour window for the composer: open with the time left, or closed with a way to the template
 * composer. Until the recipient is a whole id it says it waits for one (`waitingId`, which a button beside it may
 * name as its reason). Its line keeps the height of its longest state, so a number pasted never moves Send.
 * Not a role="status": the composer's send result is.
 */
export function WindowStatus({
  recipient,
  sender = "",
  waitingId,
  simulates = false,
}: {
  recipient: string;
  sender?: string;
  waitingId?: string;
  /** A reply can be simulated beside it (sandbox mode): the words while it waits say when. */
  simulates?: boolean;
}) {
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
    const template = new URLSearchParams({ recipient: id });
    if (from) template.set("sender", from);
    content = <WindowWords state={state} templateHref={`/compose/template?${template}`} />;
  } else if (valid && query.isError) {
    content = (
      <span className="text-slate-600 dark:text-slate-400">Could not check the customer&apos;s 24-hour window.</span>
    );
  }

  // Shorter words sit in the middle of the line's height, where at a phone's width one line under two blank ones
  // read as a gap left by mistake between the window and the button under it.
  return (
    <div className="grid min-w-0 flex-auto text-sm [&>*]:col-start-1 [&>*]:row-start-1 [&>*]:self-center">
      {LONGEST.map((state) => (
        <span key={state.state} aria-hidden="true" className="invisible">
          <WindowWords state={state} ghost />
        </span>
      ))}
      {!valid && (
        <span id={waitingId} className="text-slate-600 dark:text-slate-400">
          {simulates
            ? "The 24-hour window shows, and a reply can be simulated, once the number is whole."
            : "The customer's 24-hour window shows here once the number is whole."}
        </span>
      )}
      <p aria-live="polite">{content}</p>
    </div>
  );
}

/**
 * A window's words, with a template link when it is not open. The unseen copies (`ghost`) draw theirs as CSS
 * content: the same boxes, wrapping alike, but no text for a search of the page, a screen reader or a test to find.
 */
function WindowWords({
  state,
  templateHref,
  ghost = false,
}: {
  state: WindowState;
  templateHref?: string;
  ghost?: boolean;
}) {
  const open = state.state === "open";
  const words = (text: string, className = "") =>
    ghost ? (
      <span data-words={text} className={`${className} before:content-[attr(data-words)]`} />
    ) : (
      <span className={className || undefined}>{text}</span>
    );
  // The dot hangs beside the first line of the words (mt-1.5 centres it on text-sm's), which wrap under themselves:
  // as a wrapping item of its own it took a whole line at a phone's width, which the line then kept for every state.
  return (
    <span
      className={`flex gap-x-2 ${open ? "text-emerald-800 dark:text-emerald-200" : "text-amber-900 dark:text-amber-100"}`}
    >
      <span
        aria-hidden="true"
        className={`mt-1.5 size-2 shrink-0 rounded-full ${open ? "bg-emerald-500" : "bg-amber-500"}`}
      />
      <span className="min-w-0">
        {words(describeWindow(state))}
        {!open && " "}
        {!open &&
          (templateHref ? (
            <Link className="whitespace-nowrap font-medium underline" href={templateHref}>
              Send a template instead
            </Link>
          ) : (
            words("Send a template instead", "whitespace-nowrap font-medium")
          ))}
      </span>
    </span>
  );
}
