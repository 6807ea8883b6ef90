import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { closeDb, type Db, getDb } from "@/lib/db/client";
import { getWindow, listEvents } from "@/lib/db/lifecycle";
import { createAttempt, getHistoryEntry, listHistory, markSent } from "@/lib/db/queries";
import { customerNames, customerWindows, messageEvents, messages } from "@/lib/db/schema";
import type { HistorySearch } from "@/lib/history/history-search";
import { MAX_WEBHOOK_BYTES } from "@/lib/webhooks/handle-request";
import { signWebhookBody } from "@/lib/webhooks/signature";

const SECRET = "whsec_route_test";
const ENV_KEYS = [
  "CONNECTLY_API_KEY",
  "CONNECTLY_BUSINESS_ID",
  "CONNECTLY_WEBHOOK_SECRET",
  "BETTER_AUTH_SECRET",
  "DATABASE_URL",
  "PGLITE_DIR",
] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));

let dir: string;
let db: Db;

/** The route as Next would load it in a process started with these variables (env() reads them once). */
// Live mode: in sandbox mode the app signs its own simulator's events with a built-in secret, so only a live
// deployment can be missing one.
async function loadRoute(secret: string | undefined): Promise<(request: Request) => Promise<Response>> {
  process.env.CONNECTLY_API_KEY = "route-test-key";
  process.env.CONNECTLY_BUSINESS_ID = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b";
  process.env.BETTER_AUTH_SECRET = "route-test-session-secret-0123456789abcdef";
  if (secret === undefined) delete process.env.CONNECTLY_WEBHOOK_SECRET;
  else process.env.CONNECTLY_WEBHOOK_SECRET = secret;
  vi.resetModules();
  return (await import("./route")).POST;
}

function webhook(body: string, signature: string | null = signWebhookBody(SECRET, body)): Request {
  const headers: Record<string, string> = { "content-type": "text/plain; charset=utf-8" };
  if (signature !== null) headers["x-connectly-hmac-sha256"] = signature;
  return new Request("http://127.0.0.1/api/webhooks/connectly", { method: "POST", headers, body });
}

// A minute ahead of the sends: later than their status, well within the five minutes of clock skew allowed.
const SOON = String(Math.floor(Date.now() / 1000) + 60);
const deliveryBody = (id: string, status: string, timestamp = SOON, error: object | null = null) =>
  JSON.stringify({
    topic: "delivery_status",
    timestamp,
    sender: { id: "+14155550100", channelType: "whatsapp" },
    recipient: { id: "+16044441111", channelType: "whatsapp" },
    statusUpdate: { id, status, error },
    metadata: null,
  });

async function sentMessage(connectlyId: string): Promise<string> {
  const { id } = await createAttempt(db, {
    endpoint: "send/messages",
    messageType: "text",
    recipient: "+16044441111",
    request: { message: { text: "hi" } },
  });
  await markSent(db, id, { connectlyId, attempts: 1 });
  return id;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "connectly-webhook-route-"));
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = path.join(dir, "pglite");
  // Opened here first, so the route's database() is this same process-wide database.
  db = (await getDb({ pgliteDir: process.env.PGLITE_DIR })).db;
}, 60_000);

