import { SANDBOX_API_KEY, SANDBOX_BUSINESS_ID } from "./constants";
import type { Sandbox } from "./handler";

/** Shared by the sandbox's tests: what a well-formed call looks like, and how to make one. */
export const SEND_PATH = `/v1/businesses/${SANDBOX_BUSINESS_ID}/send/messages`;

export function textTo(recipientId: string, text = "Hello"): Record<string, unknown> {
  return { recipient: { id: recipientId, channelType: "whatsapp" }, message: { text } };
}

export function withMessage(message: unknown): Record<string, unknown> {
  return { recipient: { id: "+16044441111", channelType: "whatsapp" }, message };
}

export interface SendOptions {
  apiKey?: string | null;
  path?: string;
  method?: string;
  signal?: AbortSignal;
}

export function send(sandbox: Sandbox, body: unknown, options: SendOptions = {}): Promise<Response> {
  const { apiKey = SANDBOX_API_KEY, path = SEND_PATH, method = "POST", signal } = options;
  const headers = new Headers({ "Content-Type": "application/json" });
  if (apiKey !== null) headers.set("X-API-Key", apiKey);
  return sandbox.handle(
    new Request(`https://api.connectly.ai${path}`, {
      method,
      headers,
      body: method === "GET" || method === "HEAD" ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      signal,
    }),
  );
}
