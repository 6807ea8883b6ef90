import type { Metadata } from "next";
import Link from "next/link";
import { guardedPage } from "@/components/auth/guarded-page";
import { AutoRefresh } from "@/components/history/auto-refresh";
import { EmptyHistory } from "@/components/history/empty-history";
import { FocusResults } from "@/components/history/focus-results";
import { HistoryCards } from "@/components/history/history-cards";
import { HISTORY_FILTERS_ID, HistoryFilters } from "@/components/history/history-filters";
import { HistoryTable } from "@/components/history/history-table";
import { ReturnToRow } from "@/components/history/return-to-row";
import { FINAL_STATUSES } from "@/components/history/status-badge";
import { memberNames } from "@/lib/auth/members";
import { allows, PAGE_RULES } from "@/lib/auth/rules";
import { database } from "@/lib/db";
import { customerNamesOf } from "@/lib/db/customer-names";
import { listHistory } from "@/lib/db/queries";
import { env } from "@/lib/env";
import { FILTER_KEYS, type HistoryFilterValues, historyFilterFrom } from "@/lib/history/filter-params";

export const metadata: Metadata = { title: "History" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function query(values: HistoryFilterValues, before?: string): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (values[key]) params.set(key, values[key]);
  if (before) params.set("before", before);
  const text = params.toString();
  return text ? `?${text}` : "";
}

const EXPORT =
  "ml-auto shrink-0 rounded-md border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-3 py-1.5 text-sm font-medium";

export default guardedPage("/history", async function HistoryPage({ searchParams }: Props, actor) {
  const params = await searchParams;
  const before = stringParam(params.before) || undefined;
  const values = Object.fromEntries(FILTER_KEYS.map((key) => [key, stringParam(params[key])])) as HistoryFilterValues;
  const db = await database();
  const people = await memberNames(db);
  const filter = historyFilterFrom(values, env().defaultCountry);
  const { entries, nextCursor } = await listHistory(db, {
    before,
    limit: 50,
    ...filter,
  });
  const names = await customerNamesOf(
    db,
    entries.map((entry) => entry.recipient),
  );
  const moving = entries.filter((e) => !FINAL_STATUSES.has(e.status)).map((e) => ({ id: e.id, status: e.status }));
  const otherFilters = Boolean(filter.status || filter.messageType || filter.recipient || filter.sentBy);
  const filtered = otherFilters || Boolean(filter.search);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-2">
        <h1 className="text-xl font-semibold text-slate-900 dark:text-slate-100">History</h1>
        <p className="text-sm text-slate-500 dark:text-slate-400">
          Every send attempt, newest first. Statuses update as Connectly reports them.
        </p>
        {entries.length > 0 || before ? (
          <a
            href={`/api/history/export${query(values)}`}
            download
            className={`${EXPORT} text-slate-700 dark:text-slate-300 hover:bg-slate-50 dark:hover:bg-slate-800`}
          >
            {filtered ? "Export these as CSV" : "Export CSV"}
          </a>
        ) : (
          // Nothing listed, nothing to export (the file would hold only its header row); kept in place, so the
          // filters do not move up when a search finds nothing.
          <span aria-disabled="true" className={`${EXPORT} cursor-not-allowed text-slate-500 dark:text-slate-400`}>
            Export CSV
          </span>
        )}
      </div>
      <HistoryFilters values={values} people={people} />
      <section id="history-results" aria-label="Results" tabIndex={-1} className="space-y-4 rounded-lg">
        {entries.length === 0 ? (
          <EmptyHistory
            search={filter.search ? values.q?.trim() : undefined}
            filtered={otherFilters}
            paged={Boolean(before)}
            canCompose={allows(PAGE_RULES["/compose/[type]"], actor.role)}
            clearSearchHref={`/history${query({ ...values, q: undefined })}`}
          />
        ) : (
          <>
            <HistoryTable entries={entries} people={people} names={names} />
            <HistoryCards entries={entries} people={people} names={names} />
          </>
        )}
      </section>
      <FocusResults formId={HISTORY_FILTERS_ID} resultsId="history-results" />
      <ReturnToRow />
      <AutoRefresh entries={moving} />
      <nav aria-label="Pages" className="flex justify-between text-sm">
        {before ? (
          <Link href={`/history${query(values)}`} className="font-medium text-brand-700 dark:text-brand-300 underline">
            Newest
          </Link>
        ) : (
          <span />
        )}
        {nextCursor && (
          <Link
            href={`/history${query(values, nextCursor)}`}
            className="font-medium text-brand-700 dark:text-brand-300 underline"
          >
            Older messages
          </Link>
        )}
      </nav>
    </div>
  );
});

// A parameter given twice arrives as an array; the first one counts.
function stringParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
