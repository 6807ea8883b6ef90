import { type RefObject, useEffect } from "react";

/** Marks the element that holds a send's outcome (the success box, or the alert) for useFocusOutcome. */
export const SEND_OUTCOME = { "data-send-outcome": "", tabIndex: -1 } as const;

/**
 * Moves focus to the outcome of a send once it is shown, so that a keyboard or screen reader user lands on what
 * happened (and on its next step: the history link, "Send a template instead") instead of staying on Send.
 */
export function useFocusOutcome(container: RefObject<HTMLElement | null>, shown: object | null) {
  useEffect(() => {
    if (!shown) return;
    container.current?.querySelector<HTMLElement>("[data-send-outcome]")?.focus();
  }, [container, shown]);
}
