"use client";

import { ProductsPreview } from "@/components/preview/products-preview";
import { buildProductsRequest, productsDefaults, productsMessageSchema } from "@/lib/messages/products";
import { ComposerShell } from "./composer-shell";
import type { ComposerProps } from "./composer-switch";
import { ProductsFields } from "./products-fields";

export function ProductsComposer({ senders }: ComposerProps) {
  return (
    <ComposerShell
      type="products"
      schema={productsMessageSchema}
      defaults={productsDefaults}
      build={buildProductsRequest}
      senders={senders}
      fields={(form, values) => <ProductsFields form={form} values={values} />}
      preview={(request, theme) => <ProductsPreview request={request} theme={theme} />}
    />
  );
}
