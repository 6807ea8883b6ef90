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

export type NotOpen = Exclude<WindowState, { state: "open" }>;

/**
 * A window that is not open, in the words the composer's badge, the warnings above a reply and the question before a
 * session send all use, so one state never reads as two: what it is, and what it leaves for sending.
 */
export function notOpenWords(window: NotOpen): { headline: string; consequence: string } {
  return window.state === "closed"
    ? {
        headline: `Window closed ${ago(window.closedAgoMs)}`,
        consequence: "only a template can reach this customer until they write again",
      }
    : { headline: "No message from this customer yet", consequence: "only a template can start the conversation" };
}

export function describeWindow(window: WindowState): string {
  if (window.state === "open") return `Window open, ${remaining(window.remainingMs)} left`;
  const { headline, consequence } = notOpenWords(window);
  return `${headline}: ${consequence}`;
}

/** What a session message to a customer without an open window comes to, after describeWindow's words. */
export const SESSION_REFUSED = "Connectly will refuse this message.";

/** The question before such a send, in the badge's own words for the window it is about. */
export function closedWindowQuestion(window: NotOpen): string {
  return `${describeWindow(window)}. ${SESSION_REFUSED} Send a template instead?`;
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
