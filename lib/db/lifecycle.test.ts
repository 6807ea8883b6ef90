import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { testEngines } from "@/test-support/db-engines";
import { createDatabase, type Database, type DatabaseConfig, type Db } from "./client";
import {
  applyEarlyEvents,
  DELIVERY_LOCK_CLASS,
  type DeliveryEvent,
  type DeliveryStatus,
  getWindow,
  listEvents,
  recordDeliveryEvent,
  recordInboundMessage,
} from "./lifecycle";
import { createAttempt, getHistoryEntry, markSent, markUnknown, type NewAttempt } from "./queries";
import { customerWindows, messageEvents, messages } from "./schema";

const engines = testEngines(process.env.TEST_DATABASE_URL);

// An hour ahead of the sends the tests make, so every event is later than the status it moves.
const START = Math.floor(Date.now() / 60_000) * 60_000 + 3_600_000;
const at = (minute: number) => new Date(START + minute * 60_000);

let sends = 0;
async function sentMessage(db: Db): Promise<{ id: string; connectlyId: string }> {
  const connectlyId = `01JCONNECTLY${String(++sends).padStart(14, "0")}`;
  const { id } = await createAttempt(db, {
    endpoint: "send/messages",
    messageType: "text",
    recipient: "+16044441111",
    request: { message: { text: "hi" } },
  });
  await markSent(db, id, { connectlyId, attempts: 1 });
  return { id, connectlyId };
}

const unknownAttempt: NewAttempt = {
  endpoint: "send/messages",
  messageType: "text",
  recipient: "+16044441111",
  request: { message: { text: "hi" } },
};
const timedOut = { attempts: 1, errorCode: "TIMEOUT", errorMessage: "no answer", error: { kind: "timeout" } };

function event(connectlyId: string, status: DeliveryStatus, minute: number, extra: Partial<DeliveryEvent> = {}) {
  return { connectlyId, status, occurredAt: at(minute), ...extra };
}

