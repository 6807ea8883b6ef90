import { type RefObject, useEffect } from "react";

/**
 * A dialog's focus while it is mounted: it moves to `first` (its Close button) on opening and, on closing, back to
 * whatever had it before (the button that opened the dialog), if that is still on the page.
 */
export function useDialogFocus(first: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    first.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [first]);
}
