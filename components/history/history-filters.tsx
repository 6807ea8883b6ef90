import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { COMPOSER_TYPE_LABELS } from "@/lib/messages/registry";

export interface HistoryFilterValues {
  status?: string;
  type?: string;
  recipient?: string;
  /** A person's user id. */
  sentBy?: string;
}

const STATUS_OPTIONS: [string, string][] = [
  ["pending", "Sending"],
  ["sent", "Sent"],
  ["delivered", "Delivered"],
  ["read", "Read"],
  ["failed", "Failed"],
  ["delivery_failed", "Delivery failed"],
];

const TYPE_OPTIONS = Object.entries(COMPOSER_TYPE_LABELS);

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked and shared. */
export function HistoryFilters({ values, people }: { values: HistoryFilterValues; people: Map<string, string> }) {
  const active = Boolean(values.status || values.type || values.recipient || values.sentBy);
  const byName = [...people].sort(([, a], [, b]) => a.localeCompare(b));
  return (
    <search aria-label="Filter history">
      <form className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Status</span>
          <select name="status" defaultValue={values.status ?? ""} className={inputClass}>
            <option value="">Any status</option>
            {STATUS_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Type</span>
          <select name="type" defaultValue={values.type ?? ""} className={inputClass}>
            <option value="">Any type</option>
            {TYPE_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Sent by</span>
          <select name="sentBy" defaultValue={values.sentBy ?? ""} className={inputClass}>
            <option value="">Anyone</option>
            {byName.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">Recipient starts with</span>
          <input
            name="recipient"
            defaultValue={values.recipient ?? ""}
            className={`${inputClass} font-mono`}
            placeholder="+1604"
          />
        </label>
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Filter
        </button>
        {active && (
          <Link href="/history" className="py-2 text-sm text-brand-700 underline">
            Clear filters
          </Link>
        )}
      </form>
    </search>
  );
}
