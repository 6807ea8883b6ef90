import { CatalogIdField } from "@/components/composer/shared/catalog-id-field";
import { FORMATTING_HINT } from "@/components/composer/shared/formatting-hint";
import { useTextIsland } from "@/components/composer/shared/text-island";
import { Field, inputClass } from "@/components/ui/field";
import { graphemeLength } from "@/lib/messages/graphemes";
import { LIMITS } from "@/lib/messages/limits";
import type { ProductsValues } from "@/lib/messages/products";
import type { ProductsForm } from "./products-section-fields";
import { ProductsSectionsFields } from "./products-sections-fields";

export function ProductsFields({ form, values }: { form: ProductsForm; values: ProductsValues }) {
  const textIsland = useTextIsland();
  const errors = form.formState.errors.message;
  const products = values.message?.multiProductMessage;
  const catalogId = products?.catalogId ?? "";
  return (
    <>
      <Field
        id="products-header-text"
        label="Header text"
        required
        error={errors?.multiProductMessage?.header?.text?.message}
        counter={{ count: graphemeLength(products?.header?.text ?? ""), max: LIMITS.products.header }}
        hint="Plain text: WhatsApp does not format the header."
      >
        {(control) => (
          <input
            {...control}
            {...form.register("message.multiProductMessage.header.text")}
            className={inputClass}
            autoComplete="off"
            placeholder="Picked for you"
            dir="auto"
          />
        )}
      </Field>
      <Field
        id="products-message-text"
        label="Message text"
        required
        error={errors?.text?.message}
        counter={{ count: graphemeLength(values.message?.text ?? ""), max: LIMITS.products.body }}
        hint={FORMATTING_HINT}
      >
        {(control) => (
          <textarea
            {...control}
            {...form.register("message.text")}
            form={textIsland}
            rows={4}
            className={`${inputClass} resize-y`}
            placeholder="Our new arrivals, in every size."
            dir="auto"
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="products-footer"
          label="Footer"
          error={errors?.multiProductMessage?.footer?.text?.message}
          counter={{ count: graphemeLength(products?.footer?.text ?? ""), max: LIMITS.products.footer }}
        >
          {(control) => (
            <input
              {...control}
              {...form.register("message.multiProductMessage.footer.text")}
              className={inputClass}
              autoComplete="off"
              placeholder="Optional"
              dir="auto"
            />
          )}
        </Field>
        <CatalogIdField
          id="products-catalog-id"
          value={catalogId}
          error={errors?.multiProductMessage?.catalogId?.message}
          registration={form.register("message.multiProductMessage.catalogId")}
        />
      </div>
      <ProductsSectionsFields form={form} values={values} />
    </>
  );
}
