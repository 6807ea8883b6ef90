import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SANDBOX_BUSINESS_NUMBER } from "@/lib/connectly/sandbox/constants";
import { type SandboxServer, startSandboxServer } from "@/lib/connectly/sandbox/http-server";
import { database } from "@/lib/db";
import { closeDb } from "@/lib/db/client";
import { signedIn } from "@/test-support/signed-in";
import { startWebhookReceiver, type WebhookReceiver } from "@/test-support/webhook-receiver";
import { simulateReplyAction } from "./simulate-reply";

// Server actions read the session through next/headers, which only exists inside a Next request: here every call
// carries the cookie of an Agent signed in for real.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));

const SECRET = "simulate-reply-test-secret";
const CUSTOMER = "+16045550188";
const PICKED = "+14155550123";

let receiver: WebhookReceiver;
let sandbox: SandboxServer;
let dataDir: string;

// Sandbox mode (no API key) with the standalone simulator, whose webhook is a receiver that records what it posts.
beforeAll(async () => {
  receiver = await startWebhookReceiver(SECRET);
  sandbox = await startSandboxServer({ webhook: { url: receiver.url, secret: SECRET } });
  dataDir = await mkdtemp(path.join(tmpdir(), "simulate-reply-test-"));
  vi.stubEnv("CONNECTLY_API_KEY", "");
  vi.stubEnv("CONNECTLY_BASE_URL", sandbox.url);
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("PGLITE_DIR", path.join(dataDir, "pglite"));
  vi.stubEnv("BETTER_AUTH_SECRET", "simulate-reply-test-session-secret-0123456789");
  vi.stubEnv("APP_URL", "");
  await database();
  request.headers = new Headers({ cookie: (await signedIn("agent")).cookie });
}, 60_000);

afterAll(async () => {
  await closeDb();
  await sandbox.close();
  await receiver.close();
  await rm(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

beforeEach(() => {
  receiver.received.length = 0;
});

async function posted() {
  const [webhook] = await receiver.waitFor(1);
  return webhook?.body;
}

describe("Simulate customer reply", () => {
  it("in a conversation without a business number, posts a webhook naming none, as that conversation began", async () => {
    expect(await simulateReplyAction({ thread: { customer: CUSTOMER, businessNumber: "" } })).toEqual({ ok: true });
    const body = await posted();
    expect(body).toMatchObject({ sender: { id: CUSTOMER }, message: { text: expect.any(String) } });
    expect(body).not.toHaveProperty("recipient");
  });

  it("in a conversation with a business number, writes to that number", async () => {
    expect(await simulateReplyAction({ thread: { customer: CUSTOMER, businessNumber: PICKED } })).toEqual({ ok: true });
    expect(await posted()).toMatchObject({ sender: { id: CUSTOMER }, recipient: { id: PICKED } });
  });

  it("in a composer, writes to the Sender picked, or with none picked to the number Connectly sends from", async () => {
    expect(await simulateReplyAction({ recipient: ` ${CUSTOMER} `, sender: PICKED })).toEqual({ ok: true });
    expect(await posted()).toMatchObject({ sender: { id: CUSTOMER }, recipient: { id: PICKED } });
    receiver.received.length = 0;
    expect(await simulateReplyAction({ recipient: CUSTOMER, sender: "" })).toEqual({ ok: true });
    expect(await posted()).toMatchObject({ recipient: { id: SANDBOX_BUSINESS_NUMBER } });
  });

  it("refuses a customer or a business number that is not one, naming the field, and posts nothing", async () => {
    const refused = [
      await simulateReplyAction({ recipient: "604 555", sender: "" }),
      await simulateReplyAction({ recipient: CUSTOMER, sender: "front desk" }),
      await simulateReplyAction({ thread: { customer: CUSTOMER, businessNumber: "front desk" } }),
      await simulateReplyAction({ thread: { customer: "nobody", businessNumber: "" } }),
      await simulateReplyAction(null as never),
    ];
    expect(refused.map((result) => (result.ok ? "ok" : Object.keys(result.fieldErrors ?? {})))).toEqual([
      ["recipient"],
      ["sender"],
      ["thread.businessNumber"],
      ["thread.customer"],
      ["form"],
    ]);
    expect(refused[1]).toMatchObject({ ok: false, error: { message: "The Sender is not a business number." } });
    expect(receiver.received).toEqual([]);
  });
});
