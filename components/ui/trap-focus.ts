import type { KeyboardEvent } from "react";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A dialog's keydown handler part: Tab and Shift+Tab go round the dialog's own controls instead of leaving it, so
 * focus stays inside while it is open (its Escape and Close return focus to what opened it).
 */
export function trapFocus(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "Tab") return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (event.shiftKey ? active === first || !event.currentTarget.contains(active) : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/** The whole keydown handler of a sheet: focus kept inside, and Escape closes it (and only it, not what it is in). */
export function sheetKeyDown(onClose: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    trapFocus(event);
    if (event.key !== "Escape") return;
    event.stopPropagation();
    onClose();
  };
}
