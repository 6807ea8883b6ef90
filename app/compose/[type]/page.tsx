import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardedPage } from "@/components/auth/guarded-page";
import { ComposerSwitch } from "@/components/composer/composer-switch";
import { type ComposerSeed, ComposerSeedProvider } from "@/components/composer/shared/composer-seed";
import { ConnectlyTargetProvider } from "@/components/composer/shared/connectly-target";
import { connectlyTargetFromEnv } from "@/components/composer/shared/connectly-target-from-env";
import { TypeSwitcher } from "@/components/composer/shared/type-switcher";
import { LocalTime } from "@/components/ui/local-time";
import { database } from "@/lib/db";
import { getHistoryEntry } from "@/lib/db/queries";
import { env } from "@/lib/env";
import { isMessageType, MESSAGES, type MessageType } from "@/lib/messages/registry";

type Props = {
  params: Promise<{ type: string }>;
  searchParams: Promise<{ from?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { type } = await params;
  return { title: isMessageType(type) ? `Compose ${MESSAGES[type].heading}` : "Compose" };
}

/** "Edit as new": the composer opens filled with a request from history instead of the draft. */
async function seedFrom(type: MessageType, historyId: string | undefined): Promise<ComposerSeed & { sentAt?: Date }> {
  if (!historyId) return {};
  const entry = await getHistoryEntry(await database(), historyId);
  if (!entry || entry.messageType !== type) return {};
  return {
    values: MESSAGES[type].read(entry.request),
    origin: "Copied from the message sent",
    sentAt: entry.createdAt,
  };
}

export default guardedPage("/compose/[type]", async function ComposePage({ params, searchParams }: Props) {
  const { type } = await params;
  if (!isMessageType(type)) notFound();
  const { from } = await searchParams;
  const config = env();
  const seed = await seedFrom(type, from);
  return (
    <ConnectlyTargetProvider target={await connectlyTargetFromEnv()}>
      <TypeSwitcher current={type} />
      <h1 className="mb-1 text-xl font-semibold text-slate-900 dark:text-slate-100">
        Compose {MESSAGES[type].heading}
      </h1>
      {seed.origin ? (
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
          {seed.origin} {seed.sentAt && <LocalTime date={seed.sentAt} />}. Nothing is sent until you press Send.
        </p>
      ) : (
        <div className="mb-4" />
      )}
      <ComposerSeedProvider seed={seed}>
        <ComposerSwitch type={type} senders={config.senders} />
      </ComposerSeedProvider>
    </ConnectlyTargetProvider>
  );
});
