import { formatThreadFilter, type ThreadFilter } from "@/lib/inbox/thread-filter";

const KEY = "inbox-address";
const FOCUS_KEY = "inbox-focus-row";

/** The Inbox's address with its filters, so a reload and a shared link show the same threads. */
export function inboxHref(filter: ThreadFilter): string {
  const only = formatThreadFilter(filter);
  return only ? `/inbox?only=${only}` : "/inbox";
}

/** Puts the filters in the address bar, which is where the list reads them from. */
export function showInAddress(filter: ThreadFilter) {
  // The App Router keeps its state, and useSearchParams, in sync with a native replaceState.
  window.history.replaceState(null, "", inboxHref(filter));
}

/**
 * Remembers the list's filters for this tab, so leaving a thread goes back to the list the person was working
 * through, not to every thread.
 */
export function rememberInboxHref(href: string) {
  try {
    sessionStorage.setItem(KEY, href);
  } catch {
    // Storage refused (private mode, full): the way back is then the unfiltered Inbox.
  }
}

/** Where "← Inbox" goes: the list as the person last filtered it in this tab. */
export function lastInboxHref(): string {
  try {
    const href = sessionStorage.getItem(KEY);
    return href?.startsWith("/inbox") ? href : "/inbox";
  } catch {
    return "/inbox";
  }
}

/** The conversation whose row takes the focus when the list next opens: the one the person left it for. */
export function returnFocusTo(threadHref: string) {
  try {
    sessionStorage.setItem(FOCUS_KEY, threadHref);
  } catch {
    // Storage refused: the list then opens with the focus at the top of the page, as any page does.
  }
}

/** The row to focus, once: a later visit to the list, by a link or a reload, starts at the top again. */
export function takeReturnFocus(): string | null {
  try {
    const href = sessionStorage.getItem(FOCUS_KEY);
    sessionStorage.removeItem(FOCUS_KEY);
    return href;
  } catch {
    return null;
  }
}
