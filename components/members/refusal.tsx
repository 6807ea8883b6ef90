import type { Ref } from "react";
import type { FormResult } from "@/lib/actions/form-result";

/**
 * What the server refused, at the row it refused it for. Focusable from script (not by Tab), for a row whose control
 * the refusal leaves disabled: the focus then goes here instead of to the page.
 */
export function Refusal({
  id,
  result,
  ref,
}: {
  id: string;
  result: FormResult | null;
  ref?: Ref<HTMLParagraphElement>;
}) {
  if (!result || result.ok) return null;
  return (
    // w-0 min-w-full: it wraps within its column instead of widening it, which would move every other column.
    <p
      ref={ref}
      id={id}
      role="alert"
      tabIndex={-1}
      className="w-0 min-w-full basis-full text-xs text-red-700 dark:text-red-300"
    >
      {result.error.message} {result.error.hint}
    </p>
  );
}
