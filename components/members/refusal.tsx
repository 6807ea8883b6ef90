import type { FormResult } from "@/lib/actions/form-result";

/** What the server refused, at the row it refused it for. */
export function Refusal({ id, result }: { id: string; result: FormResult | null }) {
  if (!result || result.ok) return null;
  return (
    // w-0 min-w-full: it wraps within its column instead of widening it, which would move every other column.
    <p id={id} role="alert" className="w-0 min-w-full basis-full text-xs text-red-700 dark:text-red-300">
      {result.error.message} {result.error.hint}
    </p>
  );
}
