import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createConnectlyClient } from "@/lib/connectly/client";
import { UNKNOWN_OUTCOME_WORDS } from "@/lib/connectly/errors";
import { SANDBOX_API_KEY, SANDBOX_BUSINESS_ID } from "@/lib/connectly/sandbox/constants";
import { type SandboxServer, startSandboxServer } from "@/lib/connectly/sandbox/http-server";
import { reservedNumberFor } from "@/lib/connectly/sandbox/reserved";
import { createDatabase, type Database, type DatabaseConfig, type Db } from "@/lib/db/client";
import { listEvents } from "@/lib/db/lifecycle";
import { createAttempt, getHistoryEntry, listHistory, type NewAttempt, sweepStalePending } from "@/lib/db/queries";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { newSendKey, withSendKey } from "@/lib/messages/send-key";
import { handleWebhookRequest } from "@/lib/webhooks/handle-request";
import { testEngines } from "@/test-support/db-engines";
import { sendOnce } from "./send-once";

const SECRET = "whsec_send_once_test";
const engines = testEngines(process.env.TEST_DATABASE_URL);

/** The app's webhook route over real HTTP, storing into whichever database the test gives it. */
async function startWebhookEndpoint(db: () => Db): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request("http://127.0.0.1/api/webhooks/connectly", {
      method: "POST",
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      body: Buffer.concat(chunks),
    });
    const response = await handleWebhookRequest(request, { secret: SECRET, database: async () => db() });
    res.writeHead(response.status).end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/webhooks/connectly`, server };
}

function composed(recipient: string, text = "Your order has shipped"): SessionMessageRequest {
  return { recipient: { id: recipient, channelType: "whatsapp" }, message: { text }, callbackData: { ticket: 7 } };
}

describe.each(engines)("sending once on $kind", (engine) => {
  let database: Database;
  let db: Db;
  let sandbox: SandboxServer;
  let webhook: { url: string; server: Server };
  let config: DatabaseConfig;

  beforeAll(async () => {
    config = await engine.freshConfig();
    database = await createDatabase(config);
    db = database.db;
    webhook = await startWebhookEndpoint(() => db);
    sandbox = await startSandboxServer({
      hangMs: 5_000,
      webhook: { url: webhook.url, secret: SECRET, delaysMs: [50, 100, 150] },
    });
    // The customers these tests send to wrote just now, so their 24-hour windows are open.
    sandbox.sandbox.rememberWindows(
      Array.from({ length: 20 }, (_, i) => ({
        customer: `+160444411${String(i + 1).padStart(2, "0")}`,
        businessNumber: "",
        at: new Date(),
      })),
    );
  }, 60_000);

  afterAll(async () => {
    await sandbox.close();
    await new Promise((resolve) => webhook.server.close(resolve));
    await database.close();
    await engine.cleanup();
  });

  beforeEach(() => sandbox.sandbox.reset());
  afterEach(() => delay(200));

  const connectly = () =>
    createConnectlyClient({
      baseUrl: sandbox.url,
      apiKey: SANDBOX_API_KEY,
      businessId: SANDBOX_BUSINESS_ID,
      timeoutMs: 2_000,
    });

  function submit(request: SessionMessageRequest, key: string, on: Db = db) {
    const tracked = withSendKey(request, key);
    const attempt: NewAttempt = {
      endpoint: "send/messages",
      messageType: "text",
      recipient: tracked.recipient.id,
      request: tracked,
    };
    return sendOnce({
      db: on,
      attempt,
      key,
      send: () => connectly().sendSessionMessage(tracked),
      // Long enough for the first submission to finish on a loaded machine; the behaviour is the same at any wait.
      waitMs: 15_000,
      pollMs: 20,
    });
  }

  const sends = () => sandbox.sandbox.received().filter((r) => r.path.endsWith("/send/messages"));
  const rowsFor = async (recipient: string) =>
    (await listHistory(db, { recipient: { exact: recipient }, limit: 100 })).entries;

  test("10 concurrent identical submissions make 1 Connectly request and 1 row, and all get its outcome", async () => {
    const key = newSendKey();
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => submit(composed("+16044441111"), key)));

    expect(sends()).toHaveLength(1);
    const rows = (await rowsFor("+16044441111")).filter((row) => row.idempotencyKey === key);
    expect(rows).toHaveLength(1);
    const ids = new Set(outcomes.map((outcome) => (outcome.ok ? outcome.connectlyId : "not sent")));
    expect([...ids]).toEqual([rows[0]?.connectlyId]);
    expect(outcomes.filter((outcome) => outcome.ok && outcome.repeat)).toHaveLength(9);
  });

  test("a repeat after the send ended returns the same outcome without calling Connectly again", async () => {
    const key = newSendKey();
    const first = await submit(composed("+16044441112"), key);
    const again = await submit(composed("+16044441112"), key);

    expect(first.ok && again.ok && again.connectlyId === first.connectlyId).toBe(true);
    expect(sends()).toHaveLength(1);
  });

  test("the same key with a different message sends nothing and says why", async () => {
    const key = newSendKey();
    await submit(composed("+16044441113", "first"), key);
    const changed = await submit(composed("+16044441113", "changed"), key);

    expect(changed).toMatchObject({ ok: false, error: { code: "SEND_KEY_REUSED" } });
    expect(sends()).toHaveLength(1);
  });

  test("a timeout is Unknown with the words to wait, and a repeat returns Unknown instead of sending", async () => {
    const recipient = reservedNumberFor("never-answers");
    const key = newSendKey();
    const outcome = await submit(composed(recipient), key);

    expect(outcome).toMatchObject({ ok: false, error: { outcome: "unknown", hint: UNKNOWN_OUTCOME_WORDS } });
    const [row] = (await rowsFor(recipient)).filter((entry) => entry.idempotencyKey === key);
    expect(row).toMatchObject({ status: "unknown", errorCode: "TIMEOUT", connectlyId: null });

    const again = await submit(composed(recipient), key);
    expect(again).toMatchObject({ ok: false, error: { outcome: "unknown" } });
    // The sandbox records a request it was hanging on once the client has hung up.
    for (let i = 0; i < 50 && sends().length === 0; i++) await delay(20);
    expect(sends()).toHaveLength(1);
  });

  test("a 500 is Unknown, never retried and never Failed", async () => {
    const recipient = reservedNumberFor("server-error");
    const outcome = await submit(composed(recipient), newSendKey());

    expect(outcome).toMatchObject({ ok: false, error: { outcome: "unknown", status: 500 } });
    expect(sends()).toHaveLength(1);
    expect((await rowsFor(recipient))[0]?.status).toBe("unknown");
  });

  test("a 503 after Connectly took the message is Unknown until its delivery report attaches and moves it", async () => {
    const recipient = reservedNumberFor("accepted-then-unavailable");
    const key = newSendKey();
    const outcome = await submit(composed(recipient), key);
    expect(outcome).toMatchObject({ ok: false, error: { outcome: "unknown", status: 503 } });

    const historyId = outcome.ok ? "" : (outcome.error.historyId ?? "");
    let row = await getHistoryEntry(db, historyId);
    expect(row).toMatchObject({ status: "unknown", connectlyId: null });
    for (let i = 0; i < 100 && row?.status !== "read"; i++) {
      await delay(30);
      row = await getHistoryEntry(db, historyId);
    }
    const connectlyId = row?.connectlyId;
    expect(row).toMatchObject({ status: "read", connectlyId: expect.stringMatching(/^[0-9A-Z]{26}$/) });
    expect((await listEvents(db, row?.id ?? "")).map((event) => event.status)).toEqual(["sent", "delivered", "read"]);

    const again = await submit(composed(recipient), key);
    expect(again).toMatchObject({ ok: true, connectlyId, repeat: true });
    expect(sends()).toHaveLength(1);
  });

  test("a definite refusal is Failed, and the refused row keeps its key", async () => {
    const recipient = reservedNumberFor("window-closed");
    const key = newSendKey();
    const outcome = await submit(composed(recipient), key);

    expect(outcome).toMatchObject({
      ok: false,
      error: { code: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW" },
    });
    expect(outcome.ok || outcome.error.outcome).toBeFalsy();
    expect((await rowsFor(recipient))[0]).toMatchObject({ status: "failed", idempotencyKey: key });
  });

  test("the sweep turns only rows pending past the deadline into Unknown", async () => {
    const attempt: NewAttempt = {
      endpoint: "send/messages",
      messageType: "text",
      recipient: "+16044441119",
      request: {},
    };
    const stale = await createAttempt(db, attempt);
    await delay(1_100);
    const fresh = await createAttempt(db, attempt);

    expect(await sweepStalePending(db, 1_000)).toBeGreaterThanOrEqual(1);
    expect(await getHistoryEntry(db, stale.id)).toMatchObject({ status: "unknown", errorCode: "SEND_INTERRUPTED" });
    expect(await getHistoryEntry(db, fresh.id)).toMatchObject({ status: "pending" });
  });

  test.runIf(engine.kind === "postgres")(
    "two app instances on one PostgreSQL submitting the same key make one Connectly request",
    async () => {
      // A second pool on the same database: what a second app instance would open.
      const second = await createDatabase(config);
      try {
        const key = newSendKey();
        const outcomes = await Promise.all(
          Array.from({ length: 10 }, (_, i) => submit(composed("+16044441120"), key, i % 2 ? second.db : db)),
        );
        expect(sends()).toHaveLength(1);
        expect(new Set(outcomes.map((outcome) => (outcome.ok ? outcome.connectlyId : "x"))).size).toBe(1);
        expect((await rowsFor("+16044441120")).filter((row) => row.idempotencyKey === key)).toHaveLength(1);
      } finally {
        await second.close();
      }
    },
  );
});
