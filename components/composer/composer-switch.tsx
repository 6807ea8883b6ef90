"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { MessageType } from "@/lib/messages/registry";
import type { MessageParts } from "./shared/message-parts";
import { SessionComposer } from "./shared/session-composer";

interface ComposerProps<T extends MessageType = MessageType> {
  type: T;
  senders: string[];
}

/** The parts of each type whose chunk has arrived; a type's composer renders only after its loader filled them. */
const loaded: { [T in MessageType]?: MessageParts<T> } = {};

function LoadedComposer<T extends MessageType>({ type, senders }: ComposerProps<T>) {
  const parts = loaded[type];
  if (!parts) throw new Error(`The ${type} composer rendered before its chunk loaded.`);
  return <SessionComposer type={type} senders={senders} {...parts} />;
}

function composer<T extends MessageType>(type: T, parts: MessageParts<T>) {
  Object.assign(loaded, { [type]: parts });
  return LoadedComposer;
}

/**
 * Each message type's composer module: its descriptor, fields and preview. Every entry is its own chunk, so a route
 * loads only the schema, fields and preview of its own message type; one import per entry, as next/dynamic
 * preloads only that one in the page's HTML.
 */
const COMPOSERS: Record<MessageType, ComponentType<ComposerProps>> = {
  text: dynamic(() => import("./text/text-parts").then((m) => composer("text", m.textParts))),
  image: dynamic(() => import("./attachment/attachment-parts").then((m) => composer("image", m.attachmentParts.image))),
  video: dynamic(() => import("./attachment/attachment-parts").then((m) => composer("video", m.attachmentParts.video))),
  audio: dynamic(() => import("./attachment/attachment-parts").then((m) => composer("audio", m.attachmentParts.audio))),
  document: dynamic(() =>
    import("./attachment/attachment-parts").then((m) => composer("document", m.attachmentParts.document)),
  ),
  location: dynamic(() => import("./location/location-parts").then((m) => composer("location", m.locationParts))),
  list: dynamic(() => import("./list/list-parts").then((m) => composer("list", m.listParts))),
  buttons: dynamic(() => import("./buttons/buttons-parts").then((m) => composer("buttons", m.buttonsParts))),
  product: dynamic(() => import("./product/product-parts").then((m) => composer("product", m.productParts))),
  products: dynamic(() => import("./products/products-parts").then((m) => composer("products", m.productsParts))),
};

export function ComposerSwitch({ type, senders }: ComposerProps) {
  const Composer = COMPOSERS[type];
  return <Composer type={type} senders={senders} />;
}
