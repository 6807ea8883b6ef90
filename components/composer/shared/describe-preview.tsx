"use client";

import { useState } from "react";

/**
 * The preview changes on every keystroke, so it is not a live region; this button reads it on request instead: it
 * puts what the phone shows now (the bubble's text, its buttons, the time) into a live region once.
 */
export function DescribePreview() {
  const [summary, setSummary] = useState("");
  return (
    <>
      <button
        type="button"
        onClick={(event) => {
          const phone = event.currentTarget.closest("aside")?.querySelector<HTMLElement>("figure");
          // innerText, not textContent: it follows the layout, so the bubble's lines and buttons stay apart.
          // biome-ignore lint/performance/useDomNodeTextContent: see above.
          const text = phone?.innerText.replace(/\s+/g, " ").trim();
          // Cleared first, so that asking twice about the same message is announced twice.
          setSummary("");
          requestAnimationFrame(() => setSummary(text ? `Preview: ${text}` : "The preview is empty."));
        }}
        className="rounded-md border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-2.5 py-1 text-xs font-medium text-slate-700 dark:text-slate-300 hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        Describe preview
      </button>
      {/* A polite live region without the status role: the composer's one status is the send's outcome. */}
      <p aria-live="polite" className="sr-only">
        {summary}
      </p>
    </>
  );
}
