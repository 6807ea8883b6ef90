"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { MessageType } from "@/lib/messages/registry";
import type { PreviewProps } from "./shared/message-parts";

/**
 * The one map from message type to its preview, for pages that show a message without its form (history's detail
 * page): the same bubble the type's composer draws. One chunk per entry, so a page loads only the preview it shows.
 */
const PREVIEWS: { [T in MessageType]: ComponentType<PreviewProps> } = {
  text: dynamic(() => import("./text/text-preview").then((m) => m.TextPreview)),
  image: dynamic(() => import("./attachment/attachment-preview").then((m) => m.AttachmentPreview)),
  video: dynamic(() => import("./attachment/attachment-preview").then((m) => m.AttachmentPreview)),
  audio: dynamic(() => import("./attachment/attachment-preview").then((m) => m.AttachmentPreview)),
  document: dynamic(() => import("./attachment/attachment-preview").then((m) => m.AttachmentPreview)),
  location: dynamic(() => import("./location/location-preview").then((m) => m.LocationPreview)),
  list: dynamic(() => import("./list/list-preview").then((m) => m.ListPreview)),
  buttons: dynamic(() => import("./buttons/buttons-preview").then((m) => m.ButtonsPreview)),
  product: dynamic(() => import("./product/product-preview").then((m) => m.ProductPreview)),
  products: dynamic(() => import("./products/products-preview").then((m) => m.ProductsPreview)),
};

export function PreviewSwitch({ type, ...props }: PreviewProps & { type: MessageType }) {
  const Preview = PREVIEWS[type];
  return <Preview {...props} />;
}
