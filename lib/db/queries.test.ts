import { eq, sql } from "drizzle-orm";
import { isValid } from "ulid";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { testEngines } from "@/test-support/db-engines";
import { createDatabase, type Database, type Db } from "./client";
import {
  createAttempt,
  getHistoryEntry,
  type HistoryEntry,
  listHistory,
  markFailed,
  markSent,
  type NewAttempt,
  statusesOf,
} from "./queries";
import { messageEvents, messages } from "./schema";

const engines = testEngines(process.env.TEST_DATABASE_URL);

const request: SessionMessageRequest = {
  sender: { id: "+14155550100", channelType: "whatsapp" },
  recipient: { id: "+16044441111", channelType: "whatsapp", name: "Ada" },
  message: { text: "Your order *#1234* has shipped 🚚", attachments: undefined },
  callbackData: { orderId: 1234, tags: ["shipping", null] },
  campaignName: "shipping_2025-06",
};

const attempt: NewAttempt = {
  endpoint: "send/messages",
  messageType: "text",
  recipient: "+16044441111",
  recipientName: "Ada",
  sender: "+14155550100",
  campaignName: "shipping_2025-06",
  request,
};

const connectlyError = {
  code: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
  type: "ERROR_TYPE_DEADLINE_EXCEEDED",
  message: "message is outside of the eligibility window",
  cntTraceId: "trace-42",
  details: [{ field: "recipient.id" }],
};

async function seed(db: Db, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await createAttempt(db, { ...attempt, recipient: `+1604444${i}` })).id);
  return ids;
}

