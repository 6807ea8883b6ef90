import { type RefObject, useEffect, useEffectEvent } from "react";
import type { SendOutcome } from "@/lib/sending/send-outcome";

/** Marks the element that holds a send's outcome (the success box, or the alert) for useFocusOutcome. */
export const SEND_OUTCOME = { "data-send-outcome": "", tabIndex: -1 } as const;

/**
 * Moves focus to the outcome of a send once it is shown, so that a keyboard or screen reader user lands on what
 * happened (and on its next step: the history link, "Send a template instead") instead of staying on Send. A page
 * that shows a sent message itself (a conversation) passes `revealSent`, which a success calls instead; the outcome
 * box is a live region, so its words are still said.
 */
export function useFocusOutcome(
  container: RefObject<HTMLElement | null>,
  shown: SendOutcome | null,
  revealSent?: () => void,
) {
  const reveal = useEffectEvent(() => revealSent?.());
  const pageReveals = revealSent !== undefined;
  useEffect(() => {
    if (!shown) return;
    if (shown.ok && pageReveals) reveal();
    else container.current?.querySelector<HTMLElement>("[data-send-outcome]")?.focus();
  }, [container, shown, pageReveals]);
}
