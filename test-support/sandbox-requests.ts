import { SANDBOX_API_KEY, SANDBOX_BUSINESS_ID } from "@/lib/connectly/sandbox/constants";
import type { Sandbox } from "@/lib/connectly/sandbox/handler";

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

export const TEMPLATE_SEND_PATH = `/v1/businesses/${SANDBOX_BUSINESS_ID}/send/whatsapp_templated_messages`;
export const TEMPLATES_PATH = `/v1/businesses/${SANDBOX_BUSINESS_ID}/get/templates`;

export function sendTemplate(sandbox: Sandbox, body: unknown, options: SendOptions = {}): Promise<Response> {
  return send(sandbox, body, { path: TEMPLATE_SEND_PATH, ...options });
}

/** A complete, valid send of the approved order_update (en) template. */
export function orderUpdateTo(number: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    number,
    templateName: "order_update",
    language: "en",
    parameters: [
      { name: "header_text", value: "#4521" },
      { name: "body_1", value: "Ana" },
      { name: "body_2", value: "#4521" },
      { name: "body_3", value: "Friday" },
      { name: "button_1_url", value: "4521" },
    ],
    ...overrides,
  };
}
