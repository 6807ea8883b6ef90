import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type SandboxServer, startSandboxServer } from "@/lib/connectly/sandbox/http-server";
import { database } from "@/lib/db";
import { closeDb } from "@/lib/db/client";
import { listHistory } from "@/lib/db/queries";
import { newSendKey } from "@/lib/messages/send-key";
import { textDefaults } from "@/lib/messages/text";
import { signedIn } from "@/test-support/signed-in";
import { sendMessageAction } from "./send-message";

// Server actions read the session through next/headers, which only exists inside a Next request: here every call
// carries the cookie of an Agent signed in for real.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));

let sandbox: SandboxServer;
let dataDir: string;
let agentId: string;

const SENDERS = ["+14151111234", "+14155550123"];

// The real action, configured as the app would be: live mode against a standalone sandbox over HTTP, a fresh PGlite.
beforeAll(async () => {
  // The demo customer +16044441111 wrote to every business number, so session messages to it are within the window.
  sandbox = await startSandboxServer({ apiKey: "action-test-key", businessNumbers: SENDERS });
  dataDir = await mkdtemp(path.join(tmpdir(), "send-action-test-"));
  vi.stubEnv("CONNECTLY_API_KEY", "action-test-key");
  vi.stubEnv("CONNECTLY_BUSINESS_ID", "00000000-0000-4000-8000-000000000000");
  vi.stubEnv("CONNECTLY_BASE_URL", sandbox.url);
  vi.stubEnv("CONNECTLY_SENDERS", SENDERS.join(","));
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("PGLITE_DIR", path.join(dataDir, "pglite"));
  vi.stubEnv("BETTER_AUTH_SECRET", "action-test-session-secret-0123456789abcdef");
  vi.stubEnv("APP_URL", "");
  // Opened (and migrated) here, so the tests time the sends, not a fresh database's first start.
  await database();
  const agent = await signedIn("agent");
  agentId = agent.userId;
  request.headers = new Headers({ cookie: agent.cookie });
}, 60_000);

afterAll(async () => {
  await closeDb();
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

beforeEach(() => sandbox.sandbox.reset());

const text = (message: string, extra: object = {}) => ({
  ...textDefaults,
  recipient: { id: "+16044441111", name: "" },
  senderId: SENDERS[0],
  message: { text: message },
  ...extra,
});

function post(type: string, values: unknown, key = newSendKey()) {
  return sendMessageAction(null, { type, values, key } as Parameters<typeof sendMessageAction>[1]);
}

describe("the send action", () => {
  it("gives 1 Connectly request and 1 row for 10 concurrent identical actions", async () => {
    const key = newSendKey();
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => post("text", text("Only once, please"), key)));

    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(sandbox.sandbox.received()).toHaveLength(1);
    const rows = (await listHistory(await database(), { limit: 100 })).entries.filter((e) => e.idempotencyKey === key);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.sentByUserId).toBe(agentId);
    expect(sandbox.sandbox.received()[0]?.body).toMatchObject({ callbackData: { sendKey: key } });
  });

  it("sends a pasted number as the E.164 number it stands for, read with DEFAULT_COUNTRY", async () => {
    for (const id of ["+1 (604) 444-1111", "1 604 444 1111"]) {
      const outcome = await post("text", text("hi", { recipient: { id, name: "" } }));
      expect(outcome.ok).toBe(true);
    }
    expect(sandbox.sandbox.received().map((r) => (r.body as { recipient: { id: string } }).recipient.id)).toEqual([
      "+16044441111",
      "+16044441111",
    ]);
  });

  it("refuses an incomplete pasted number at the recipient", async () => {
    const outcome = await post("text", text("hi", { recipient: { id: "+1 (604) 444", name: "" } }));
    expect(outcome).toMatchObject({ ok: false, fieldErrors: { "recipient.id": expect.stringMatching(/^Too short/) } });
    expect(sandbox.sandbox.received()).toHaveLength(0);
  });

  it("refuses a send without a send key", async () => {
    const outcome = await sendMessageAction(null, { type: "text", values: text("hi") } as never);
    expect(outcome).toMatchObject({ ok: false, error: { code: "MISSING_SEND_KEY" } });
    expect(sandbox.sandbox.received()).toHaveLength(0);
  });

  const buttons = (button: { id: string; text: string }) => ({
    ...text("Pick one"),
    message: {
      text: "Pick one",
      replyButtonMessage: {
        header: { type: "none", text: "", url: "", filename: "" },
        footer: { text: "" },
        buttons: [button],
      },
    },
  });
  const image = (url: string) => ({ ...text(""), message: { url, caption: "", filename: "" } });

  it.each([
    ["a Sender outside CONNECTLY_SENDERS", "text", text("hi", { senderId: "+14155550199" }), "senderId"],
    [
      "a 20-character title of 40,020 UTF-16 units",
      "buttons",
      buttons({ id: "b1", text: `a${"\u0301".repeat(40_019)}` }),
      "message.replyButtonMessage.buttons.0.text",
    ],
    [
      "a 100,003-character BSUID",
      "text",
      text("hi", { recipient: { id: `US.${"1".repeat(100_000)}`, name: "" } }),
      "recipient.id",
    ],
    [
      "a button id with a newline",
      "buttons",
      buttons({ id: "b\n1", text: "Yes" }),
      "message.replyButtonMessage.buttons.0.id",
    ],
    [
      "a NUL in the recipient's name",
      "text",
      text("hi", { recipient: { id: "+16044441111", name: "Ana\u0000" } }),
      "recipient.name",
    ],
    ["a NUL in the message text", "text", text("hi\u0000there"), "message.text"],
    ["a media URL on 169.254.169.254", "image", image("https://169.254.169.254/latest/meta-data"), "message.url"],
    ["a media URL on 100.64.0.1", "image", image("https://100.64.0.1/a.jpg"), "message.url"],
    ["a media URL on foo.localhost", "image", image("https://foo.localhost/a.jpg"), "message.url"],
    ["a media URL with credentials", "image", image("https://user:pass@example.com/a.jpg"), "message.url"],
    ["a media URL of 100,000 characters", "image", image(`https://example.com/${"a".repeat(100_000)}`), "message.url"],
    ["an http:// media URL outside the sandbox", "image", image("http://example.com/a.jpg"), "message.url"],
  ])("answers %s with a field error and sends nothing", async (_, type, values, field) => {
    const outcome = await post(type, values);

    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("INVALID_INPUT");
    expect(outcome.fieldErrors?.[field]).toEqual(expect.any(String));
    expect(sandbox.sandbox.received()).toHaveLength(0);
  });
});
