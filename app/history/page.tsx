import type { Metadata } from "next";
import Link from "next/link";
import { guardedPage } from "@/components/auth/guarded-page";
import { AutoRefresh } from "@/components/history/auto-refresh";
import { HistoryFilters, type HistoryFilterValues } from "@/components/history/history-filters";
import { HistoryTable } from "@/components/history/history-table";
import { FINAL_STATUSES } from "@/components/history/status-badge";
import { memberNames } from "@/lib/auth/members";
import { database } from "@/lib/db";
import { type HistoryFilter, listHistory } from "@/lib/db/queries";
import { type HistoryMessageType, MESSAGE_STATUSES, type MessageStatus } from "@/lib/db/schema";
import { MESSAGE_TYPES } from "@/lib/messages/registry";

export const metadata: Metadata = { title: "History" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<HistoryFilterValues & { before?: string }> };

function toFilter(values: HistoryFilterValues, people: Map<string, string>): HistoryFilter {
  const types: readonly string[] = [...MESSAGE_TYPES, "template"];
  return {
    status: (MESSAGE_STATUSES as readonly string[]).includes(values.status ?? "")
      ? (values.status as MessageStatus)
      : undefined,
    messageType: types.includes(values.type ?? "") ? (values.type as HistoryMessageType) : undefined,
    recipient: values.recipient?.trim() || undefined,
    sentBy: values.sentBy && people.has(values.sentBy) ? values.sentBy : undefined,
  };
}

function pageHref(values: HistoryFilterValues, before?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, before })) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/history?${query}` : "/history";
}

export default guardedPage("/history", async function HistoryPage({ searchParams }: Props) {
  const { before, ...values } = await searchParams;
  const db = await database();
  const people = await memberNames(db);
  const filter = toFilter(values, people);
  const { entries, nextCursor } = await listHistory(db, {
    before: before || undefined,
    limit: 50,
    ...filter,
  });
  const moving = entries.filter((e) => !FINAL_STATUSES.has(e.status)).map((e) => ({ id: e.id, status: e.status }));
  const filtered = Boolean(filter.status || filter.messageType || filter.recipient || filter.sentBy);
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="text-xl font-semibold text-slate-900">History</h1>
        <p className="text-sm text-slate-500">
          Every send attempt, newest first. Statuses update as Connectly reports them.
        </p>
      </div>
      <HistoryFilters values={values} people={people} />
      {entries.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {filtered ? "No messages match these filters." : before ? "No older messages." : "Nothing has been sent yet."}{" "}
          <Link href="/compose/text" className="font-medium text-brand-700 underline">
            Compose a message
          </Link>
        </div>
      ) : (
        <HistoryTable entries={entries} people={people} />
      )}
      <AutoRefresh entries={moving} />
      <nav aria-label="Pages" className="flex justify-between text-sm">
        {before ? (
          <Link href={pageHref(values)} className="font-medium text-brand-700 underline">
            Newest
          </Link>
        ) : (
          <span />
        )}
        {nextCursor && (
          <Link href={pageHref(values, nextCursor)} className="font-medium text-brand-700 underline">
            Older messages
          </Link>
        )}
      </nav>
    </div>
  );
});
