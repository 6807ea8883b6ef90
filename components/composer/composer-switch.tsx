"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { MessageType } from "@/lib/messages/registry";
import type { ComposerProps } from "./shared/message-parts";

/**
 * The one map from message type to its composer: the type's descriptor, fields and preview in the shared shell.
 * Every entry is its own chunk, so a route loads only the schema, fields and preview of its own type; one import
 * per entry, which next/dynamic preloads in the page's HTML.
 */
const COMPOSERS: { [T in MessageType]: ComponentType<ComposerProps<T>> } = {
  text: dynamic(() => import("./text/text-composer").then((m) => m.TextComposer)),
  image: dynamic(() => import("./attachment/attachment-composer").then((m) => m.AttachmentComposer)),
  video: dynamic(() => import("./attachment/attachment-composer").then((m) => m.AttachmentComposer)),
  audio: dynamic(() => import("./attachment/attachment-composer").then((m) => m.AttachmentComposer)),
  document: dynamic(() => import("./attachment/attachment-composer").then((m) => m.AttachmentComposer)),
  location: dynamic(() => import("./location/location-composer").then((m) => m.LocationComposer)),
  list: dynamic(() => import("./list/list-composer").then((m) => m.ListComposer)),
  buttons: dynamic(() => import("./buttons/buttons-composer").then((m) => m.ButtonsComposer)),
  product: dynamic(() => import("./product/product-composer").then((m) => m.ProductComposer)),
  products: dynamic(() => import("./products/products-composer").then((m) => m.ProductsComposer)),
};

export function ComposerSwitch<T extends MessageType>({ type, senders }: ComposerProps<T>) {
  const Composer: ComponentType<ComposerProps<T>> = COMPOSERS[type];
  return <Composer type={type} senders={senders} />;
}
