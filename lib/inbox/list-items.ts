import "server-only";
import type { ThreadSummary } from "@/lib/db/inbox";
import { templatesAtHand } from "./templates-at-hand";
import { toListItems } from "./thread-items";
import type { ThreadListItem } from "./thread-types";

/** The Inbox's rows, a template sent last read as its words: what the page renders and its polling receives. */
export function listItemsOf(threads: ThreadSummary[]): ThreadListItem[] {
  return toListItems(threads, templatesAtHand());
}
