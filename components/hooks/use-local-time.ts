"use client";

import { useSyncExternalStore } from "react";

export type TimeFormat = "date-time" | "time";

const FORMATS: Record<TimeFormat, Intl.DateTimeFormatOptions> = {
  // The zone's name is part of the text: a time read off the screen and one in the CSV (UTC) can be told apart.
  "date-time": {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZoneName: "short",
  },
  // As WhatsApp stamps a bubble, and as the composer's preview clock reads.
  time: { hour: "2-digit", minute: "2-digit" },
};

/** The server's text: it cannot know the reader's zone, so it says UTC, and the browser replaces it once hydrated. */
export function utcText(iso: string, format: TimeFormat): string {
  const date = new Date(iso);
  if (format === "time") return `${date.toISOString().slice(11, 16)} UTC`;
  return `${date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })} UTC`;
}

export function localText(iso: string, format: TimeFormat): string {
  return new Date(iso).toLocaleString(undefined, FORMATS[format]);
}

// A time in the past never changes: nothing to subscribe to.
const subscribe = () => () => {};

/**
 * `iso` in the reader's own time zone and language. Hydration renders the server's text first (so the two never
 * disagree), then React re-renders with the browser's reading.
 */
export function useLocalTime(iso: string | undefined, format: TimeFormat): string {
  return useSyncExternalStore(
    subscribe,
    () => (iso ? localText(iso, format) : ""),
    () => (iso ? utcText(iso, format) : ""),
  );
}
