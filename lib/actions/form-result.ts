import type { z } from "zod";
import type { ActionError, FieldErrors } from "./result";
import { fieldErrorsFrom } from "./validated-action";

/**
 * What a form's server action returns when it does not move on (success usually redirects): why, per field, and
 * the values to put back, since React clears an uncontrolled form after its action runs. Passwords never come back.
 */
export type FormResult<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; error: ActionError; fieldErrors?: FieldErrors; values?: Record<string, string> };

/**
 * The forms' gate, as validated() is the composers': the browser's values are parsed again with the schema the form
 * used, and only its output reaches the handler. The values typed come back with any failure.
 */
export async function validatedForm<S extends z.ZodType, T extends object>(
  schema: S,
  values: Record<string, string>,
  handler: (data: z.output<S>) => Promise<FormResult<T>>,
): Promise<FormResult<T>> {
  const parsed = await schema.safeParseAsync(values);
  const result: FormResult<T> = parsed.success
    ? await handler(parsed.data)
    : {
        ok: false,
        fieldErrors: fieldErrorsFrom(parsed.error),
        error: { code: "INVALID_INPUT", title: "Check the form", message: "Some fields need attention.", hint: "" },
      };
  if (result.ok) return result;
  const { password: _password, ...kept } = values;
  return { ...result, values: kept };
}
