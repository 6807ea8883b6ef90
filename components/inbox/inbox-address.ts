import { formatThreadFilter, type ThreadFilter } from "@/lib/inbox/thread-filter";

const KEY = "inbox-address";

/** The Inbox's address with its filters, so a reload and a shared link show the same threads. */
export function inboxHref(filter: ThreadFilter): string {
  const only = formatThreadFilter(filter);
  return only ? `/inbox?only=${only}` : "/inbox";
}

/**
 * Puts the filters in the address bar and remembers them for this tab, so leaving a thread goes back to the list the
 * person was working through, not to every thread.
 */
export function showInAddress(filter: ThreadFilter) {
  const href = inboxHref(filter);
  // The App Router keeps its state in sync with a native replaceState.
  window.history.replaceState(null, "", href);
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
