import { type UseFormReturn, useFieldArray } from "react-hook-form";
import { PAINTS_ALONE } from "@/components/composer/shared/paints-alone";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { graphemeLength } from "@/lib/messages/graphemes";
import { LIMITS } from "@/lib/messages/limits";
import { PRODUCT_ID_LIMITS } from "@/lib/messages/product";
import type { ProductsSectionValues, ProductsValues } from "@/lib/messages/products";
import type { SessionMessageRequest } from "@/lib/messages/request";

export type ProductsForm = UseFormReturn<ProductsValues, unknown, SessionMessageRequest>;

export const SECTIONS_PATH = "message.multiProductMessage.sections" as const;

/** Focus after React has committed the removal, when the inputs carry their new indices. */
export function focusLater(form: ProductsForm, name: Parameters<ProductsForm["setFocus"]>[0]) {
  requestAnimationFrame(() => form.setFocus(name));
}

export function ProductsSectionFields({
  form,
  index,
  section,
  sectionCount,
  canAddProduct,
  onRemove,
}: {
  form: ProductsForm;
  index: number;
  section: ProductsSectionValues | undefined;
  sectionCount: number;
  canAddProduct: boolean;
  /** The section's errors as a string (errorKey), which is what tells a memoized section that they changed. */
  errors?: string;
  onRemove: (index: number) => void;
}) {
  const path = `${SECTIONS_PATH}.${index}` as const;
  const products = useFieldArray({ control: form.control, name: `${path}.productItems` });
  const errors = form.formState.errors.message?.multiProductMessage?.sections?.[index];
  const sectionError = errors?.message ?? errors?.productItems?.root?.message ?? errors?.productItems?.message;
  const number = index + 1;
  const title = section?.title ?? "";

  const removeProduct = (p: number) => {
    products.remove(p);
    focusLater(form, `${path}.productItems.${Math.max(p - 1, 0)}.productRetailerId`);
  };

  return (
    // A floated legend sits inside the box, beside the Remove button, so neither covers the title's counter.
    <fieldset className={`${PAINTS_ALONE} rounded-md border border-slate-200 dark:border-slate-700 p-3`}>
      <legend className="float-left py-1 text-sm font-semibold text-slate-900 dark:text-slate-100">
        Section {number}
      </legend>
      <Button
        variant="danger"
        className="float-right px-2 py-1 text-xs"
        aria-label={`Remove section ${number}`}
        disabled={sectionCount <= 1}
        onClick={() => onRemove(index)}
      >
        Remove
      </Button>
      <div className="clear-both space-y-3 pt-2">
        <Field
          id={`products-section-${index}-title`}
          label="Section title"
          required
          error={errors?.title?.message}
          counter={{ count: graphemeLength(title), max: LIMITS.products.sectionTitle }}
        >
          {(control) => (
            <input
              {...control}
              {...form.register(`${path}.title`)}
              className={inputClass}
              autoComplete="off"
              placeholder="Running shoes"
              dir="auto"
            />
          )}
        </Field>
        <ol className="space-y-2">
          {products.fields.map((field, p) => {
            const retailerId = section?.productItems?.[p]?.productRetailerId ?? "";
            return (
              <li key={field.id} className="flex items-start gap-2">
                <Field
                  id={`products-section-${index}-product-${p}`}
                  label="Product retailer ID"
                  required
                  className="min-w-0 flex-1"
                  error={errors?.productItems?.[p]?.productRetailerId?.message}
                  counter={{ count: graphemeLength(retailerId.trim()), max: PRODUCT_ID_LIMITS.retailerId }}
                >
                  {(control) => (
                    <input
                      {...control}
                      {...form.register(`${path}.productItems.${p}.productRetailerId`)}
                      className={`${inputClass} font-mono`}
                      autoComplete="off"
                      spellCheck={false}
                      placeholder="SKU-4521"
                    />
                  )}
                </Field>
                <Button
                  variant="danger"
                  className="mt-6 px-2"
                  aria-label={`Remove product ${p + 1} of section ${number}`}
                  disabled={products.fields.length <= 1}
                  onClick={() => removeProduct(p)}
                >
                  Remove
                </Button>
              </li>
            );
          })}
        </ol>
        {sectionError ? <p className="text-sm text-red-700 dark:text-red-300">{sectionError}</p> : null}
        <Button
          disabled={!canAddProduct}
          onClick={() =>
            products.append(
              { productRetailerId: "" },
              { focusName: `${path}.productItems.${products.fields.length}.productRetailerId` },
            )
          }
        >
          Add product
        </Button>
      </div>
    </fieldset>
  );
}