afterAll(async () => {
  await closeDb();
  await rm(dir, { recursive: true, force: true });
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

beforeEach(async () => {
  await db.execute(sql`truncate ${messageEvents}, ${messages}, ${customerWindows}, ${customerNames}`);
});

describe("POST /api/webhooks/connectly with a secret configured", () => {
  let POST: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    POST = await loadRoute(SECRET);
  });

  test("accepts a correctly signed delivery status and moves the message", async () => {
    const id = await sentMessage("01JROUTE0000000000000000001");
    const response = await POST(webhook(deliveryBody("01JROUTE0000000000000000001", "delivered")));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      kind: "delivery_status",
      messageId: id,
      duplicate: false,
      statusChanged: true,
    });
    expect(await getHistoryEntry(db, id)).toMatchObject({
      status: "delivered",
      statusAt: new Date(Number(SOON) * 1000),
    });
  });

  test("refuses a wrong, missing or stale signature with 401 and changes nothing", async () => {
    const id = await sentMessage("01JROUTE0000000000000000002");
    const body = deliveryBody("01JROUTE0000000000000000002", "read");
    const refused = [
      webhook(body, signWebhookBody("another-secret", body)),
      webhook(body, null),
      webhook(body, signWebhookBody(SECRET, deliveryBody("01JROUTE0000000000000000002", "sent"))),
    ];
    for (const request of refused) expect((await POST(request)).status).toBe(401);

    expect((await getHistoryEntry(db, id))?.status).toBe("sent");
    expect(await db.select().from(messageEvents)).toEqual([]);
  });

  test("refuses a signed body that is not JSON or not an event with 400", async () => {
    const notJson = await POST(webhook("{topic: delivery_status"));
    const notEvent = await POST(webhook(JSON.stringify({ hello: "world" })));
    const noId = await POST(webhook(deliveryBody("", "read")));

    expect(notJson.status).toBe(400);
    expect(notEvent.status).toBe(400);
    expect(noId.status).toBe(400);
    expect((await noId.json()).error).toContain("statusUpdate.id");
    expect(await db.select().from(messageEvents)).toEqual([]);
  });

  test("refuses a body over the size limit with 413", async () => {
    const huge = JSON.stringify({ topic: "x", padding: "x".repeat(MAX_WEBHOOK_BYTES) });
    expect((await POST(webhook(huge))).status).toBe(413);
  });

  test("answers 200 to a redelivery and records the event once", async () => {
    const id = await sentMessage("01JROUTE0000000000000000003");
    const body = deliveryBody("01JROUTE0000000000000000003", "read");
    const first = await POST(webhook(body));
    const again = await POST(webhook(body));

    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true, statusChanged: false });
    expect(await listEvents(db, id)).toHaveLength(1);
  });

  test("keeps read when a delivered event arrives late", async () => {
    const id = await sentMessage("01JROUTE0000000000000000004");
    await POST(webhook(deliveryBody("01JROUTE0000000000000000004", "read", "1748772060")));
    await POST(webhook(deliveryBody("01JROUTE0000000000000000004", "delivered", "1748772000")));

    expect((await getHistoryEntry(db, id))?.status).toBe("read");
  });

  test("stores the error of a delivery failure on the message", async () => {
    const id = await sentMessage("01JROUTE0000000000000000005");
    const error = { code: "ERROR_CODE_UNSPECIFIED", message: "The customer's phone could not be reached" };
    const response = await POST(
      webhook(deliveryBody("01JROUTE0000000000000000005", "delivery_failed", "1748772000", error)),
    );

    expect(response.status).toBe(200);
    expect(await getHistoryEntry(db, id)).toMatchObject({
      status: "delivery_failed",
      errorCode: "ERROR_CODE_UNSPECIFIED",
      errorMessage: "The customer's phone could not be reached",
    });
  });

  test("answers 200 for an unknown message id and records the event without a message", async () => {
    const response = await POST(webhook(deliveryBody("01JNOBODYSENTTHIS000000000", "delivered")));

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ messageId: null, statusChanged: false });
    expect(await db.select().from(messageEvents)).toEqual([
      expect.objectContaining({ messageId: null, connectlyId: "01JNOBODYSENTTHIS000000000", status: "delivered" }),
    ]);
  });

  test("opens the customer's window on an inbound message, keeping the latest time", async () => {
    const inbound = (timestamp: string) =>
      JSON.stringify({
        timestamp,
        sender: { id: "+16044441111", channelType: "whatsapp", name: "Ada" },
        recipient: { id: "+14155550100", channelType: "whatsapp" },
        message: { text: "Where is my order?" },
      });
    expect((await POST(webhook(inbound("1748772060")))).status).toBe(200);
    expect((await POST(webhook(inbound("1748772000")))).status).toBe(200);

    expect(await getWindow(db, "+16044441111", "+14155550100")).toEqual({
      customer: "+16044441111",
      businessNumber: "+14155550100",
      lastInboundAt: new Date("2025-06-01T10:01:00.000Z"),
    });
  });

  test("keeps the name a customer writes with, so history finds what was sent to them by it", async () => {
    const sent = await sentMessage("01JNAMEDLATER0000000000000");
    const search: HistorySearch = { kind: "text", words: ["lovelace"], id: "lovelace" };
    expect((await listHistory(db, { search })).entries).toEqual([]);
    const inbound = JSON.stringify({
      timestamp: SOON,
      sender: { id: "+16044441111", channelType: "whatsapp", name: "Ada Lovelace" },
      recipient: { id: "+14155550100", channelType: "whatsapp" },
      message: { text: "Thanks!" },
    });
    expect((await POST(webhook(inbound))).status).toBe(200);
    expect((await listHistory(db, { search })).entries.map((entry) => entry.id)).toEqual([sent]);
  });
});

describe("POST /api/webhooks/connectly without CONNECTLY_WEBHOOK_SECRET", () => {
  test("refuses every delivery with 503, stores nothing, and says why in one log line", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const POST = await loadRoute(undefined);
      await sentMessage("01JROUTE0000000000000000006");
      const body = deliveryBody("01JROUTE0000000000000000006", "read");
      const responses = await Promise.all([POST(webhook(body)), POST(webhook(body, null)), POST(webhook(body))]);

      expect(responses.map((response) => response.status)).toEqual([503, 503, 503]);
      expect((await responses[0]!.json()).error).toContain("CONNECTLY_WEBHOOK_SECRET is not set");
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0]![0]).toContain("CONNECTLY_WEBHOOK_SECRET is not set");
      expect(await db.select().from(messageEvents)).toEqual([]);
    } finally {
      logged.mockRestore();
    }
  });
});
