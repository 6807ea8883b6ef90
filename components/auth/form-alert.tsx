import type { ActionError } from "@/lib/actions/result";

/** Why a form's action did nothing, announced as it appears. */
export function FormAlert({ error }: { error: ActionError }) {
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 dark:border-red-800 bg-red-50 dark:bg-red-950 p-3 text-sm text-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{error.title}</p>
      <p className="mt-1">{error.message}</p>
      {error.hint ? <p className="mt-1">{error.hint}</p> : null}
    </div>
  );
}
