import type { JsonValue } from "./request";

/** Quotes a value for a POSIX shell: single quotes, with embedded single quotes closed and escaped. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export type SendPath = "send/messages" | "send/whatsapp_templated_messages";

/**
 * A request as a cURL command a developer can paste. The key is written as a shell variable, never its value:
 * this string is built in the browser, which never has the key.
 */
export function toCurl(
  body: object | JsonValue,
  options: { baseUrl: string; businessId: string; path?: SendPath },
): string {
  const url = `${options.baseUrl}/v1/businesses/${options.businessId}/${options.path ?? "send/messages"}`;
  return [
    `curl -X POST ${shellQuote(url)}`,
    `  -H "X-API-Key: $CONNECTLY_API_KEY"`,
    `  -H 'Content-Type: application/json'`,
    `  --data-raw ${shellQuote(JSON.stringify(body, null, 2))}`,
  ].join(" \\\n");
}
