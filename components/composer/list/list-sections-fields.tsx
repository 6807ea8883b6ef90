import { memo, useCallback } from "react";
import { useFieldArray } from "react-hook-form";
import { errorKey } from "@/components/composer/shared/error-key";
import { Button } from "@/components/ui/button";
import { LIMITS } from "@/lib/messages/limits";
import { countRows, emptyListSection, type ListValues } from "@/lib/messages/list";
import type { ListForm } from "./list-fields";
import { addRowId, ListSectionFields } from "./list-section-fields";

const ADD_SECTION_ID = "list-add-section";

// Typing in one section, or outside the sections, does not re-render the others.
const MemoSection = memo(ListSectionFields);

/** The sections and their rows, with the running total WhatsApp caps across the whole list. */
export function ListSectionsFields({ form, values }: { form: ListForm; values: ListValues }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "message.listMessage.sections" });
  const sections = values.message?.listMessage?.sections;
  const rows = countRows(sections);
  const atCap = rows >= LIMITS.list.rowsTotal || fields.length >= LIMITS.list.sections;
  const sectionsError = form.formState.errors.message?.listMessage?.sections;

  const arrayError = sectionsError?.root?.message ?? sectionsError?.message;
  const removeSection = useCallback(
    (index: number) => {
      remove(index);
      // The section's own controls are gone: land on the section above, or on Add section.
      const target = index > 0 ? addRowId(index - 1) : ADD_SECTION_ID;
      requestAnimationFrame(() => document.getElementById(target)?.focus());
    },
    [remove],
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Sections</h3>
        <p
          id="list-rows-total"
          className={`text-xs tabular-nums ${rows > LIMITS.list.rowsTotal ? "font-semibold text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}`}
        >
          Rows: {rows} / {LIMITS.list.rowsTotal}
          {atCap && <span> · WhatsApp allows {LIMITS.list.rowsTotal} rows in total, across all sections.</span>}
        </p>
      </div>
      {arrayError && <p className="text-sm text-red-700 dark:text-red-300">{arrayError}</p>}
      {fields.map((field, index) => (
        <MemoSection
          key={field.id}
          form={form}
          index={index}
          section={sections?.[index]}
          sectionCount={fields.length}
          rowsAtCap={rows >= LIMITS.list.rowsTotal}
          errors={errorKey(sectionsError?.[index])}
          onRemove={removeSection}
        />
      ))}
      <Button
        id={ADD_SECTION_ID}
        disabled={atCap}
        aria-describedby="list-rows-total"
        onClick={() => append(emptyListSection())}
      >
        Add section
      </Button>
    </div>
  );
}
