"use client";

import { ProductsFields } from "@/components/composer/products/products-fields";
import { ProductsPreview } from "@/components/composer/products/products-preview";
import { ComposerShell } from "@/components/composer/shared/composer-shell";
import { buildProductsRequest, productsDefaults, productsMessageSchema } from "@/lib/messages/products";
import type { ComposerProps } from "./composer-switch";

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
