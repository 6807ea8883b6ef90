import type { APIRequestContext } from "@playwright/test";
import { E2E } from "./e2e-config";

export interface ReceivedRequest {
  method: string;
  path: string;
  apiKey: string | null;
  body: unknown;
  status: number;
  response: unknown;
}

/** What the standalone sandbox (standing in for Connectly) has received over the wire. */
export async function sandboxRequests(request: APIRequestContext): Promise<ReceivedRequest[]> {
  const response = await request.get(`${E2E.sandboxUrl}/__sandbox/requests`);
  if (!response.ok()) throw new Error(`sandbox inspection failed: ${response.status()}`);
  return (await response.json()) as ReceivedRequest[];
}

export async function clearSandbox(request: APIRequestContext): Promise<void> {
  await request.delete(`${E2E.sandboxUrl}/__sandbox/requests`);
}

/**
 * The customer writes to each of the business numbers, as Connectly reports it: the app's webhook records it and
 * their 24-hour window opens, so a session message to them is sent without the composer asking first.
 */
export async function customerWrites(request: APIRequestContext, customer: string): Promise<void> {
  for (const businessNumber of E2E.senders) {
    const response = await request.post(`${E2E.sandboxUrl}/__sandbox/inbound`, {
      data: { customer, businessNumber, text: "Hi, a question about my order" },
    });
    if (!response.ok()) throw new Error(`the simulated message from ${customer} failed: ${response.status()}`);
  }
}
