"use client";

import { ProductPreview } from "@/components/preview/product-preview";
import { buildProductRequest, productDefaults, productMessageSchema } from "@/lib/messages/product";
import { ComposerShell } from "./composer-shell";
import type { ComposerProps } from "./composer-switch";
import { ProductFields } from "./product-fields";

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
