"use client";

import { type ReactNode, useState } from "react";

/**
 * "More filters" on a phone (from sm up it is always open, see .filters-disclosure in globals.css). Open while a
 * filter is set; once open it stays open as the page updates in place, even when the filter just changed is set back
 * to "Any": closing under the select someone is using would drop their focus.
 */
export function FiltersDisclosure({ set, children }: { set: number; children: ReactNode }) {
  const [open, setOpen] = useState(set > 0);
  const [seen, setSeen] = useState(set);
  if (seen !== set) {
    setSeen(set);
    if (set > 0) setOpen(true);
  }
  return (
    <details
      className="filters-disclosure max-sm:basis-full"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer py-1 text-sm font-medium text-brand-700 dark:text-brand-300">
        More filters{set > 0 ? ` (${set} set)` : ""}
      </summary>
      {children}
    </details>
  );
}
