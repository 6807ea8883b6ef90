import type { TemplateMessageRequest } from "./types";

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The template request as a cURL command a developer can paste, the key as a shell variable (this runs in the
 * browser, which never has the key). Mirrors lib/messages/curl.ts, whose path is fixed to send/messages.
 */
export function toTemplateCurl(request: TemplateMessageRequest, options: { baseUrl: string; businessId: string }): string {
  const url = `${options.baseUrl}/v1/businesses/${options.businessId}/send/whatsapp_templated_messages`;
  return [
    `curl -X POST ${shellQuote(url)}`,
    `  -H "X-API-Key: $CONNECTLY_API_KEY"`,
    `  -H 'Content-Type: application/json'`,
    `  --data-raw ${shellQuote(JSON.stringify(request, null, 2))}`,
  ].join(" \\\n");
}
