"use client";

import type { ComposerProps } from "@/components/composer/shared/message-parts";
import { SessionComposer } from "@/components/composer/shared/session-composer";
import { productMessage } from "@/lib/messages/product";
import { ProductFields } from "./product-fields";
import { ProductPreview } from "./product-preview";

/** The product composer: its descriptor, fields and preview in the shared shell; one chunk, loaded on /compose/product. */
export function ProductComposer({ senders }: ComposerProps<"product">) {
  return (
    <SessionComposer
      type="product"
      message={productMessage}
      Fields={ProductFields}
      Preview={ProductPreview}
      senders={senders}
    />
  );
}
