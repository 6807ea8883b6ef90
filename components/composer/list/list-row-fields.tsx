import { PAINTS_ALONE } from "@/components/composer/shared/paints-alone";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { graphemeLength } from "@/lib/messages/graphemes";
import { LIMITS } from "@/lib/messages/limits";
import type { ListRowValues } from "@/lib/messages/list";
import type { ListForm } from "./list-fields";

/** One row of the list: the ID that comes back when the customer picks it, and what the customer reads. */
export function ListRowFields({
  form,
  section,
  index,
  row,
  removable,
  onRemove,
}: {
  form: ListForm;
  section: number;
  index: number;
  row: Partial<ListRowValues> | undefined;
  removable: boolean;
  onRemove: () => void;
}) {
  const name = `message.listMessage.sections.${section}.rows.${index}` as const;
  const errors = form.formState.errors.message?.listMessage?.sections?.[section]?.rows?.[index];
  const id = `list-s${section}-r${index}`;
  const number = index + 1;
  return (
    // A floated legend sits inside the box, beside the Remove button, instead of cutting the border.
    <fieldset
      className={`${PAINTS_ALONE} rounded-md border border-slate-200 dark:border-slate-700 bg-slate-50 dark:bg-slate-950 p-3`}
    >
      <legend className="float-left py-1 text-xs font-semibold text-slate-700 dark:text-slate-300">Row {number}</legend>
      <Button
        variant="danger"
        className="float-right px-2 py-1 text-xs"
        aria-label={`Remove row ${number} of section ${section + 1}`}
        title={removable ? undefined : "A section needs at least one row; remove the section instead."}
        disabled={!removable}
        onClick={onRemove}
      >
        Remove
      </Button>
      <div className="clear-both grid gap-3 pt-2 sm:grid-cols-2">
        {errors?.message && <p className="text-sm text-red-700 dark:text-red-300 sm:col-span-2">{errors.message}</p>}
        <Field
          id={`${id}-id`}
          label="Row ID"
          required
          error={errors?.id?.message}
          counter={{ count: graphemeLength(row?.id ?? ""), max: LIMITS.list.rowId }}
        >
          {(control) => (
            <input
              {...control}
              {...form.register(`${name}.id`)}
              className={`${inputClass} font-mono`}
              autoComplete="off"
              spellCheck={false}
              placeholder={`e.g. row-${number}`}
            />
          )}
        </Field>
        <Field
          id={`${id}-text`}
          label="Row title"
          required
          error={errors?.text?.message}
          counter={{ count: graphemeLength(row?.text ?? ""), max: LIMITS.list.rowTitle }}
        >
          {(control) => <input {...control} {...form.register(`${name}.text`)} className={inputClass} dir="auto" />}
        </Field>
        <Field
          id={`${id}-description`}
          label="Row description"
          className="sm:col-span-2"
          error={errors?.description?.message}
          counter={{ count: graphemeLength(row?.description ?? ""), max: LIMITS.list.rowDescription }}
        >
          {(control) => (
            <input {...control} {...form.register(`${name}.description`)} className={inputClass} dir="auto" />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
