"use client";

import { usePathname } from "next/navigation";
import { COMPOSER_ANCHOR, MAIN_ANCHOR } from "./skip-targets";

/**
 * The first stop of the Tab order, hidden until focused: it jumps over the banner, the header and (on a composer)
 * the type switcher. Composer pages name it for what an agent wants to reach, "Skip to composer".
 */
export function SkipLink() {
  const composer = usePathname().startsWith("/compose");
  return (
    <a
      href={`#${composer ? COMPOSER_ANCHOR : MAIN_ANCHOR}`}
      className="sr-only rounded-md bg-white dark:bg-slate-900 px-3 py-2 text-sm font-medium text-brand-700 dark:text-brand-300 shadow-lg focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
    >
      {composer ? "Skip to composer" : "Skip to main content"}
    </a>
  );
}
