import type { Metadata } from "next";
import Link from "next/link";
import { HistoryTable } from "@/components/history/history-table";
import { database } from "@/lib/db";
import { listHistory } from "@/lib/db/queries";

export const metadata: Metadata = { title: "History" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ before?: string }> };

export default async function HistoryPage({ searchParams }: Props) {
  const { before } = await searchParams;
  const db = await database();
  const { entries, nextCursor } = await listHistory(db, { before: before || undefined, limit: 50 });
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="text-xl font-semibold text-slate-900">History</h1>
        <p className="text-sm text-slate-500">Every send attempt, newest first.</p>
      </div>
      {entries.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {before ? "No older messages." : "Nothing has been sent yet."}{" "}
          <Link href="/compose/text" className="font-medium text-brand-700 underline">
            Compose a message
          </Link>
        </div>
      ) : (
        <HistoryTable entries={entries} />
      )}
      <nav aria-label="Pages" className="flex justify-between text-sm">
        {before ? (
          <Link href="/history" className="font-medium text-brand-700 underline">
            Newest
          </Link>
        ) : (
          <span />
        )}
        {nextCursor && (
          <Link href={`/history?before=${encodeURIComponent(nextCursor)}`} className="font-medium text-brand-700 underline">
            Older messages
          </Link>
        )}
      </nav>
    </div>
  );
}
