import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ConnectlyClient, createConnectlyClient } from "@/lib/connectly/client";
import { ConnectlyApiError } from "@/lib/connectly/errors";
import { SANDBOX_API_KEY, SANDBOX_BUSINESS_ID } from "@/lib/connectly/sandbox/constants";
import { type SandboxServer, startSandboxServer } from "@/lib/connectly/sandbox/http-server";
import { createTemplateCache, TEMPLATE_CACHE_TTL_MS } from "./cache";

let server: SandboxServer;

beforeEach(async () => {
  server = await startSandboxServer();
});

afterEach(async () => {
  await server.close();
});

function client(apiKey = SANDBOX_API_KEY): ConnectlyClient {
  return createConnectlyClient({ baseUrl: server.url, apiKey, businessId: SANDBOX_BUSINESS_ID, maxAttempts: 1 });
}

const listCalls = () => server.sandbox.received().filter((r) => r.path.endsWith("/get/templates")).length;

describe("createTemplateCache", () => {
  it("fetches once within the TTL, normalized, and again once it has passed", async () => {
    let clock = Date.parse("2025-03-10T12:00:00Z");
    const connectly = client();
    const cache = createTemplateCache({ load: () => connectly.listTemplates(), now: () => clock });

    const first = await cache.get();
    clock += TEMPLATE_CACHE_TTL_MS - 1;
    const second = await cache.get();

    expect(listCalls()).toBe(1);
    expect(second).toBe(first);
    expect(first.fetchedAt).toBe("2025-03-10T12:00:00.000Z");
    expect(first.templates.find((t) => t.name === "order_update" && t.language === "en")?.status).toBe("approved");

    clock += 1;
    const third = await cache.get();
    expect(listCalls()).toBe(2);
    expect(third.fetchedAt).toBe("2025-03-10T12:10:00.000Z");
  });

  it("peeks at the list it holds, however old, without fetching", async () => {
    let clock = Date.parse("2025-03-10T12:00:00Z");
    const connectly = client();
    const cache = createTemplateCache({ load: () => connectly.listTemplates(), now: () => clock });
    expect(cache.peek()).toBeUndefined();
    const held = await cache.get();
    clock += TEMPLATE_CACHE_TTL_MS * 3;
    expect(cache.peek()).toBe(held);
    expect(listCalls()).toBe(1);
  });

  it("fetches anew on refresh within the TTL, but at most once per 30 seconds", async () => {
    let clock = Date.parse("2025-03-10T12:00:00Z");
    const connectly = client();
    const cache = createTemplateCache({ load: () => connectly.listTemplates(), now: () => clock });

    const first = await cache.get();
    for (let click = 0; click < 20; click++) {
      clock += 1000;
      expect(await cache.get({ refresh: true })).toBe(first);
    }
    expect(listCalls()).toBe(1);

    clock = Date.parse("2025-03-10T12:00:30Z");
    const refreshed = await cache.get({ refresh: true });
    expect(listCalls()).toBe(2);
    expect(refreshed.fetchedAt).toBe("2025-03-10T12:00:30.000Z");
  });

  it("shares one fetch between callers arriving together", async () => {
    const connectly = client();
    const cache = createTemplateCache({ load: () => connectly.listTemplates() });

    const [a, b] = await Promise.all([cache.get(), cache.get({ refresh: true })]);

    expect(listCalls()).toBe(1);
    expect(a).toBe(b);
  });

  it("does not keep a failure: the next call after 30 seconds tries again, earlier ones get the same error", async () => {
    let clock = Date.parse("2025-03-10T12:00:00Z");
    let connectly = client("wrong-key");
    const cache = createTemplateCache({ load: () => connectly.listTemplates(), now: () => clock });

    await expect(cache.get()).rejects.toBeInstanceOf(ConnectlyApiError);
    connectly = client();
    clock += 10_000;
    await expect(cache.get({ refresh: true })).rejects.toBeInstanceOf(ConnectlyApiError);
    expect(listCalls()).toBe(1);
    clock += 20_000;
    const catalog = await cache.get();

    expect(catalog.templates.length).toBeGreaterThan(0);
    expect(listCalls()).toBe(2);
  });
});
