import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { graphemeLength } from "@/lib/messages/graphemes";
import { catalogIdWarning, PRODUCT_ID_LIMITS } from "@/lib/messages/product";

/** The Meta catalog id, shared by the single- and multi-product composers. */
export function CatalogIdField({
  id,
  value,
  error,
  registration,
}: {
  id: string;
  value: string;
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <Field
      id={id}
      label="Catalog ID"
      required
      error={error}
      warning={catalogIdWarning(value) ?? undefined}
      counter={{ count: graphemeLength(value.trim()), max: PRODUCT_ID_LIMITS.catalogId }}
    >
      {(control) => (
        <input
          {...control}
          {...registration}
          className={`${inputClass} font-mono`}
          autoComplete="off"
          spellCheck={false}
          inputMode="numeric"
          placeholder="1234567890123456"
        />
      )}
    </Field>
  );
}
