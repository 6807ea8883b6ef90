"use client";

import { createContext, type KeyboardEvent, type ReactNode, useContext, useId } from "react";

const IslandContext = createContext<string | undefined>(undefined);

/**
 * After every keystroke in a field, Chrome's autofill reads the whole form the field belongs to: each field, its
 * label and whether it is shown. In a composer with many fields (ten list rows, thirty products, a carousel's cards)
 * that is a task of its own after each key, which the next key waits behind. The fields where people type the most
 * (the long texts, a template's variables) therefore belong to a small form of their own (the `form` attribute),
 * rendered beside the composer's form. Nothing reads the fields through the DOM form (React Hook Form holds their
 * values). They stay inside the composer's form in the page, so their keys still bubble to it: Ctrl+Enter sends from
 * them as from any field, and Enter in one of their single-line fields sends as it does in the composer's own
 * (`sendsOnEnter`), which the browser would no longer do by itself.
 */
export function TextIslandProvider({ children }: { children: ReactNode }) {
  const id = useId();
  return (
    <IslandContext.Provider value={id}>
      {children}
      {/* Never sent itself: with a single field in it, Enter there would otherwise load the page again. Its disabled
          default button stops the browser's own Enter-sends also before the scripts run, when nothing prevents it. */}
      <form id={id} hidden aria-hidden onSubmit={(event) => event.preventDefault()}>
        <button type="submit" disabled tabIndex={-1} />
      </form>
    </IslandContext.Provider>
  );
}

/** The `form` attribute for a composer's long text field. */
export function useTextIsland(): string | undefined {
  return useContext(IslandContext);
}

const SINGLE_LINE = new Set(["text", "url", "email", "tel", "search", "number"]);

/**
 * Whether a key pressed in the composer's form sends it: Ctrl+Enter (or Cmd+Enter) from any field, and Enter in a
 * single-line field of the text island, where the browser's own Enter-sends no longer reaches the composer's form.
 * Fields of the composer's own form are left to the browser, which sends on Enter itself.
 */
export function sendsOnEnter(event: KeyboardEvent<HTMLFormElement>): boolean {
  if (event.key !== "Enter" || event.nativeEvent.isComposing || event.defaultPrevented) return false;
  if (event.ctrlKey || event.metaKey) return true;
  const field = event.target;
  return (
    !event.shiftKey &&
    !event.altKey &&
    field instanceof HTMLInputElement &&
    SINGLE_LINE.has(field.type) &&
    field.form !== null &&
    field.form !== event.currentTarget &&
    // Keys from a portal (a dialog opened from the composer) bubble through React to the form as well.
    event.currentTarget.contains(field)
  );
}
