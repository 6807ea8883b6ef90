"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { MessageType } from "@/lib/messages/request";

export interface ComposerProps {
  senders: string[];
}

// Each composer is its own chunk, so a route loads only the schema, fields and preview of its own message type.
const COMPOSERS: Record<MessageType, ComponentType<ComposerProps>> = {
  text: dynamic(() => import("./text-composer").then((m) => m.TextComposer)),
  image: dynamic(() => import("./attachment-composer").then((m) => m.ImageComposer)),
  video: dynamic(() => import("./attachment-composer").then((m) => m.VideoComposer)),
  audio: dynamic(() => import("./attachment-composer").then((m) => m.AudioComposer)),
  document: dynamic(() => import("./attachment-composer").then((m) => m.DocumentComposer)),
  location: dynamic(() => import("./location-composer").then((m) => m.LocationComposer)),
  list: dynamic(() => import("./list-composer").then((m) => m.ListComposer)),
  buttons: dynamic(() => import("./buttons-composer").then((m) => m.ButtonsComposer)),
  product: dynamic(() => import("./product-composer").then((m) => m.ProductComposer)),
  products: dynamic(() => import("./products-composer").then((m) => m.ProductsComposer)),
};

export function ComposerSwitch({ type, senders }: { type: MessageType } & ComposerProps) {
  const Composer = COMPOSERS[type];
  return <Composer senders={senders} />;
}
