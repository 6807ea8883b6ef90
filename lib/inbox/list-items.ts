import "server-only";
import type { ThreadSummary } from "@/lib/db/inbox";
import { templatesAtHand } from "./templates-at-hand";
import { toListItems } from "./thread-items";
import type { ThreadListItem } from "./thread-types";

/** The Inbox's rows, a template sent last read as its words: what the page renders and its polling receives. */
export async function listItemsOf(threads: ThreadSummary[]): Promise<ThreadListItem[]> {
  const needed = threads.some((thread) => thread.last?.direction === "outbound" && thread.last.kind === "template");
  return toListItems(threads, await templatesAtHand(needed));
}
