import { memo, useCallback } from "react";
import { useFieldArray } from "react-hook-form";
import { errorKey } from "@/components/composer/shared/error-key";
import { Button } from "@/components/ui/button";
import { LIMITS } from "@/lib/messages/limits";
import { countProducts, emptyProductsSection, type ProductsValues } from "@/lib/messages/products";
import { focusLater, type ProductsForm, ProductsSectionFields, SECTIONS_PATH } from "./products-section-fields";

// Typing in one section, or outside the sections, does not re-render the others.
const MemoSection = memo(ProductsSectionFields);

export function ProductsSectionsFields({ form, values }: { form: ProductsForm; values: ProductsValues }) {
  const sections = useFieldArray({ control: form.control, name: SECTIONS_PATH });
  const watched = values.message?.multiProductMessage?.sections;
  const total = countProducts(watched);
  const maxProducts = LIMITS.products.productsTotal;
  const maxSections = LIMITS.products.sections;
  const canAddProduct = total < maxProducts;
  const errors = form.formState.errors.message?.multiProductMessage?.sections;
  const listError = errors?.root?.message ?? errors?.message;

  const { remove } = sections;
  const removeSection = useCallback(
    (s: number) => {
      remove(s);
      focusLater(form, `${SECTIONS_PATH}.${Math.max(s - 1, 0)}.title`);
    },
    [remove, form],
  );

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Sections and products</h3>
        <p aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400 tabular-nums">
          <span>
            Sections: {sections.fields.length} / {maxSections}
          </span>
          <span className="ml-3">
            Products: {total} / {maxProducts}
          </span>
        </p>
      </div>
      {sections.fields.map((field, s) => (
        <MemoSection
          key={field.id}
          form={form}
          index={s}
          section={watched?.[s]}
          sectionCount={sections.fields.length}
          canAddProduct={canAddProduct}
          errors={errorKey(errors?.[s])}
          onRemove={removeSection}
        />
      ))}
      {listError ? <p className="text-sm text-red-700 dark:text-red-300">{listError}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          disabled={sections.fields.length >= maxSections || !canAddProduct}
          onClick={() =>
            sections.append(structuredClone(emptyProductsSection), {
              focusName: `${SECTIONS_PATH}.${sections.fields.length}.title`,
            })
          }
        >
          Add section
        </Button>
        {!canAddProduct ? (
          <span className="text-xs text-slate-500 dark:text-slate-400">
            WhatsApp shows at most {maxProducts} products in one message.
          </span>
        ) : sections.fields.length >= maxSections ? (
          <span className="text-xs text-slate-500 dark:text-slate-400">
            WhatsApp shows at most {maxSections} sections in one message.
          </span>
        ) : null}
      </div>
    </div>
  );
}
