"use client";

import { useState } from "react";
import type { PreviewTheme } from "@/components/preview/theme";
import type { TemplateValues } from "@/lib/templates/render";
import type { TemplateDefinition, TemplateMessageRequest } from "@/lib/templates/types";
import { TemplateJsonPanel } from "./template-json-panel";
import { TemplatePreview } from "./template-preview";

/** The composer's right column: the phone with a light/dark switch, then the request JSON. */
export function TemplatePreviewPane({
  definition,
  values,
  contactName,
  request,
}: {
  definition: TemplateDefinition | undefined;
  values: TemplateValues;
  contactName: string;
  request: TemplateMessageRequest;
}) {
  const [theme, setTheme] = useState<PreviewTheme>("light");
  return (
    <aside aria-label="Preview" className="space-y-4 lg:sticky lg:top-4 lg:self-start">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-900">Preview</h2>
        <div role="group" aria-label="Preview theme" className="flex rounded-md border border-slate-300 bg-white p-0.5">
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
        </div>
      </div>
      <TemplatePreview definition={definition} values={values} contactName={contactName} theme={theme} />
      <TemplateJsonPanel request={request} />
    </aside>
  );
}
