import "server-only";
import { env } from "@/lib/env";
import { createConnectlyClient, type ConnectlyClient } from "./client";

let opening: Promise<ConnectlyClient> | undefined;

/**
 * The process-wide Connectly client. In sandbox mode with no CONNECTLY_BASE_URL, the built-in simulator is the
 * client's fetch, so every send still runs the real client code (timeouts, retries, error mapping).
 */
export function connectly(): Promise<ConnectlyClient> {
  opening ??= open();
  return opening;
}

async function open(): Promise<ConnectlyClient> {
  const config = env();
  if (config.mode === "sandbox" && !config.baseUrlConfigured) {
    const { createSandbox } = await import("./sandbox/handler");
    const sandbox = createSandbox({ apiKey: config.apiKey, businessId: config.businessId });
    return createConnectlyClient({
      baseUrl: "http://sandbox.local",
      apiKey: config.apiKey,
      businessId: config.businessId,
      fetch: (input, init) => sandbox.handle(new Request(input, init)),
    });
  }
  return createConnectlyClient({ baseUrl: config.baseUrl, apiKey: config.apiKey, businessId: config.businessId });
}
