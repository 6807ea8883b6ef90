import "server-only";

/**
 * An error in words fit for a log line: a failed query keeps its SQL (whose values are $1, $2 placeholders) and the
 * database's reason, never the parameter values (a customer's number, a whole message), nor PostgreSQL's `detail`,
 * which quotes the offending row.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (isQueryError(error)) {
    const reason = error.cause === undefined ? "" : `: ${describeError(error.cause)}`;
    return `Failed query: ${error.query} (parameters withheld)${reason}`;
  }
  const code = "code" in error && typeof error.code === "string" ? ` [${error.code}]` : "";
  const cause = error.cause === undefined ? "" : ` (caused by ${describeError(error.cause)})`;
  return `${error.name}: ${error.message}${code}${cause}`;
}

/** drizzle's DrizzleQueryError, recognised by shape so the check survives the module being bundled twice. */
export function isQueryError(error: unknown): error is Error & { query: string; params: unknown[] } {
  return (
    error instanceof Error &&
    "query" in error &&
    typeof error.query === "string" &&
    "params" in error &&
    Array.isArray(error.params)
  );
}
