/**
 * WhatsApp's 24-hour customer service window (reference/whatsapp-limits.md): each message from the customer opens
 * it for 24 hours with that business number; the business's own messages never extend it. Pure, so the server and
 * the composer's countdown agree.
 */

export const WINDOW_MS = 24 * 60 * 60 * 1000;

export type WindowState =
  | { state: "open"; closesAt: Date; remainingMs: number }
  | { state: "closed"; closedAt: Date; closedAgoMs: number }
  /** The customer never wrote (as far as this app has heard): for sending, the same as closed. */
  | { state: "unknown" };

/** What the windows endpoint answers; `checkedAt` is the server's clock, so the browser can correct its own. */
export interface WindowLookup {
  recipient: string;
  sender: string;
  lastInboundAt: string | null;
  checkedAt: string;
}

/** The window exactly 24 h after the last inbound message is already closed: WhatsApp refuses a send at that instant. */
export function windowState(lastInboundAt: Date | null, now: Date): WindowState {
  if (lastInboundAt === null) return { state: "unknown" };
  const closesAt = new Date(lastInboundAt.getTime() + WINDOW_MS);
  const remainingMs = closesAt.getTime() - now.getTime();
  if (remainingMs > 0) return { state: "open", closesAt, remainingMs };
  return { state: "closed", closedAt: closesAt, closedAgoMs: now.getTime() - closesAt.getTime() };
}

export function describeWindow(window: WindowState): string {
  switch (window.state) {
    case "open":
      return `Window open, ${remaining(window.remainingMs)} left`;
    case "closed":
      return `Window closed ${ago(window.closedAgoMs)}: only templates can be sent`;
    case "unknown":
      return "No message from this customer yet: only templates can be sent";
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Rounded down: a countdown that overstates the time left invites a send that then fails.
function remaining(ms: number): string {
  if (ms < MINUTE) return "less than a minute";
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

function ago(ms: number): string {
  if (ms < MINUTE) return "just now";
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min ago`;
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} h ago`;
  return `${Math.floor(ms / DAY)} days ago`;
}
