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
 * The customer writes to each of the app's business numbers, through the sandbox and the app's real webhook, as a
 * customer must before any session message can reach them (the sandbox keeps the 24-hour window as Connectly does).
 * A null number is a message whose webhook names no business number, which opens the window for every number.
 */
export async function customerWrites(
  request: APIRequestContext,
  customer: string,
  message: Record<string, unknown> = { text: "Hello" },
  businessNumbers: readonly (string | null)[] = E2E.senders,
): Promise<void> {
  for (const businessNumber of businessNumbers) {
    const response = await request.post(`${E2E.sandboxUrl}/__sandbox/inbound`, {
      data: { customer, businessNumber, ...message },
    });
    if (!response.ok()) throw new Error(`the simulated message was not delivered: ${await response.text()}`);
  }
}
