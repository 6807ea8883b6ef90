"use client";

import { useSyncExternalStore } from "react";

const DARK = "(prefers-color-scheme: dark)";

function subscribe(changed: () => void): () => void {
  const media = window.matchMedia(DARK);
  media.addEventListener("change", changed);
  return () => media.removeEventListener("change", changed);
}

/**
 * The page's own scheme, as the system sets it: for what paints with inline colours (WhatsApp's bubbles) and so
 * cannot follow the `dark:` utilities. The server cannot know it and renders light, which hydration agrees with.
 */
export function useColorScheme(): "light" | "dark" {
  return useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(DARK).matches ? "dark" : "light"),
    () => "light",
  );
}
