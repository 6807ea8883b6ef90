/**
 * The Inbox's "Show only" filters, as the page's address and GET /api/inbox carry them (`?only=unread,mine`). Applied
 * by the server to every thread before the newest 200 that pass are chosen, so an old unread or assigned thread is
 * listed once newer ones are dealt with. Pure, so the list can build the address it asks for.
 */

export const THREAD_FILTERS = [
  { value: "open", label: "Window open" },
  { value: "unread", label: "Unread" },
  { value: "mine", label: "Assigned to me" },
] as const;

export type ThreadFilterName = (typeof THREAD_FILTERS)[number]["value"];
export type ThreadFilter = Partial<Record<ThreadFilterName, boolean>>;

const NAMES = new Set<string>(THREAD_FILTERS.map((filter) => filter.value));

/** Unknown names are dropped: an old or hand-edited link still opens the Inbox. */
export function parseThreadFilter(only: string | string[] | null | undefined): ThreadFilter {
  const names = (Array.isArray(only) ? only.join(",") : (only ?? "")).split(",");
  return Object.fromEntries(names.filter((name) => NAMES.has(name)).map((name) => [name, true]));
}

/** The `only` parameter's value, in the filters' own order so one set of filters has one address; '' for none. */
export function formatThreadFilter(filter: ThreadFilter): string {
  return THREAD_FILTERS.filter(({ value }) => filter[value])
    .map(({ value }) => value)
    .join(",");
}
