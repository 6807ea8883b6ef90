"use client";

import { type ReactNode, useState, useSyncExternalStore } from "react";
import { useColorScheme } from "@/components/hooks/use-color-scheme";
import type { PreviewTheme } from "@/components/preview/theme";
import { DescribePreview } from "./describe-preview";

type Pick = "light" | "dark";

const THEME_KEY = "preview:theme";
const CHOSEN = "preview:theme-chosen";

/** What the person chose before, or else the system's setting, which the phone's colours follow by themselves. */
export function previewTheme(stored: string | null): PreviewTheme {
  return stored === "light" || stored === "dark" ? stored : "system";
}

// Storage may be refused (a privacy setting): the choice then lasts as long as the page.
let unsaved: Pick | null = null;

function storedTheme(): string | null {
  try {
    return window.localStorage.getItem(THEME_KEY);
  } catch {
    return unsaved;
  }
}

function chooseTheme(theme: Pick): void {
  unsaved = theme;
  try {
    window.localStorage.setItem(THEME_KEY, theme);
  } catch {}
  window.dispatchEvent(new Event(CHOSEN));
}

function subscribe(changed: () => void): () => void {
  // "storage": a choice made in another tab; CHOSEN: one made here (every pane on the page follows it).
  window.addEventListener("storage", changed);
  window.addEventListener(CHOSEN, changed);
  return () => {
    window.removeEventListener("storage", changed);
    window.removeEventListener(CHOSEN, changed);
  };
}

/**
 * The server cannot see a stored choice, so it renders "system", whose colours are right at the first paint for
 * anyone who has not picked; a pick made earlier applies right after hydrating.
 */
function useTheme(): PreviewTheme {
  return useSyncExternalStore(
    subscribe,
    () => previewTheme(storedTheme()),
    () => "system",
  );
}

const PRESSED = "bg-slate-800 text-white dark:bg-slate-600";
const UNPRESSED = "text-slate-600 dark:text-slate-400 hover:bg-slate-100 dark:hover:bg-slate-800";
// Following the system, the switch shows the setting's side pressed through CSS too, so it is right before hydrating.
const SYSTEM_LOOK: Record<Pick, string> = {
  light: "bg-slate-800 text-white dark:bg-transparent dark:text-slate-400 dark:hover:bg-slate-800",
  dark: "text-slate-600 hover:bg-slate-100 dark:bg-slate-600 dark:text-white dark:hover:bg-slate-600",
};

function look(option: Pick, theme: PreviewTheme): string {
  if (theme === "system") return SYSTEM_LOOK[option];
  return theme === option ? PRESSED : UNPRESSED;
}

/**
 * The phone beside the form on a wide screen. On a narrow one it comes right after the form, folded behind a
 * Preview toggle so the page stays short; the toggle is a disclosure button, so the keyboard reaches it after Send.
 */
export function PreviewPane({ render }: { render: (theme: PreviewTheme) => ReactNode }) {
  const theme = useTheme();
  const scheme = useColorScheme();
  const shownTheme = theme === "system" ? scheme : theme;
  const [shown, setShown] = useState(false);
  return (
    // Only the phone is sticky: a taller pane would be pushed around by the form's height as fields change.
    <aside
      aria-label="Preview"
      className="space-y-4 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          <span className="hidden lg:inline">Preview</span>
          <button
            type="button"
            aria-expanded={shown}
            aria-controls="preview-body"
            onClick={() => setShown(!shown)}
            className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-3 py-2 lg:hidden"
          >
            <span aria-hidden="true">{shown ? "▾" : "▸"}</span>
            Preview
          </button>
        </h2>
        <DescribePreview />
        <fieldset
          aria-label="Preview theme"
          className={`${shown ? "flex" : "hidden lg:flex"} rounded-md border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 p-0.5`}
        >
          {(["light", "dark"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={shownTheme === option}
              onClick={() => chooseTheme(option)}
              className={`rounded px-2.5 py-1 text-xs font-medium capitalize ${look(option, theme)}`}
            >
              {option}
            </button>
          ))}
        </fieldset>
      </div>
      <div id="preview-body" className={shown ? "" : "hidden lg:block"}>
        {render(theme)}
      </div>
    </aside>
  );
}
