import "server-only";
import { env } from "@/lib/env";
import { type ConnectlyClient, createConnectlyClient } from "./client";
import type { Sandbox } from "./sandbox/handler";

interface Connection {
  client: ConnectlyClient;
  /** The in-process simulator, in sandbox mode without CONNECTLY_BASE_URL. */
  sandbox?: Sandbox;
}

// On globalThis: Next may evaluate this module more than once in a process, and two simulators would play
// deliveries twice.
const holder = globalThis as typeof globalThis & {
  __connectlyComposerConnection?: Promise<Connection>;
  /**
   * Set by the start-up hook (lib/startup.ts), which may read the database: primes the in-process simulator once it
   * exists. A hook rather than an import, because this module must not import the database, and because opening the
   * connection from start-up would make its client in the instrumentation bundle's copy of these modules, whose
   * error classes the app's own copies do not recognise.
   */
  __connectlySandboxOpened?: (sandbox: Sandbox) => Promise<void>;
};

function connection(): Promise<Connection> {
  holder.__connectlyComposerConnection ??= open();
  return holder.__connectlyComposerConnection;
}

/**
 * The process-wide Connectly client. In sandbox mode with no CONNECTLY_BASE_URL, the built-in simulator is the
 * client's fetch, so every send still runs the real client code (timeouts, retries, error mapping).
 */
export async function connectly(): Promise<ConnectlyClient> {
  return (await connection()).client;
}

/** Registers what to do with the in-process simulator when it is created (see the holder above). */
export function onSandboxOpened(hook: (sandbox: Sandbox) => Promise<void>): void {
  holder.__connectlySandboxOpened = hook;
}

/** The in-process simulator, or undefined when sends go over HTTP. */
export async function inProcessSandbox(): Promise<Sandbox | undefined> {
  return (await connection()).sandbox;
}

async function open(): Promise<Connection> {
  const config = env();
  if (config.mode === "sandbox" && !config.baseUrlConfigured) {
    const { createSandbox } = await import("./sandbox/handler");
    const sandbox = createSandbox({
      apiKey: config.apiKey,
      businessId: config.businessId,
      businessNumbers: config.senders,
      // The simulator plays delivery events back to this app's own webhook, signed as Connectly would sign them.
      webhook: config.webhookSecret
        ? { url: new URL("/api/webhooks/connectly", config.appUrl).href, secret: config.webhookSecret }
        : undefined,
    });
    await holder.__connectlySandboxOpened?.(sandbox);
    const client = createConnectlyClient({
      baseUrl: "http://sandbox.local",
      apiKey: config.apiKey,
      businessId: config.businessId,
      timeoutMs: config.timeoutMs,
      fetch: (input, init) => sandbox.handle(new Request(input, init)),
    });
    return { client, sandbox };
  }
  return {
    client: createConnectlyClient({
      baseUrl: config.baseUrl,
      apiKey: config.apiKey,
      businessId: config.businessId,
      timeoutMs: config.timeoutMs,
    }),
  };
}
