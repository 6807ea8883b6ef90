/** Times in the Inbox, in the person's own time zone and language (rendered in the browser only). */

const DAY_MS = 24 * 60 * 60 * 1000;

/** "14:05" today, "Mon" within the week, else "3 Dec". */
export function shortTime(iso: string, now: number): string {
  const date = new Date(iso);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) {
    return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }
  if (now - date.getTime() < 6 * DAY_MS) return date.toLocaleDateString([], { weekday: "short" });
  return date.toLocaleDateString([], { day: "numeric", month: "short" });
}

export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/** The day separator's words: Today, Yesterday, or the date. */
export function dayLabel(iso: string, now: number): string {
  const date = new Date(iso);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) return "Today";
  if (date.toDateString() === new Date(now - DAY_MS).toDateString()) return "Yesterday";
  return date.toLocaleDateString([], { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

export function dayOf(iso: string): string {
  return new Date(iso).toDateString();
}
