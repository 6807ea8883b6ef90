import type { Metadata } from "next";
import Link from "next/link";
import { guardedPage } from "@/components/auth/guarded-page";
import { InboxList } from "@/components/inbox/inbox-list";
import { allows, PAGE_RULES } from "@/lib/auth/rules";
import { inProcessSandbox } from "@/lib/connectly";
import { database } from "@/lib/db";
import { listThreads } from "@/lib/db/inbox";
import { parseThreadFilter } from "@/lib/inbox/thread-filter";
import { toListItems } from "@/lib/inbox/thread-items";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default guardedPage("/inbox", async function InboxPage({ searchParams }: Props, actor) {
  const only = parseThreadFilter((await searchParams).only);
  // In sandbox mode, opening the simulator is what brings the demo customers in on first run.
  await inProcessSandbox();
  const threads = await listThreads(await database(), actor.id, only);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-xl font-semibold text-slate-900 dark:text-slate-100">Inbox</h1>
        <p className="text-sm text-slate-500 dark:text-slate-400">
          Customers who wrote, newest first. It refreshes by itself.
        </p>
        {allows(PAGE_RULES["/settings/saved-replies"], actor.role) && (
          <Link
            href="/settings/saved-replies"
            className="ml-auto text-sm font-medium text-brand-700 dark:text-brand-300 underline"
          >
            Saved replies
          </Link>
        )}
      </div>
      <InboxList
        initial={{ threads: toListItems(threads), checkedAt: new Date().toISOString() }}
        initialFilter={only}
        me={actor.id}
      />
    </div>
  );
});
