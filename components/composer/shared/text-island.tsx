"use client";

import { createContext, type ReactNode, useContext, useId } from "react";

const IslandContext = createContext<string | undefined>(undefined);

/**
 * After every keystroke in a field, Chrome's autofill reads the whole form the field belongs to: each field, its
 * label and whether it is shown. In a composer with many fields (ten list rows, thirty products) that is a task of
 * its own after each key, which the next key waits behind. The composers' long texts, where people type the most,
 * therefore belong to a small form of their own (the `form` attribute), rendered beside the composer's form. Nothing
 * reads the fields through the DOM form (React Hook Form holds their values), and Send and Ctrl+Enter submit the
 * composer's form as before: keys still bubble to it, since the textareas stay inside it.
 */
export function TextIslandProvider({ children }: { children: ReactNode }) {
  const id = useId();
  return (
    <IslandContext.Provider value={id}>
      {children}
      <form id={id} hidden aria-hidden />
    </IslandContext.Provider>
  );
}

/** The `form` attribute for a composer's long text field. */
export function useTextIsland(): string | undefined {
  return useContext(IslandContext);
}
