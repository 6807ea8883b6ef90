import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import type { HistoryFilterValues } from "@/lib/history/filter-params";
import { STATUS_LABELS, STATUS_ORDER } from "@/lib/history/status-labels";
import { COMPOSER_TYPE_LABELS } from "@/lib/messages/registry";
import { ApplyOnChange } from "./apply-on-change";
import { FiltersDisclosure } from "./filters-disclosure";

const STATUS_OPTIONS = STATUS_ORDER.map((status): [string, string] => [status, STATUS_LABELS[status]]);

const TYPE_OPTIONS = Object.entries(COMPOSER_TYPE_LABELS);

export const HISTORY_FILTERS_ID = "history-filters";

/**
 * A plain GET form: filters live in the URL, so a filtered view can be bookmarked and shared. A select applies as it
 * changes (ApplyOnChange); the text fields on Enter or Filter.
 */
export function HistoryFilters({ values, people }: { values: HistoryFilterValues; people: Map<string, string> }) {
  const more = [values.status, values.type, values.recipient, values.sentBy].filter(Boolean).length;
  const active = Boolean(values.q) || more > 0;
  const byName = [...people].sort(([, a], [, b]) => a.localeCompare(b));
  return (
    <search aria-label="Filter history">
      <form
        id={HISTORY_FILTERS_ID}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-3 shadow-sm"
      >
        <label className="basis-full text-sm">
          <span className="mb-1 block font-medium text-slate-700 dark:text-slate-300">Search</span>
          <input
            type="search"
            name="q"
            defaultValue={values.q ?? ""}
            className={inputClass}
            // Short enough to show whole at a phone's width; the hint under it, always there, says the rest.
            placeholder="Number, name, campaign, id or words"
            aria-describedby="history-search-hint"
          />
          <span id="history-search-hint" className="mt-1 block text-xs text-slate-500 dark:text-slate-400">
            A number in any form (+1 (604) 444-1111, 604 444 1111), a customer's or campaign's name, a message id, or
            words of the message.
          </span>
        </label>
        {/* On a phone the search comes first and the other filters wait behind "More filters", so results start on
            the first screen; from sm up they are always in the row (see .filters-disclosure in globals.css). */}
        <FiltersDisclosure set={more}>
          <div className="mt-3 flex flex-wrap items-end gap-3 sm:contents">
            <FilterSelect
              label="Status"
              name="status"
              value={values.status}
              any="Any status"
              options={STATUS_OPTIONS}
            />
            <FilterSelect label="Type" name="type" value={values.type} any="Any type" options={TYPE_OPTIONS} />
            <FilterSelect label="Sent by" name="sentBy" value={values.sentBy} any="Anyone" options={byName} />
            <label className="text-sm">
              <span className="mb-1 block font-medium text-slate-700 dark:text-slate-300">Recipient</span>
              <input
                name="recipient"
                type="tel"
                defaultValue={values.recipient ?? ""}
                className={`${inputClass} font-mono`}
                placeholder="+1 604"
              />
            </label>
          </div>
        </FiltersDisclosure>
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Filter
        </button>
        {active && (
          <Link href="/history" className="py-2 text-sm text-brand-700 dark:text-brand-300 underline">
            Clear filters
          </Link>
        )}
        <ApplyOnChange formId={HISTORY_FILTERS_ID} />
      </form>
    </search>
  );
}

/** One of the filters that picks from a list, with a first choice that filters nothing. */
function FilterSelect({
  label,
  name,
  value,
  any,
  options,
}: {
  label: string;
  name: string;
  value: string | undefined;
  any: string;
  options: [value: string, label: string][];
}) {
  return (
    <label className="text-sm">
      <span className="mb-1 block font-medium text-slate-700 dark:text-slate-300">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{any}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
