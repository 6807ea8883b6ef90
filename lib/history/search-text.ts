/**
 * The text the history search box looks in, besides numbers and ids: the customer's name, the campaign, and every
 * word of the message, one string per line, in lower case. Kept in the search_text column with a trigram index;
 * searches compare it with LIKE against a lower-cased term, several times cheaper per row than ILIKE.
 *
 * The rule must stay simple enough for SQL to repeat it for rows written before the column existed (the backfill
 * migration *_backfill_search_text.sql): every string inside a session message's `message`, and a template's name
 * and parameter values. A template sent since its words are kept is found by its words too (`sentText`).
 */
export function searchTextOf(entry: {
  recipientName?: string | null;
  campaignName?: string | null;
  request: unknown;
  sentText?: string | null;
}): string {
  const parts = [entry.recipientName, entry.campaignName, entry.sentText];
  const request = entry.request as { message?: unknown; templateName?: unknown; parameters?: unknown } | null;
  collectStrings(request?.message, parts);
  if (typeof request?.templateName === "string") parts.push(request.templateName);
  if (Array.isArray(request?.parameters)) {
    for (const parameter of request.parameters) {
      const value = (parameter as { value?: unknown } | null)?.value;
      if (typeof value === "string") parts.push(value);
    }
  }
  return parts
    .filter((part): part is string => typeof part === "string" && part !== "")
    .join("\n")
    .toLowerCase();
}

function collectStrings(value: unknown, into: (string | null | undefined)[]): void {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value !== null && typeof value === "object")
    for (const item of Object.values(value)) collectStrings(item, into);
}
