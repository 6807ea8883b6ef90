import type { z } from "zod";
import type { ActionResult, FieldErrors } from "./result";

export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/**
 * The one gate every action passes: the browser's values are parsed again with the same schema the form used,
 * and only the schema's output reaches the handler. Invalid input comes back as field errors, never as a throw.
 * `serverErrors` are the problems only the server can see (its configuration), reported beside the schema's.
 */
export async function validated<S extends z.ZodType, T>(
  schema: S,
  values: unknown,
  handler: (data: z.output<S>) => Promise<ActionResult<T>>,
  serverErrors: FieldErrors = {},
): Promise<ActionResult<T>> {
  const parsed = await schema.safeParseAsync(values);
  if (!parsed.success || Object.keys(serverErrors).length > 0) {
    const fieldErrors = { ...serverErrors, ...(parsed.success ? {} : fieldErrorsFrom(parsed.error)) };
    const count = Object.keys(fieldErrors).length;
    return {
      ok: false,
      fieldErrors,
      error: {
        code: "INVALID_INPUT",
        title: "Nothing was sent",
        message: count === 1 ? "One field needs attention." : `${count} fields need attention.`,
        hint: "Fix the fields marked in red, then send again.",
      },
    };
  }
  return handler(parsed.data);
}
