import type { ActionError } from "@/lib/actions/result";

/** Why a form's action did nothing, announced as it appears. */
export function FormAlert({ error }: { error: ActionError }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950">
      <p className="font-semibold">{error.title}</p>
      <p className="mt-1">{error.message}</p>
      {error.hint ? <p className="mt-1">{error.hint}</p> : null}
    </div>
  );
}
