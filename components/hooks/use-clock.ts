"use client";

import { useSyncExternalStore } from "react";

const format = () => new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

function subscribe(onChange: () => void) {
  const timer = setInterval(onChange, 30_000);
  return () => clearInterval(timer);
}

/** The time shown in the preview's bubbles; empty during server rendering so hydration never disagrees. */
export function useClock(): string {
  return useSyncExternalStore(subscribe, format, () => "");
}
