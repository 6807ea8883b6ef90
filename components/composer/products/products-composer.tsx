"use client";

import type { ComposerProps } from "@/components/composer/shared/message-parts";
import { SessionComposer } from "@/components/composer/shared/session-composer";
import { productsMessage } from "@/lib/messages/products";
import { ProductsFields } from "./products-fields";
import { ProductsPreview } from "./products-preview";

/** The products composer: its descriptor, fields and preview in the shared shell; one chunk, loaded on /compose/products. */
export function ProductsComposer({ senders }: ComposerProps<"products">) {
  return (
    <SessionComposer
      type="products"
      message={productsMessage}
      Fields={ProductsFields}
      Preview={ProductsPreview}
      senders={senders}
    />
  );
}