describe.each(engines)("the message lifecycle on $kind", (engine) => {
  let config: DatabaseConfig;
  let database: Database;
  let db: Db;

  beforeAll(async () => {
    config = await engine.freshConfig();
    database = await createDatabase(config);
    db = database.db;
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await engine.cleanup();
  });
  beforeEach(async () => {
    await db.execute(sql`truncate ${messageEvents}, ${messages}, ${customerWindows}`);
  });

  test("moves a sent message to delivered at the event's time and records the event", async () => {
    const message = await sentMessage(db);
    const payload = { topic: "delivery_status", statusUpdate: { id: message.connectlyId, status: "delivered" } };
    const outcome = await recordDeliveryEvent(db, event(message.connectlyId, "delivered", 1, { payload }));

    expect(outcome).toEqual({ messageId: message.id, duplicate: false, statusChanged: true });
    expect(await getHistoryEntry(db, message.id)).toMatchObject({ status: "delivered", statusAt: at(1) });
    expect(await listEvents(db, message.id)).toEqual([
      expect.objectContaining({
        messageId: message.id,
        connectlyId: message.connectlyId,
        status: "delivered",
        occurredAt: at(1),
        errorCode: null,
        payload,
      }),
    ]);
  });

  test("treats a redelivered event as a no-op", async () => {
    const message = await sentMessage(db);
    await recordDeliveryEvent(db, event(message.connectlyId, "delivered", 1));
    const again = await recordDeliveryEvent(db, event(message.connectlyId, "delivered", 1));

    expect(again).toEqual({ messageId: message.id, duplicate: true, statusChanged: false });
    expect(await listEvents(db, message.id)).toHaveLength(1);
  });

  test("keeps read when delivered arrives after it", async () => {
    const message = await sentMessage(db);
    await recordDeliveryEvent(db, event(message.connectlyId, "read", 2));
    const late = await recordDeliveryEvent(db, event(message.connectlyId, "delivered", 1));

    expect(late.statusChanged).toBe(false);
    expect(await getHistoryEntry(db, message.id)).toMatchObject({ status: "read", statusAt: at(2) });
    expect((await listEvents(db, message.id)).map((e) => e.status)).toEqual(["delivered", "read"]);
  });

  test("keeps delivered when sent arrives after it", async () => {
    const message = await sentMessage(db);
    await recordDeliveryEvent(db, event(message.connectlyId, "delivered", 2));
    await recordDeliveryEvent(db, event(message.connectlyId, "sent", 3));

    expect(await getHistoryEntry(db, message.id)).toMatchObject({ status: "delivered", statusAt: at(2) });
  });

  test("stores a delivery failure's error, even after delivered", async () => {
    const message = await sentMessage(db);
    await recordDeliveryEvent(db, event(message.connectlyId, "delivered", 1));
    const failure = { errorCode: "131026", errorMessage: "Message undeliverable" };
    await recordDeliveryEvent(db, event(message.connectlyId, "delivery_failed", 2, failure));

    expect(await getHistoryEntry(db, message.id)).toMatchObject({
      status: "delivery_failed",
      statusAt: at(2),
      ...failure,
    });
    expect((await listEvents(db, message.id)).at(-1)).toMatchObject({ status: "delivery_failed", ...failure });
  });

  test("lets a read receipt overrule a delivery failure, and never the reverse", async () => {
    const failed = await sentMessage(db);
    await recordDeliveryEvent(db, event(failed.connectlyId, "delivery_failed", 1, { errorCode: "131026" }));
    await recordDeliveryEvent(db, event(failed.connectlyId, "read", 2));
    expect(await getHistoryEntry(db, failed.id)).toMatchObject({ status: "read", errorCode: null, errorMessage: null });

    const read = await sentMessage(db);
    await recordDeliveryEvent(db, event(read.connectlyId, "read", 1));
    await recordDeliveryEvent(db, event(read.connectlyId, "delivery_failed", 2, { errorCode: "131026" }));
    expect(await getHistoryEntry(db, read.id)).toMatchObject({ status: "read", errorCode: null });
  });

  test("never moves a send that Connectly refused", async () => {
    const message = await sentMessage(db);
    await db.update(messages).set({ status: "failed" }).where(eq(messages.id, message.id));
    const outcome = await recordDeliveryEvent(db, event(message.connectlyId, "read", 1));

    expect(outcome.statusChanged).toBe(false);
    expect((await getHistoryEntry(db, message.id))?.status).toBe("failed");
  });

  test("records an event for an unknown id with no message", async () => {
    const outcome = await recordDeliveryEvent(db, event("01JUNKNOWN0000000000000000", "delivered", 1));
    const rows = await db.select().from(messageEvents);

    expect(outcome).toEqual({ messageId: null, duplicate: false, statusChanged: false });
    expect(rows).toEqual([expect.objectContaining({ messageId: null, connectlyId: "01JUNKNOWN0000000000000000" })]);
  });

  test("applies events that outran the send's answer once it is stored", async () => {
    const connectlyId = "01JEARLY000000000000000000";
    await recordDeliveryEvent(db, event(connectlyId, "delivered", 1));
    await recordDeliveryEvent(db, event(connectlyId, "sent", 0));
    const { id } = await createAttempt(db, {
      endpoint: "send/messages",
      messageType: "text",
      recipient: "+16044441111",
      request: {},
    });
    await markSent(db, id, { connectlyId, attempts: 1 });

    expect((await listEvents(db, id)).map((e) => e.status)).toEqual(["sent", "delivered"]);
    expect(await applyEarlyEvents(db, { id, connectlyId })).toBe(true);
    expect(await getHistoryEntry(db, id)).toMatchObject({ status: "delivered", statusAt: at(1) });
    expect((await listEvents(db, id)).map((e) => e.messageId)).toEqual([id, id]);
    expect(await applyEarlyEvents(db, { id, connectlyId })).toBe(false);
    expect(await getHistoryEntry(db, id)).toMatchObject({ status: "delivered", statusAt: at(1) });
  });

  test("leaves a status alone that an event found by the send key already moved", async () => {
    const { id } = await createAttempt(db, {
      endpoint: "send/messages",
      messageType: "text",
      recipient: "+16044441111",
      request: {},
      idempotencyKey: "send-key-early-0001",
    });
    const connectlyId = "01JKEYED000000000000000000";
    await recordDeliveryEvent(db, { ...event(connectlyId, "delivered", 1), sendKey: "send-key-early-0001" });
    await markSent(db, id, { connectlyId, attempts: 1 });

    expect(await applyEarlyEvents(db, { id, connectlyId })).toBe(false);
    expect(await getHistoryEntry(db, id)).toMatchObject({ status: "delivered", connectlyId });
  });

  test.runIf(engine.kind === "postgres")(
    "links an early event a webhook commits while the send waits for the lock",
    async () => {
      // A second pool: the webhook's request, handled by another connection (or another app instance).
      const webhook = await createDatabase(config);
      try {
        const { id } = await createAttempt(db, unknownAttempt);
        const connectlyId = "01JRACE0000000000000000000";
        await markSent(db, id, { connectlyId, attempts: 1 });
        let applied: Promise<boolean> | undefined;
        await webhook.db.transaction(async (tx) => {
          // What recordDeliveryEvent does when the message's id is not stored yet: lock, then keep the event unlinked.
          await tx.execute(
            sql`select pg_advisory_xact_lock(${sql.raw(String(DELIVERY_LOCK_CLASS))}, hashtext(${connectlyId}))`,
          );
          await tx
            .insert(messageEvents)
            .values({ messageId: null, connectlyId, status: "delivered", occurredAt: at(1) });
          applied = applyEarlyEvents(db, { id, connectlyId });
          // Long enough for the send's call to be waiting on the lock before the webhook commits.
          await new Promise((resolve) => setTimeout(resolve, 300));
        });

        expect(await applied).toBe(true);
        expect(await getHistoryEntry(db, id)).toMatchObject({ status: "delivered", statusAt: at(1) });
        expect((await listEvents(db, id)).map((e) => e.messageId)).toEqual([id]);
      } finally {
        await webhook.close();
      }
    },
  );

  test("ends every message at read however concurrent deliveries interleave", async () => {
    const batch = await Promise.all(Array.from({ length: 6 }, () => sentMessage(db)));
    const statuses: DeliveryStatus[] = ["read", "sent", "delivered", "sent", "delivered", "read"];
    await Promise.all(
      batch.flatMap((message, m) =>
        statuses.map((status, i) => recordDeliveryEvent(db, event(message.connectlyId, status, (i * 7 + m) % 11))),
      ),
    );
    const stored = await db.select({ status: messages.status }).from(messages);
    expect(stored.map((row) => row.status)).toEqual(batch.map(() => "read"));
  });

  test("keeps the latest inbound time when messages arrive out of order", async () => {
    await recordInboundMessage(db, { customer: "+16044441111", businessNumber: "+14155550100", at: at(30) });
    await recordInboundMessage(db, { customer: "+16044441111", businessNumber: "+14155550100", at: at(10) });
    expect((await getWindow(db, "+16044441111", "+14155550100"))?.lastInboundAt).toEqual(at(30));

    await recordInboundMessage(db, { customer: "+16044441111", businessNumber: "+14155550100", at: at(45) });
    expect((await getWindow(db, "+16044441111", "+14155550100"))?.lastInboundAt).toEqual(at(45));
  });

  test("finds a window per business number, or the latest across numbers", async () => {
    await recordInboundMessage(db, { customer: "+16044441111", businessNumber: "+14155550100", at: at(10) });
    await recordInboundMessage(db, { customer: "+16044441111", businessNumber: "+14155550199", at: at(20) });

    expect(await getWindow(db, "+16044441111", "+14155550100")).toEqual({
      customer: "+16044441111",
      businessNumber: "+14155550100",
      lastInboundAt: at(10),
    });
    expect((await getWindow(db, "+16044441111"))?.lastInboundAt).toEqual(at(20));
    expect((await getWindow(db, "+16044441111", ""))?.lastInboundAt).toEqual(at(20));
    expect(await getWindow(db, "+16044441111", "+14155550111")).toBeNull();
    expect(await getWindow(db, "+16044442222")).toBeNull();
  });

  test("counts a message whose business number was not reported for every number", async () => {
    await recordInboundMessage(db, { customer: "US.13491208655302741918", businessNumber: "", at: at(5) });
    expect((await getWindow(db, "US.13491208655302741918", "+14155550100"))?.lastInboundAt).toEqual(at(5));
  });

  test("attaches a delivery report to an Unknown message by the send key its callbackData echoes", async () => {
    const key = "01JB00000000000000000000K1";
    const { id } = await createAttempt(db, { ...unknownAttempt, idempotencyKey: key });
    await markUnknown(db, id, timedOut);

    const outcome = await recordDeliveryEvent(
      db,
      event("01JFOUNDBYKEY0000000000001", "delivered", 1, { sendKey: key }),
    );

    expect(outcome).toEqual({ messageId: id, duplicate: false, statusChanged: true });
    expect(await getHistoryEntry(db, id)).toMatchObject({
      status: "delivered",
      connectlyId: "01JFOUNDBYKEY0000000000001",
    });
    await recordDeliveryEvent(db, event("01JFOUNDBYKEY0000000000001", "read", 2));
    expect((await getHistoryEntry(db, id))?.status).toBe("read");
  });

  test("never gives a message that has its id another id echoed with its key", async () => {
    const key = "01JB00000000000000000000K2";
    const { id } = await createAttempt(db, { ...unknownAttempt, idempotencyKey: key });
    await markSent(db, id, { connectlyId: "01JOWNID000000000000000001", attempts: 1 });

    const outcome = await recordDeliveryEvent(db, event("01JOTHERID0000000000000001", "read", 1, { sendKey: key }));

    expect(outcome.messageId).toBeNull();
    expect(await getHistoryEntry(db, id)).toMatchObject({ status: "sent", connectlyId: "01JOWNID000000000000000001" });
  });

  test("moves the status for an event from the distant past, but never its time backwards", async () => {
    const message = await sentMessage(db);
    const before = (await getHistoryEntry(db, message.id))?.statusAt;
    await recordDeliveryEvent(db, {
      connectlyId: message.connectlyId,
      status: "delivered",
      occurredAt: new Date("2001-01-01T00:00:00Z"),
    });
    expect(await getHistoryEntry(db, message.id)).toMatchObject({ status: "delivered", statusAt: before });
  });
  test("keeps when Connectly accepted a message after WhatsApp reports on it", async () => {
    const message = await sentMessage(db);
    const accepted = (await getHistoryEntry(db, message.id))?.acceptedAt;
    expect(accepted).toBeInstanceOf(Date);
    await recordDeliveryEvent(db, event(message.connectlyId, "delivered", 1));
    await recordDeliveryEvent(db, event(message.connectlyId, "read", 2));
    expect(await getHistoryEntry(db, message.id)).toMatchObject({
      status: "read",
      statusAt: at(2),
      acceptedAt: accepted,
    });
  });

  test("gives a message whose id came only from a delivery report no accepted time", async () => {
    const key = "01JB00000000000000000000K3";
    const { id } = await createAttempt(db, { ...unknownAttempt, idempotencyKey: key });
    await markUnknown(db, id, timedOut);
    await recordDeliveryEvent(db, event("01JFOUNDBYKEY0000000000002", "sent", 1, { sendKey: key }));
    expect(await getHistoryEntry(db, id)).toMatchObject({ status: "sent", acceptedAt: null });
  });

  test("the migration gives rows still sent their answer's time, and none to rows it can no longer tell", async () => {
    const accepted = await sentMessage(db);
    const delivered = await sentMessage(db);
    await recordDeliveryEvent(db, event(delivered.connectlyId, "delivered", 1));
    const earlyKey = "01JB00000000000000000000K4";
    const early = await createAttempt(db, { ...unknownAttempt, idempotencyKey: earlyKey });
    await recordDeliveryEvent(db, event("01JEARLYREPORT000000000001", "sent", 1, { sendKey: earlyKey }));
    await markSent(db, early.id, { connectlyId: "01JEARLYREPORT000000000001", attempts: 1 });
    const foundKey = "01JB00000000000000000000K5";
    const found = await createAttempt(db, { ...unknownAttempt, idempotencyKey: foundKey });
    await markUnknown(db, found.id, timedOut);
    await recordDeliveryEvent(db, event("01JFOUNDBYKEY0000000000003", "sent", 2, { sendKey: foundKey }));
    const failed = await createAttempt(db, unknownAttempt);
    // As every row was before the column existed.
    await db.update(messages).set({ acceptedAt: null });

    await db.execute(sql.raw(await backfillStatement()));

    const acceptedAt = async (id: string) => (await getHistoryEntry(db, id))?.acceptedAt;
    expect(await acceptedAt(accepted.id)).toEqual((await getHistoryEntry(db, accepted.id))?.statusAt);
    expect(await acceptedAt(accepted.id)).toBeInstanceOf(Date);
    expect(await acceptedAt(delivered.id)).toBeNull();
    expect(await acceptedAt(early.id)).toBeNull();
    expect(await acceptedAt(found.id)).toBeNull();
    expect(await acceptedAt(failed.id)).toBeNull();
  });
});

async function backfillStatement(): Promise<string> {
  const migrations = path.join(process.cwd(), "lib", "db", "migrations");
  const file = (await readdir(migrations)).find((name) => name.endsWith("_accepted_at.sql"));
  if (!file) throw new Error("no *_accepted_at.sql migration");
  return (await readFile(path.join(migrations, file), "utf8")).split("--> statement-breakpoint").at(-1) ?? "";
}
