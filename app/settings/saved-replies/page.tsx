import type { Metadata } from "next";
import { guardedPage } from "@/components/auth/guarded-page";
import { SavedRepliesList } from "@/components/saved-replies/saved-replies-list";
import { SavedReplyForm } from "@/components/saved-replies/saved-reply-form";
import { database } from "@/lib/db";
import { listSavedReplies } from "@/lib/db/saved-replies";

export const metadata: Metadata = { title: "Saved replies" };
export const dynamic = "force-dynamic";

/** The team's named snippets, which "/" lists in a conversation's message text. */
export default guardedPage("/settings/saved-replies", async function SavedRepliesPage() {
  const replies = await listSavedReplies(await database());
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <h1 className="text-xl font-semibold text-slate-900 dark:text-slate-100">Saved replies</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Shared by Admins and Agents. In a conversation, type "/" in the message text to pick one.
        </p>
      </div>
      <section
        aria-labelledby="add-heading"
        className="space-y-3 rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-4"
      >
        <h2 id="add-heading" className="text-base font-semibold text-slate-900 dark:text-slate-100">
          Add a saved reply
        </h2>
        <SavedReplyForm replies={replies} />
      </section>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-base font-semibold text-slate-900 dark:text-slate-100">
          Your team's replies
        </h2>
        <SavedRepliesList replies={replies} />
      </section>
    </div>
  );
});
