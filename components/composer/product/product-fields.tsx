import type { UseFormReturn } from "react-hook-form";
import { CatalogIdField } from "@/components/composer/shared/catalog-id-field";
import { FORMATTING_HINT } from "@/components/composer/shared/formatting-hint";
import { useTextIsland } from "@/components/composer/shared/text-island";
import { Field, inputClass } from "@/components/ui/field";
import { graphemeLength } from "@/lib/messages/graphemes";
import { LIMITS } from "@/lib/messages/limits";
import { PRODUCT_ID_LIMITS, type ProductValues } from "@/lib/messages/product";
import type { SessionMessageRequest } from "@/lib/messages/request";

export function ProductFields({
  form,
  values,
}: {
  form: UseFormReturn<ProductValues, unknown, SessionMessageRequest>;
  values: ProductValues;
}) {
  const textIsland = useTextIsland();
  const errors = form.formState.errors.message;
  const product = values.message?.singleProductMessage;
  const catalogId = product?.catalogId ?? "";
  const retailerId = product?.productItem?.productRetailerId ?? "";
  return (
    <>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        WhatsApp shows the product&apos;s image, name and price from your Meta catalog; a product message has no header.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <CatalogIdField
          id="product-catalog-id"
          value={catalogId}
          error={errors?.singleProductMessage?.catalogId?.message}
          registration={form.register("message.singleProductMessage.catalogId")}
        />
        <Field
          id="product-retailer-id"
          label="Product retailer ID"
          required
          error={errors?.singleProductMessage?.productItem?.productRetailerId?.message}
          counter={{ count: graphemeLength(retailerId.trim()), max: PRODUCT_ID_LIMITS.retailerId }}
          hint="The product's ID (SKU) in the catalog."
        >
          {(control) => (
            <input
              {...control}
              {...form.register("message.singleProductMessage.productItem.productRetailerId")}
              className={`${inputClass} font-mono`}
              autoComplete="off"
              spellCheck={false}
              placeholder="SKU-4521"
            />
          )}
        </Field>
      </div>
      <Field
        id="product-message-text"
        label="Message text"
        error={errors?.text?.message}
        counter={{ count: graphemeLength(values.message?.text ?? ""), max: LIMITS.product.body }}
        hint={<>Optional. {FORMATTING_HINT}</>}
      >
        {(control) => (
          <textarea
            {...control}
            {...form.register("message.text")}
            form={textIsland}
            rows={5}
            className={`${inputClass} resize-y`}
            placeholder="Back in stock, in every size."
            dir="auto"
          />
        )}
      </Field>
      <Field
        id="product-footer"
        label="Footer"
        error={errors?.singleProductMessage?.footer?.text?.message}
        counter={{ count: graphemeLength(product?.footer?.text ?? ""), max: LIMITS.product.footer }}
      >
        {(control) => (
          <input
            {...control}
            {...form.register("message.singleProductMessage.footer.text")}
            className={inputClass}
            autoComplete="off"
            placeholder="Optional"
            dir="auto"
          />
        )}
      </Field>
    </>
  );
}