describe.each(engines)("history on $kind", (engine) => {
  let database: Database;
  let db: Db;

  beforeAll(async () => {
    database = await createDatabase(await engine.freshConfig());
    db = database.db;
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await engine.cleanup();
  });
  beforeEach(async () => {
    await db.execute(sql`truncate ${messageEvents}, ${messages}`);
  });

  test("records a new attempt as pending, with the request exactly as sent", async () => {
    const before = Date.now();
    const created = await createAttempt(db, attempt);
    const stored = await getHistoryEntry(db, created.id);

    expect(stored).toEqual(created);
    expect(isValid(created.id)).toBe(true);
    expect(created.endpoint).toBe("send/messages");
    expect(created.messageType).toBe("text");
    expect(created.recipient).toBe("+16044441111");
    expect(created.recipientName).toBe("Ada");
    expect(created.sender).toBe("+14155550100");
    expect(created.campaignName).toBe("shipping_2025-06");
    // JSON drops undefined members, as the HTTP body did.
    expect(created.request).toEqual(JSON.parse(JSON.stringify(request)));
    expect(created.status).toBe("pending");
    expect(created.statusAt).toBeInstanceOf(Date);
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(created.createdAt.getTime() - before)).toBeLessThan(60_000);
    expect(created.updatedAt).toEqual(created.createdAt);
    expect(created.connectlyId).toBeNull();
    expect(created.acceptedAt).toBeNull();
    expect(created.attempts).toBe(0);
    expect(created.errorCode).toBeNull();
    expect(created.errorMessage).toBeNull();
    expect(created.error).toBeNull();
    expect(created.httpStatus).toBeNull();
  });

  test("stores the request as a JSON object that SQL can look into, not as a string", async () => {
    const { id } = await createAttempt(db, attempt);
    const [row] = await db
      .select({
        kind: sql<string>`json_typeof(${messages.request})`,
        text: sql<string>`${messages.request}#>>'{message,text}'`,
      })
      .from(messages)
      .where(eq(messages.id, id));
    expect(row).toEqual({ kind: "object", text: "Your order *#1234* has shipped 🚚" });
  });

  test("leaves the optional fields empty when they are not given", async () => {
    const created = await createAttempt(db, {
      endpoint: "send/whatsapp_templated_messages",
      messageType: "template",
      recipient: "+16044441111",
      request: { number: "+16044441111", templateName: "order_update", language: "en_US" },
    });
    expect(await getHistoryEntry(db, created.id)).toMatchObject({
      endpoint: "send/whatsapp_templated_messages",
      messageType: "template",
      recipientName: null,
      sender: null,
      campaignName: null,
      request: { number: "+16044441111", templateName: "order_update", language: "en_US" },
    });
  });

  test("marks an attempt sent with Connectly's id and the number of tries", async () => {
    const created = await createAttempt(db, attempt);
    // Dates keep milliseconds only: wait so the update's timestamps can be told from the insert's.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const sent = await markSent(db, created.id, { connectlyId: "01HZY8Q7K3M2N4P5R6S7T8V9W0", attempts: 2 });
    const stored = await getHistoryEntry(db, created.id);

    expect(stored).toEqual(sent);
    expect(sent).toEqual<HistoryEntry>({
      ...created,
      status: "sent",
      statusAt: expect.any(Date),
      acceptedAt: expect.any(Date),
      updatedAt: expect.any(Date),
      connectlyId: "01HZY8Q7K3M2N4P5R6S7T8V9W0",
      attempts: 2,
    });
    expect(sent.statusAt!.getTime()).toBeGreaterThan(created.statusAt!.getTime());
    expect(sent.acceptedAt).toEqual(sent.statusAt);
    expect(sent.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
  });

  test("marks an attempt failed with Connectly's error kept whole", async () => {
    const created = await createAttempt(db, attempt);
    const failed = await markFailed(db, created.id, {
      attempts: 1,
      errorCode: connectlyError.code,
      errorMessage: "The customer's 24-hour window is closed.",
      error: connectlyError,
      httpStatus: 400,
    });
    const stored = await getHistoryEntry(db, created.id);

    expect(stored).toEqual(failed);
    expect(failed).toEqual<HistoryEntry>({
      ...created,
      status: "failed",
      statusAt: expect.any(Date),
      updatedAt: expect.any(Date),
      attempts: 1,
      errorCode: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
      errorMessage: "The customer's 24-hour window is closed.",
      error: connectlyError,
      httpStatus: 400,
    });
  });

  test("records a failure that never got an HTTP answer with no status", async () => {
    const created = await createAttempt(db, attempt);
    const failed = await markFailed(db, created.id, {
      attempts: 3,
      errorCode: "NETWORK",
      errorMessage: "fetch failed",
      error: { name: "TypeError", message: "fetch failed" },
    });
    expect(failed.httpStatus).toBeNull();
    expect((await getHistoryEntry(db, created.id))?.attempts).toBe(3);
  });

  test("refuses to mark an attempt that does not exist", async () => {
    await expect(markSent(db, "01NOSUCHENTRY0000000000000", { connectlyId: "x", attempts: 1 })).rejects.toThrow(
      "No history entry with id 01NOSUCHENTRY0000000000000",
    );
  });

  test("refuses a Connectly id that another entry already has", async () => {
    const [first, second] = await seed(db, 2);
    await markSent(db, first!, { connectlyId: "01HZY8Q7K3M2N4P5R6S7T8V9W1", attempts: 1 });
    await expect(markSent(db, second!, { connectlyId: "01HZY8Q7K3M2N4P5R6S7T8V9W1", attempts: 1 })).rejects.toThrow();
    expect((await getHistoryEntry(db, second!))?.status).toBe("pending");
  });

  test("finds an entry by our id and by Connectly's id, and nothing by an unknown one", async () => {
    const created = await createAttempt(db, attempt);
    await markSent(db, created.id, { connectlyId: "01HZY8Q7K3M2N4P5R6S7T8V9W2", attempts: 1 });

    expect((await getHistoryEntry(db, created.id))?.id).toBe(created.id);
    expect((await getHistoryEntry(db, "01HZY8Q7K3M2N4P5R6S7T8V9W2"))?.id).toBe(created.id);
    expect(await getHistoryEntry(db, "01HZY8Q7K3M2N4P5R6S7T8V9W3")).toBeNull();
  });

  test("pages 120 entries as 50, 50 and 20, newest first, with none missed or repeated", async () => {
    const created = await seed(db, 120);

    const first = await listHistory(db);
    const second = await listHistory(db, { before: first.nextCursor! });
    const third = await listHistory(db, { before: second.nextCursor! });

    expect([first, second, third].map((page) => page.entries.length)).toEqual([50, 50, 20]);
    expect(third.nextCursor).toBeNull();
    const listed = [first, second, third].flatMap((page) => page.entries.map((entry) => entry.id));
    expect(listed).toEqual([...created].reverse());
    // The page lists everything an entry holds but the search text, which only the search reads.
    const { searchText, ...shown } = (await getHistoryEntry(db, created[119]!))!;
    expect(searchText).not.toBe("");
    expect(first.entries[0]).toStrictEqual(shown);
  });

  test("caps a page at 100 entries however many are asked for", async () => {
    await seed(db, 120);
    const page = await listHistory(db, { limit: 1000 });
    expect(page.entries).toHaveLength(100);
    expect(page.nextCursor).toBe(page.entries[99]!.id);
  });

  test("ends without a cursor when the last page is exactly full", async () => {
    await seed(db, 10);
    const page = await listHistory(db, { limit: 10 });
    expect(page.entries).toHaveLength(10);
    expect(page.nextCursor).toBeNull();
  });

  test("lists an empty history as one empty last page", async () => {
    expect(await listHistory(db)).toEqual({ entries: [], nextCursor: null });
  });

  test("takes a redelivered identical delivery event as a no-op", async () => {
    const event = {
      connectlyId: "01HZY8Q7K3M2N4P5R6S7T8V9W4",
      status: "delivered" as const,
      occurredAt: new Date("2025-06-01T12:00:00Z"),
    };
    await db.insert(messageEvents).values(event).onConflictDoNothing();
    await db.insert(messageEvents).values(event).onConflictDoNothing();
    const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(messageEvents);
    expect(row?.count).toBe(1);
  });

  test("filters history by status, type and recipient prefix, with the cursor still applying", async () => {
    const sent = await createAttempt(db, { ...attempt, recipient: "+16044441111" });
    await markSent(db, sent.id, { connectlyId: "c-1", attempts: 1 });
    const failed = await createAttempt(db, { ...attempt, recipient: "+12015550101" });
    await markFailed(db, failed.id, { attempts: 1, errorCode: "E", errorMessage: "m", error: {} });
    const image = await createAttempt(db, { ...attempt, messageType: "image", recipient: "+16049990000" });

    expect((await listHistory(db, { status: "failed" })).entries.map((e) => e.id)).toEqual([failed.id]);
    expect((await listHistory(db, { messageType: "image" })).entries.map((e) => e.id)).toEqual([image.id]);
    expect((await listHistory(db, { recipient: { prefix: "+1604" } })).entries.map((e) => e.id)).toEqual([
      image.id,
      sent.id,
    ]);
    expect(
      (await listHistory(db, { recipient: { prefix: "+1604" }, before: image.id })).entries.map((e) => e.id),
    ).toEqual([sent.id]);
  });

  test("finds the numbers starting with a prefix of every length, newest first", async () => {
    const recipients = ["+447911123456", "+447922000111", "+4420794600", "+16044441111", "US.1349876", "+447911"];
    const ids: { id: string; recipient: string }[] = [];
    for (const recipient of recipients)
      ids.push({ id: (await createAttempt(db, { ...attempt, recipient })).id, recipient });
    const newestFirst = ids.toReversed();
    const prefixes = new Set(recipients.flatMap((r) => Array.from({ length: r.length }, (_, n) => r.slice(0, n + 1))));
    for (const prefix of [...prefixes, "+4479111234567", "+9"]) {
      const found = (await listHistory(db, { recipient: { prefix } })).entries.map((e) => e.id);
      expect(found, prefix).toEqual(newestFirst.filter((e) => e.recipient.startsWith(prefix)).map((e) => e.id));
      const searched = (
        await listHistory(db, { search: { kind: "text", words: ["∅"], id: "∅", recipientPrefix: prefix } })
      ).entries.map((e) => e.id);
      expect(searched, prefix).toEqual(found);
    }
  });

  test("treats % and _ in the recipient filter literally", async () => {
    await createAttempt(db, { ...attempt, recipient: "+16044441111" });
    expect((await listHistory(db, { recipient: { prefix: "%" } })).entries).toEqual([]);
    // Both paths: a length with its own left() index, and one without (a LIKE).
    expect((await listHistory(db, { recipient: { prefix: "+1_04" } })).entries).toEqual([]);
    expect((await listHistory(db, { recipient: { prefix: "+1_044441" } })).entries).toEqual([]);
    expect((await listHistory(db, { recipient: { prefix: "+160444%" } })).entries).toEqual([]);
    expect((await listHistory(db, { recipient: { prefix: "+1604444" } })).entries).toHaveLength(1);
  });

  test("reads the current statuses of the given entries", async () => {
    const a = await createAttempt(db, attempt);
    const b = await createAttempt(db, attempt);
    await markSent(db, b.id, { connectlyId: "c-2", attempts: 1 });
    const statuses = await statusesOf(db, [a.id, b.id]);
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [a.id]: "pending", [b.id]: "sent" });
    expect(await statusesOf(db, [])).toEqual([]);
  });

  test("keeps the request exactly as sent, key order included", async () => {
    const sent = {
      sender: { id: "+14151111234", channelType: "whatsapp" },
      recipient: { id: "+16044441111", channelType: "whatsapp" },
      message: { text: "Hello, this is a text message!" },
    };
    const entry = await createAttempt(db, { ...attempt, request: sent });
    expect(JSON.stringify((await getHistoryEntry(db, entry.id))!.request)).toBe(JSON.stringify(sent));
  });

  test("lists an entry as it is stored: its dates, its request in key order, its error and its empty fields", async () => {
    const sent = await createAttempt(db, { ...attempt, request: { zeta: 1, alpha: { b: [1, "two"], a: null } } });
    const failed = await createAttempt(db, {
      endpoint: "send/messages",
      messageType: "text",
      recipient: "+1",
      request,
    });
    await markFailed(db, failed.id, {
      attempts: 3,
      errorCode: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
      errorMessage: "outside the window",
      error: connectlyError,
      httpStatus: 400,
    });
    await markSent(db, sent.id, { connectlyId: "c-listed", attempts: 2 });
    const listed = (await listHistory(db, { limit: 2 })).entries;
    const stored = await Promise.all([failed.id, sent.id].map((id) => getHistoryEntry(db, id)));
    expect(listed).toEqual(stored.map(withoutSearchText));
    expect(listed[0]?.createdAt).toBeInstanceOf(Date);
    expect(JSON.stringify(listed[1]?.request)).toBe('{"zeta":1,"alpha":{"b":[1,"two"],"a":null}}');
  });
});

function withoutSearchText(entry: HistoryEntry | null): Omit<HistoryEntry, "searchText"> {
  const { searchText: _searchText, ...rest } = entry as HistoryEntry;
  return rest;
}
