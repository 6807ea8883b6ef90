import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardedPage } from "@/components/auth/guarded-page";
import { type ComposerSeed, ComposerSeedProvider } from "@/components/composer/composer-seed";
import { ComposerSwitch } from "@/components/composer/composer-switch";
import { ConnectlyTargetProvider } from "@/components/composer/connectly-target";
import { TypeSwitcher } from "@/components/composer/type-switcher";
import { database } from "@/lib/db";
import { getHistoryEntry } from "@/lib/db/queries";
import { env } from "@/lib/env";
import { valuesFromRequest } from "@/lib/messages/from-request";
import { MESSAGE_TYPES, type MessageType } from "@/lib/messages/request";

const HEADINGS: Record<MessageType, string> = {
  text: "a text message",
  image: "an image",
  video: "a video",
  audio: "an audio message",
  document: "a document",
  location: "a location",
  list: "a list message",
  buttons: "a reply-buttons message",
  product: "a product message",
  products: "a multi-product message",
};

type Props = {
  params: Promise<{ type: string }>;
  searchParams: Promise<{ from?: string }>;
};

function isMessageType(value: string): value is MessageType {
  return (MESSAGE_TYPES as readonly string[]).includes(value);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { type } = await params;
  return { title: isMessageType(type) ? `Compose ${HEADINGS[type]}` : "Compose" };
}

/** "Edit as new": the composer opens filled with a request from history instead of the draft. */
async function seedFrom(type: MessageType, historyId: string | undefined): Promise<ComposerSeed> {
  if (!historyId) return {};
  const entry = await getHistoryEntry(await database(), historyId);
  if (!entry || entry.messageType !== type) return {};
  return {
    values: valuesFromRequest(type, entry.request),
    origin: `Copied from the message sent ${entry.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
  };
}

export default guardedPage("/compose/[type]", async function ComposePage({ params, searchParams }: Props) {
  const { type } = await params;
  if (!isMessageType(type)) notFound();
  const { from } = await searchParams;
  const config = env();
  const seed = await seedFrom(type, from);
  return (
    <ConnectlyTargetProvider
      target={{ baseUrl: config.baseUrl, businessId: config.businessId, sandbox: config.mode === "sandbox" }}
    >
      <TypeSwitcher current={type} />
      <h1 className="mb-1 text-xl font-semibold text-slate-900">Compose {HEADINGS[type]}</h1>
      {seed.origin ? (
        <p className="mb-4 text-sm text-slate-600">{seed.origin}. Nothing is sent until you press Send.</p>
      ) : (
        <div className="mb-4" />
      )}
      <ComposerSeedProvider seed={seed}>
        <ComposerSwitch type={type} senders={config.senders} />
      </ComposerSeedProvider>
    </ConnectlyTargetProvider>
  );
});
