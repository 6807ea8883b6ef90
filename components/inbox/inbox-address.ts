import { listReturn } from "@/components/hooks/list-return";
import { formatThreadFilter, type ThreadFilter } from "@/lib/inbox/thread-filter";

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

/** The way back from a conversation to the list as the person left it, with the focus on its row. */
export const inboxReturn = listReturn("inbox");
