import { useFieldArray } from "react-hook-form";
import { PAINTS_ALONE } from "@/components/composer/shared/paints-alone";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { graphemeLength } from "@/lib/messages/graphemes";
import { LIMITS } from "@/lib/messages/limits";
import { emptyListRow, type ListSectionValues } from "@/lib/messages/list";
import type { ListForm } from "./list-fields";
import { ListRowFields } from "./list-row-fields";

export function addRowId(section: number): string {
  return `list-s${section}-add-row`;
}

/** One section: its title and its rows. Each section keeps at least one row, so its last row cannot be removed. */
export function ListSectionFields({
  form,
  index,
  section,
  sectionCount,
  rowsAtCap,
  onRemove,
}: {
  form: ListForm;
  index: number;
  section: Partial<ListSectionValues> | undefined;
  sectionCount: number;
  rowsAtCap: boolean;
  /** The section's errors as a string (errorKey), which is what tells a memoized section that they changed. */
  errors?: string;
  onRemove: (index: number) => void;
}) {
  const name = `message.listMessage.sections.${index}` as const;
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `${name}.rows` });
  const errors = form.formState.errors.message?.listMessage?.sections?.[index];
  const rowsError = errors?.rows?.root?.message ?? errors?.rows?.message;
  const number = index + 1;
  return (
    // A floated legend sits inside the box, beside the Remove button, instead of cutting the border.
    <fieldset className={`${PAINTS_ALONE} rounded-lg border border-slate-300 dark:border-slate-600 p-3`}>
      <legend className="float-left py-1 text-sm font-semibold text-slate-900 dark:text-slate-100">
        Section {number}
      </legend>
      <Button
        variant="danger"
        className="float-right px-2 py-1 text-xs"
        aria-label={`Remove section ${number}`}
        title={sectionCount > 1 ? undefined : "A list needs at least one section."}
        disabled={sectionCount <= 1}
        onClick={() => onRemove(index)}
      >
        Remove
      </Button>
      <div className="clear-both space-y-3 pt-2">
        {errors?.message && <p className="text-sm text-red-700 dark:text-red-300">{errors.message}</p>}
        <Field
          id={`list-s${index}-title`}
          label="Section title"
          required={sectionCount > 1}
          error={errors?.title?.message}
          counter={{ count: graphemeLength(section?.title ?? ""), max: LIMITS.list.sectionTitle }}
          hint={sectionCount > 1 ? undefined : "Optional with one section; required once there are several."}
        >
          {(control) => <input {...control} {...form.register(`${name}.title`)} className={inputClass} dir="auto" />}
        </Field>
        {rowsError && <p className="text-sm text-red-700 dark:text-red-300">{rowsError}</p>}
        {fields.map((field, rowIndex) => (
          <ListRowFields
            key={field.id}
            form={form}
            section={index}
            index={rowIndex}
            row={section?.rows?.[rowIndex]}
            removable={fields.length > 1}
            onRemove={() => {
              remove(rowIndex);
              requestAnimationFrame(() => document.getElementById(addRowId(index))?.focus());
            }}
          />
        ))}
        <Button
          id={addRowId(index)}
          disabled={rowsAtCap}
          aria-describedby="list-rows-total"
          onClick={() => append({ ...emptyListRow })}
        >
          Add row
        </Button>
      </div>
    </fieldset>
  );
}
