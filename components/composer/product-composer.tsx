"use client";

import { ProductFields } from "@/components/composer/product/product-fields";
import { ProductPreview } from "@/components/composer/product/product-preview";
import { ComposerShell } from "@/components/composer/shared/composer-shell";
import { buildProductRequest, productDefaults, productMessageSchema } from "@/lib/messages/product";
import type { ComposerProps } from "./composer-switch";

export function ProductComposer({ senders }: ComposerProps) {
  return (
    <ComposerShell
      type="product"
      schema={productMessageSchema}
      defaults={productDefaults}
      build={buildProductRequest}
      senders={senders}
      fields={(form, values) => <ProductFields form={form} values={values} />}
      preview={(request, theme) => <ProductPreview request={request} theme={theme} />}
    />
  );
}
