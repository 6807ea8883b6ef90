"use client";

import { type ReactNode, useState } from "react";
import { DescribePreview } from "./describe-preview";

type Theme = "light" | "dark";

export function PreviewPane({ render }: { render: (theme: Theme) => ReactNode }) {
  const [theme, setTheme] = useState<Theme>("light");
  return (
    // Only the phone is sticky: a taller pane would be pushed around by the form's height as fields change.
    <aside aria-label="Preview" className="space-y-4 lg:sticky lg:top-4 lg:self-start">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-slate-900">Preview</h2>
        <DescribePreview />
        <fieldset aria-label="Preview theme" className="flex rounded-md border border-slate-300 bg-white p-0.5">
          {(["light", "dark"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={theme === option}
              onClick={() => setTheme(option)}
              className={`rounded px-2.5 py-1 text-xs font-medium capitalize ${
                theme === option ? "bg-slate-800 text-white" : "text-slate-600 hover:bg-slate-100"
              }`}
            >
              {option}
            </button>
          ))}
        </fieldset>
      </div>
      {render(theme)}
    </aside>
  );
}
