"use client";

import { useSyncExternalStore } from "react";

// Built once: React reads the snapshot on every render of every bubble, and toLocaleTimeString with options builds a
// new formatter per call.
const TIME = new Intl.DateTimeFormat([], { hour: "2-digit", minute: "2-digit" });
const format = () => TIME.format(new Date());

function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, 30_000);
  return () => clearInterval(timer);
}

/** The time shown in the preview's bubbles; empty during server rendering so hydration never disagrees. */
export function useClock(): string {
  return useSyncExternalStore(subscribe, format, () => "");
}
