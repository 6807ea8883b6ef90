import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { guardedPage } from "@/components/auth/guarded-page";
import { ConnectlyTargetProvider } from "@/components/composer/shared/connectly-target";
import { connectlyTargetFromEnv } from "@/components/composer/shared/connectly-target-from-env";
import { ThreadView } from "@/components/inbox/thread-view";
import { allows, PAGE_RULES } from "@/lib/auth/rules";
import { inProcessSandbox } from "@/lib/connectly";
import { database } from "@/lib/db";
import { latestBusinessNumberOf } from "@/lib/db/inbox";
import { listSavedReplies } from "@/lib/db/saved-replies";
import { env } from "@/lib/env";
import { loadThreadData } from "@/lib/inbox/load-thread";
import { parseThreadRef } from "@/lib/inbox/thread-input";
import { threadHref } from "@/lib/inbox/thread-types";
import { COMPOSER_TYPE_LABELS, MESSAGE_TYPES } from "@/lib/messages/registry";
import { loadTemplates } from "@/lib/templates/load";

export const metadata: Metadata = { title: "Conversation" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ customer: string }>;
  searchParams: Promise<{ business?: string | string[] }>;
};

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** One customer's conversation with one business number: both directions, and the reply composer under it. */
export default guardedPage("/inbox/[customer]", async function ThreadPage({ params, searchParams }: Props, actor) {
  const { customer } = await params;
  const { business } = await searchParams;
  const thread = parseThreadRef({
    customer: decoded(customer),
    businessNumber: (Array.isArray(business) ? business[0] : business) ?? "",
  });
  if (!thread) notFound();
  const config = env();
  await inProcessSandbox();
  const db = await database();
  // A link that names only the customer (history's, for a send from the default number) opens their latest thread,
  // at its own address, also one without a number: a reload or a copied link then stays in this conversation.
  if (business === undefined) {
    const latest = await latestBusinessNumberOf(db, thread.customer);
    if (latest !== null) redirect(threadHref({ customer: thread.customer, businessNumber: latest }));
  }
  const canSend = allows(PAGE_RULES["/compose/[type]"], actor.role);
  const [data, templates, savedReplies] = await Promise.all([
    loadThreadData(db, thread),
    canSend ? loadTemplates() : null,
    canSend ? listSavedReplies(db) : [],
  ]);
  const choices = [...MESSAGE_TYPES, "template" as const].map((type) => ({ type, label: COMPOSER_TYPE_LABELS[type] }));
  return (
    <ConnectlyTargetProvider target={await connectlyTargetFromEnv()}>
      <ThreadView
        initial={data}
        me={actor.id}
        canSend={canSend}
        sandbox={config.mode === "sandbox"}
        senders={config.senders}
        choices={choices}
        templates={{
          catalog: templates?.ok ? templates.catalog : null,
          loadError: templates && !templates.ok ? templates.error : null,
        }}
        savedReplies={savedReplies}
      />
    </ConnectlyTargetProvider>
  );
});
