"use client";

import { type ReactNode, useState, useSyncExternalStore } from "react";
import { subscribeToScheme, systemPrefersDark } from "@/components/hooks/use-color-scheme";
import { DescribePreview } from "./describe-preview";

type Theme = "light" | "dark";

const THEME_KEY = "preview:theme";
const CHOSEN = "preview:theme-chosen";

/** What the person chose before, or else what their system prefers. */
export function previewTheme(stored: string | null, prefersDark: boolean): Theme {
  if (stored === "light" || stored === "dark") return stored;
  return prefersDark ? "dark" : "light";
}

// Storage may be refused (a privacy setting): the choice then lasts as long as the page.
let unsaved: Theme | null = null;

function storedTheme(): string | null {
  try {
    return window.localStorage.getItem(THEME_KEY);
  } catch {
    return unsaved;
  }
}

function chooseTheme(theme: Theme): void {
  unsaved = theme;
  try {
    window.localStorage.setItem(THEME_KEY, theme);
  } catch {}
  window.dispatchEvent(new Event(CHOSEN));
}

function subscribe(changed: () => void): () => void {
  const unsubscribe = subscribeToScheme(changed);
  // "storage": a choice made in another tab; CHOSEN: one made here (every pane on the page follows it).
  window.addEventListener("storage", changed);
  window.addEventListener(CHOSEN, changed);
  return () => {
    unsubscribe();
    window.removeEventListener("storage", changed);
    window.removeEventListener(CHOSEN, changed);
  };
}

/**
 * The server knows neither the system's preference nor the stored choice, so it renders Light, which hydration must
 * agree with; the browser's theme follows right after hydrating. Until the scripts run the phone is Light.
 */
function useTheme(): Theme {
  return useSyncExternalStore(
    subscribe,
    () => previewTheme(storedTheme(), systemPrefersDark()),
    () => "light",
  );
}

/**
 * The phone beside the form on a wide screen. On a narrow one it comes right after the form, folded behind a
 * Preview toggle so the page stays short; the toggle is a disclosure button, so the keyboard reaches it after Send.
 */
export function PreviewPane({ render }: { render: (theme: Theme) => ReactNode }) {
  const theme = useTheme();
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
              aria-pressed={theme === option}
              onClick={() => chooseTheme(option)}
              className={`rounded px-2.5 py-1 text-xs font-medium capitalize ${
                theme === option
                  ? "bg-slate-800 dark:bg-slate-600 text-white"
                  : "text-slate-600 dark:text-slate-400 hover:bg-slate-100 dark:hover:bg-slate-800"
              }`}
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
