"use client";

import { createContext, type ReactNode, useContext } from "react";

/**
 * Values to open a composer with instead of its draft: "Edit as new" from history, or a recipient carried over
 * from another page. Given by the page, read by the shell, so the per-type composers need not know about it.
 */
export interface ComposerSeed {
  values?: unknown;
  /** What the seed came from, shown to the person ("Copied from the message sent …"). */
  origin?: string;
}

const SeedContext = createContext<ComposerSeed>({});

export function ComposerSeedProvider({ seed, children }: { seed: ComposerSeed; children: ReactNode }) {
  return <SeedContext.Provider value={seed}>{children}</SeedContext.Provider>;
}

export function useComposerSeed(): ComposerSeed {
  return useContext(SeedContext);
}
