import Link from "next/link";
import { COMPOSER_TYPE_LABELS } from "@/lib/messages/registry";
import { TypeStrip } from "./type-strip";

const ENTRIES = Object.entries(COMPOSER_TYPE_LABELS);

/**
 * Plain links: the recipient, sender and options travel through the shared draft, not the URL. Rendered on the
 * server, where the registry's labels are: the registry imports every type's schema.
 */
export function TypeSwitcher({ current }: { current: string }) {
  return (
    <TypeStrip current={current}>
      <ul className="flex w-max gap-1 rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-1 text-sm shadow-sm">
        {ENTRIES.map(([type, label]) => (
          <li key={type}>
            <Link
              href={`/compose/${type}`}
              aria-current={type === current ? "page" : undefined}
              className={`block rounded-md px-3 py-1.5 font-medium whitespace-nowrap ${
                type === current
                  ? "bg-brand-600 text-white"
                  : "text-slate-600 dark:text-slate-400 hover:bg-slate-100 dark:hover:bg-slate-800 hover:text-slate-900 dark:hover:text-slate-100"
              }`}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </TypeStrip>
  );
}
