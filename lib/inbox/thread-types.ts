import type { InboundContent } from "./inbound-content";

/**
 * What the browser receives about threads: plain JSON (dates as ISO strings), shared by the pages' first render and
 * the polled routes. Pure, so client components may import it.
 */

export interface ThreadRef {
  customer: string;
  /** '' when the customer's messages did not say which business number they wrote to. */
  businessNumber: string;
}

export interface ThreadListItem extends ThreadRef {
  customerName: string | null;
  last: { direction: "inbound" | "echo" | "outbound"; text: string } | null;
  lastActivityAt: string;
  /** When the customer last wrote (the 24-hour window's start); null if never, as far as this app knows. */
  lastInboundAt: string | null;
  unread: number;
  assignee: { id: string; name: string } | null;
}

export interface ThreadItem {
  /** Unique in the thread: "in:<inbox id>" or "out:<history id>". */
  key: string;
  direction: "inbound" | "echo" | "outbound";
  at: string;
  /** An inbound kind (text, attachment, button_reply…) or, outbound, the message type (text, list, template…). */
  kind: string;
  text: string | null;
  content?: InboundContent;
  /** Outbound: its status in history, its id there, and Connectly's reason for a failure. */
  status?: string;
  historyId?: string;
  error?: string | null;
  /** The message a button or list reply (or a reaction) answers, when it is in this thread. */
  replyTo?: { text: string; direction: "echo" | "outbound" | "inbound" } | null;
}

export interface ThreadData extends ThreadRef {
  customerName: string | null;
  items: ThreadItem[];
  lastInboundAt: string | null;
  assignee: { id: string; name: string } | null;
  checkedAt: string;
}

/**
 * The thread's address: the customer in the path, the business number in the query. A thread without a number
 * still says so (`?business=`), as an address naming only the customer opens their latest thread instead.
 */
export function threadHref(thread: ThreadRef): string {
  return `${customerHref(thread.customer)}?business=${encodeURIComponent(thread.businessNumber)}`;
}

/** The customer's latest thread, whichever business number it is with. */
export function customerHref(customer: string): string {
  return `/inbox/${encodeURIComponent(customer)}`;
}

export function threadQuery(thread: ThreadRef): string {
  return new URLSearchParams({ customer: thread.customer, business: thread.businessNumber }).toString();
}
