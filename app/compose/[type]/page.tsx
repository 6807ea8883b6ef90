import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConnectlyTargetProvider } from "@/components/composer/connectly-target";
import { ComposerSwitch } from "@/components/composer/composer-switch";
import { env } from "@/lib/env";
import { MESSAGE_TYPES, type MessageType } from "@/lib/messages/request";

const TITLES: Record<MessageType, string> = {
  text: "Text",
  image: "Image",
  video: "Video",
  audio: "Audio",
  document: "Document",
  location: "Location",
  list: "List",
  buttons: "Reply buttons",
  product: "Product",
  products: "Products",
};

type Props = { params: Promise<{ type: string }> };

function isMessageType(value: string): value is MessageType {
  return (MESSAGE_TYPES as readonly string[]).includes(value);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { type } = await params;
  return { title: isMessageType(type) ? `Compose ${TITLES[type].toLowerCase()}` : "Compose" };
}

export default async function ComposePage({ params }: Props) {
  const { type } = await params;
  if (!isMessageType(type)) notFound();
  const config = env();
  return (
    <ConnectlyTargetProvider target={{ baseUrl: config.baseUrl, businessId: config.businessId }}>
      <h1 className="mb-4 text-xl font-semibold text-slate-900">Compose a {TITLES[type].toLowerCase()} message</h1>
      <ComposerSwitch type={type} senders={config.senders} />
    </ConnectlyTargetProvider>
  );
}
