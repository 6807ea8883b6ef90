"use client";

import { windowState } from "@/lib/whatsapp/window";
import { useNow } from "./use-now";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The 24-hour window's time left, counting down as it passes; the same arithmetic as the composer's badge. */
export function WindowCountdown({
  lastInboundAt,
  compact = false,
}: {
  lastInboundAt: string | null;
  compact?: boolean;
}) {
  const now = useNow();
  if (now === null) return <span className="text-xs text-slate-400 dark:text-slate-500">…</span>;
  const window = windowState(lastInboundAt ? new Date(lastInboundAt) : null, new Date(now));
  if (window.state !== "open") {
    return (
      <span className="inline-flex items-center gap-1 rounded-full bg-slate-100 dark:bg-slate-800 px-2 py-0.5 text-xs font-medium text-slate-700 dark:text-slate-300">
        {/* Short for the list; the reply box below says the rest in the composer badge's words. */}
        {window.state === "closed" ? "Window closed" : "No message yet"}
      </span>
    );
  }
  const hours = Math.floor(window.remainingMs / HOUR);
  const minutes = Math.floor((window.remainingMs % HOUR) / MINUTE);
  const left = hours > 0 ? `${hours} h ${minutes} min` : minutes > 0 ? `${minutes} min` : "under a minute";
  const urgent = window.remainingMs < 2 * HOUR;
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ${
        urgent
          ? "bg-amber-100 dark:bg-amber-950 text-amber-900 dark:text-amber-100"
          : "bg-emerald-100 dark:bg-emerald-900 text-emerald-900 dark:text-emerald-100"
      }`}
    >
      {compact ? `${left} left` : `Window open, ${left} left`}
    </span>
  );
}
