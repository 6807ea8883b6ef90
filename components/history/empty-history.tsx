import Link from "next/link";

const linkClass = "font-medium text-brand-700 dark:text-brand-300 underline";

/**
 * What the results say when there are none, with the way on that fits why: out of a search or filters that found
 * nothing (staying on /history), back to the newest page past the last one, and to the composer only when nothing
 * has been sent at all. `clearSearchHref` is the page with the other filters kept.
 */
export function EmptyHistory({
  search,
  filtered,
  paged,
  canCompose,
  clearSearchHref,
}: {
  /** The search as typed, when there is one. */
  search?: string;
  /** Whether any filter other than the search is set. */
  filtered: boolean;
  /** Whether this is an older page (`before`). */
  paged: boolean;
  canCompose: boolean;
  clearSearchHref: string;
}) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 p-10 text-center text-sm text-slate-600 dark:text-slate-400">
      <p>{summary(search, filtered, paged)}</p>
      <p className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-2">
        {search ? (
          <Link href={clearSearchHref} className={linkClass}>
            Clear search
          </Link>
        ) : null}
        {filtered ? (
          <Link href="/history" className={linkClass}>
            Clear filters
          </Link>
        ) : null}
        {!search && !filtered && paged ? (
          <Link href="/history" className={linkClass}>
            Newest messages
          </Link>
        ) : null}
        {!search && !filtered && !paged && canCompose ? (
          <Link href="/compose/text" className={linkClass}>
            Compose a message
          </Link>
        ) : null}
      </p>
    </div>
  );
}

function summary(search: string | undefined, filtered: boolean, paged: boolean): string {
  const older = paged ? " older" : "";
  if (search && filtered) return `No${older} messages match “${search}” with these filters.`;
  if (search) return `No${older} messages match “${search}”.`;
  if (filtered) return `No${older} messages match these filters.`;
  return paged ? "No older messages." : "Nothing has been sent yet.";
}
