import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { toThreadData } from "@/lib/inbox/thread-items";
import { parseWebhookEvent } from "@/lib/webhooks/events";
import { processWebhookEvent } from "@/lib/webhooks/process-event";
import { testEngines } from "@/test-support/db-engines";
import { seedHistory } from "@/test-support/seed-history";
import { seedInbox } from "@/test-support/seed-inbox";
import { createDatabase, type Database, type DatabaseConfig, type Db } from "./client";
import {
  assignThread,
  conversationOfSend,
  getThread,
  latestBusinessNumberOf,
  listThreads,
  markThreadRead,
  markThreadUnread,
  unassignThread,
} from "./inbox";
import { getWindow } from "./lifecycle";
import { createAttempt, markSent } from "./queries";
import { customerWindows, inboxAssignments, inboxMessages, inboxReads, inboxThreads, messages, users } from "./schema";

const engines = testEngines(process.env.TEST_DATABASE_URL);
const CUSTOMER = "+16044441111";
const BUSINESS = "+14155550100";
const thread = { customer: CUSTOMER, businessNumber: BUSINESS };
const seconds = (minutesAgo: number) => String(Math.floor(Date.now() / 1000) - minutesAgo * 60);

function inbound(message: object, extra: object = {}, minutesAgo = 1) {
  return {
    timestamp: seconds(minutesAgo),
    sender: { id: CUSTOMER, channelType: "whatsapp", name: "Ada" },
    recipient: { id: BUSINESS, channelType: "whatsapp" },
    message,
    ...extra,
  };
}

async function deliver(db: Db, body: object) {
  const parsed = parseWebhookEvent(body);
  if (!parsed.ok) throw new Error(parsed.problem);
  return processWebhookEvent(db, parsed.event, body);
}

/** Every kind Connectly's inbound webhook carries, with what the thread must keep of it. */
const KINDS = [
  { body: inbound({ id: "t", text: "Where is my order?" }), kind: "text", text: "Where is my order?", content: {} },
  {
    body: inbound({ id: "a", attachments: [{ type: "image", url: "https://example.com/p.jpg", caption: "Broken" }] }),
    kind: "attachment",
    text: "Broken",
    content: { attachment: { type: "image", url: "https://example.com/p.jpg", caption: "Broken" } },
  },
  {
    body: inbound({ id: "l", location: { latitude: 49.28, longitude: -123.12, name: "Home" } }),
    kind: "location",
    text: "Home",
    content: { location: { latitude: 49.28, longitude: -123.12, name: "Home" } },
  },
  {
    body: inbound({ id: "b" }, { context: { replyToId: "01JOFFER" }, buttonResponse: { text: "Yes", payload: "yes" } }),
    kind: "button_reply",
    text: "Yes",
    content: { button: { text: "Yes", payload: "yes" } },
    replyToId: "01JOFFER",
  },
  {
    body: inbound({ id: "r" }, { context: { replyToId: "01JLIST" }, listResponse: { id: "r2", title: "Tuesday" } }),
    kind: "list_reply",
    text: "Tuesday",
    content: { listRow: { id: "r2", title: "Tuesday" } },
    replyToId: "01JLIST",
  },
  {
    body: inbound({ id: "e", reaction: { emoji: "👍", messageId: "01JOFFER" } }),
    kind: "reaction",
    text: "👍",
    content: { reaction: { emoji: "👍", messageId: "01JOFFER" } },
    replyToId: "01JOFFER",
  },
  {
    body: inbound({
      id: "ad",
      text: "Is this still on sale?",
      referral: { sourceUrl: "https://fb.me/ad", sourceType: "ad", headline: "Lamps -20%" },
    }),
    kind: "text",
    text: "Is this still on sale?",
    content: { referral: { sourceUrl: "https://fb.me/ad", sourceType: "ad", headline: "Lamps -20%" } },
  },
] as const;

describe.each(engines)("the inbox on $kind", (engine) => {
  let database: Database;
  let config: DatabaseConfig;
  let db: Db;
  let agent: string;
  let other: string;

  beforeAll(async () => {
    config = await engine.freshConfig();
    database = await createDatabase(config);
    db = database.db;
    const now = new Date();
    const person = (id: string, name: string) => ({
      id,
      name,
      email: `${id}@example.com`,
      emailVerified: true,
      role: "agent",
      createdAt: now,
      updatedAt: now,
    });
    await db.insert(users).values([person("u-agent", "Aga"), person("u-other", "Olu")] as never);
    agent = "u-agent";
    other = "u-other";
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await engine.cleanup();
  });
  beforeEach(async () => {
    await db.execute(
      sql`truncate ${inboxMessages}, ${customerWindows}, ${messages}, ${inboxReads}, ${inboxAssignments} cascade`,
    );
  });

  test.each(KINDS)("stores a $kind message as the thread shows it", async ({ body, ...expected }) => {
    await deliver(db, body);
    const { inbox, customerName } = await getThread(db, thread);
    expect(customerName).toBe("Ada");
    expect(inbox).toEqual([
      expect.objectContaining({
        direction: "inbound",
        kind: expected.kind,
        text: expected.text,
        content: expected.content,
        replyToId: "replyToId" in expected ? expected.replyToId : null,
      }),
    ]);
  });

  test("stores a redelivery once, with or without Connectly's id, and still opens the window", async () => {
    const withId = inbound({ id: "m1", text: "Hello" });
    const withoutId = inbound({ text: "No id" });
    expect(await deliver(db, withId)).toMatchObject({ duplicate: false });
    expect(await deliver(db, withId)).toMatchObject({ duplicate: true });
    expect(await deliver(db, withoutId)).toMatchObject({ duplicate: false });
    expect(await deliver(db, withoutId)).toMatchObject({ duplicate: true });
    expect((await getThread(db, thread)).inbox).toHaveLength(2);
    expect(await getWindow(db, CUSTOMER, BUSINESS)).not.toBeNull();
  });

  test("shows an echo in the thread without opening the window", async () => {
    await deliver(db, inbound({ id: "echo", text: "Sent from the phone", isEcho: true }));
    expect((await getThread(db, thread)).inbox).toEqual([expect.objectContaining({ direction: "echo" })]);
    expect(await getWindow(db, CUSTOMER, BUSINESS)).toBeNull();
  });

  test("lists threads newest activity first, with the last message, either way", async () => {
    await deliver(db, inbound({ id: "1", text: "First" }, {}, 10));
    await deliver(db, { ...inbound({ id: "2", text: "Other" }, {}, 5), sender: { id: "+16045550123", name: "Chloe" } });
    let [first, second] = await listThreads(db, agent);
    expect([first?.customer, second?.customer]).toEqual(["+16045550123", CUSTOMER]);
    const { id } = await createAttempt(db, {
      endpoint: "send/messages",
      messageType: "text",
      recipient: CUSTOMER,
      sender: BUSINESS,
      request: { message: { text: "Our answer" } },
      campaignName: undefined,
    });
    await markSent(db, id, { connectlyId: "01JSENT", attempts: 1 });
    [first, second] = await listThreads(db, agent);
    expect(first).toMatchObject({ customer: CUSTOMER, customerName: "Ada", last: { direction: "outbound" } });
    expect(second).toMatchObject({ customer: "+16045550123", last: { text: "Other" } });
    expect((await getThread(db, thread)).outbound.map((entry) => entry.id)).toEqual([id]);
  });

  test("puts a customer's reply that came in the same second as a send after it, in the thread and the list", async () => {
    // Connectly stamps a message with its whole second; the send and our receipts have milliseconds.
    const second = (Math.floor(Date.now() / 1000) - 120) * 1000;
    const ms = (offset: number) => new Date(second + offset).toISOString();
    const receivedAt = async (id: string, offset: number) =>
      db.execute(
        sql`update inbox_messages set received_at = ${ms(offset)}::timestamptz where dedupe_key = ${`id:${id}`}`,
      );
    await deliver(db, { ...inbound({ id: "hi", text: "Hi" }), timestamp: String(second / 1000) });
    await receivedAt("hi", 200);
    const { id } = await createAttempt(db, {
      endpoint: "send/messages",
      messageType: "text",
      recipient: CUSTOMER,
      sender: BUSINESS,
      request: { message: { text: "Our answer" } },
    });
    await db.execute(sql`update messages set created_at = ${ms(400)}::timestamptz where id = ${id}`);
    await deliver(db, { ...inbound({ id: "thanks", text: "Thanks!" }), timestamp: String(second / 1000) });
    await receivedAt("thanks", 700);

    const items = toThreadData(await getThread(db, thread), null, []).items;
    expect(items.map((item) => item.text)).toEqual(["Hi", "Our answer", "Thanks!"]);
    expect(items.map((item) => item.at)).toEqual([ms(200), ms(400), ms(700)]);
    const [listed] = await listThreads(db, agent);
    expect(listed?.last).toMatchObject({ direction: "inbound", text: "Thanks!", at: new Date(ms(700)) });
  });

  test("counts unread per person, marks read, and Mark as unread brings one back", async () => {
    await deliver(db, inbound({ id: "1", text: "One" }));
    await deliver(db, inbound({ id: "2", text: "Two" }));
    const unreadOf = async (user: string) => (await listThreads(db, user))[0]?.unread;
    expect(await unreadOf(agent)).toBe(2);
    await markThreadRead(db, thread, agent);
    expect(await unreadOf(agent)).toBe(0);
    expect(await unreadOf(other)).toBe(2);
    await markThreadUnread(db, thread, agent);
    expect(await unreadOf(agent)).toBe(1);
    await deliver(db, inbound({ id: "3", text: "Three" }));
    await markThreadRead(db, thread, agent);
    expect(await unreadOf(agent)).toBe(0);
  });

  test("gives a thread to one person at a time", async () => {
    await deliver(db, inbound({ id: "1", text: "One" }));
    await assignThread(db, thread, agent);
    expect((await listThreads(db, other))[0]?.assignee).toEqual({ id: agent, name: "Aga" });
    await assignThread(db, thread, other);
    expect((await getThread(db, thread)).assignee).toEqual({ id: other, name: "Olu" });
  });

  test("lists the 200 threads with the newest messages, also when the newest has thousands of its own", async () => {
    // One busy thread's 2,500 messages are the newest; 250 customers wrote once before them.
    await db.execute(sql`insert into inbox_messages (id, dedupe_key, direction, customer, business_number, kind, text,
        content, occurred_at)
      select 'busy' || lpad(n::text, 5, '0'), 'busy' || n, 'inbound', ${CUSTOMER}, ${BUSINESS}, 'text', 'Busy ' || n,
        '{}'::jsonb, now() - make_interval(secs => n)
      from generate_series(1, 2500) n`);
    await db.execute(sql`insert into inbox_messages (id, dedupe_key, direction, customer, business_number, kind, text,
        content, occurred_at)
      select 'once' || lpad(n::text, 5, '0'), 'once' || n, 'inbound', '+1604555' || lpad(n::text, 4, '0'), ${BUSINESS},
        'text', 'Once ' || n, '{}'::jsonb, now() - interval '1 hour' - make_interval(secs => n)
      from generate_series(1, 250) n`);
    const threads = await listThreads(db, agent);
    expect(threads).toHaveLength(200);
    expect(threads[0]).toMatchObject({ customer: CUSTOMER, unread: 2500, last: { text: "Busy 1" } });
    expect(threads.slice(1).map((t) => t.customer)).toEqual(
      Array.from({ length: 199 }, (_, i) => `+1604555${String(i + 1).padStart(4, "0")}`),
    );
  });

  test("shows a send in the thread of the number it came from, and one without a sender in each", async () => {
    const OTHER_NUMBER = "+14155550199";
    await deliver(db, inbound({ id: "1", text: "To the first number" }, {}, 10));
    await deliver(db, {
      ...inbound({ id: "2", text: "To the second number" }, {}, 9),
      recipient: { id: OTHER_NUMBER, channelType: "whatsapp" },
    });
    const send = (sender: string | undefined, text: string) =>
      createAttempt(db, {
        endpoint: "send/messages",
        messageType: "text",
        recipient: CUSTOMER,
        sender,
        request: { message: { text } },
      });
    await send(BUSINESS, "From the first number");
    const lastOf = async () =>
      Object.fromEntries((await listThreads(db, agent)).map((t) => [t.businessNumber, t.last?.text]));
    expect(await lastOf()).toEqual({ [BUSINESS]: "From the first number", [OTHER_NUMBER]: "To the second number" });
    await send(undefined, "From the default number");
    expect(await lastOf()).toEqual({
      [BUSINESS]: "From the default number",
      [OTHER_NUMBER]: "From the default number",
    });
  });

  test("a send from a number is in that number's thread, or in the thread without a number when there is none", async () => {
    const PICKED = "+14155550199";
    const { recipient: _, ...numberless } = inbound({ id: "n", text: "Which number is this?" }, {}, 10);
    await deliver(db, numberless);
    // Picked as the Sender in the thread without a number, which is where the customer's messages are.
    expect(await conversationOfSend(db, CUSTOMER, PICKED)).toBe("");
    await deliver(db, { ...inbound({ id: "p", text: "Hello" }), recipient: { id: PICKED, channelType: "whatsapp" } });
    expect(await conversationOfSend(db, CUSTOMER, PICKED)).toBe(PICKED);
    // A customer who never wrote: the send's own number, where their answer will come.
    expect(await conversationOfSend(db, "+16045550100", PICKED)).toBe(PICKED);
  });

  test("a link naming only the customer goes to the number they wrote to last, received last within a second", async () => {
    const OTHER_NUMBER = "+14155550199";
    expect(await latestBusinessNumberOf(db, CUSTOMER)).toBeNull();
    await deliver(db, inbound({ id: "1", text: "To the first number" }, {}, 0));
    await deliver(db, { ...inbound({ id: "2", text: "Then the other" }, {}, 0), recipient: { id: OTHER_NUMBER } });
    expect(await latestBusinessNumberOf(db, CUSTOMER)).toBe(OTHER_NUMBER);
    await deliver(db, inbound({ id: "3", text: "And the first again" }, {}, 0));
    expect(await latestBusinessNumberOf(db, CUSTOMER)).toBe(BUSINESS);
    const { recipient: _, ...numberless } = inbound({ id: "4", text: "No number said" }, {}, 0);
    await deliver(db, numberless);
    expect(await latestBusinessNumberOf(db, CUSTOMER)).toBe("");
  });

  test("names a thread by the latest name the customer wrote under", async () => {
    await deliver(db, inbound({ id: "1", text: "Hi" }, {}, 10));
    await deliver(db, {
      ...inbound({ id: "2", text: "Me again" }, {}, 5),
      sender: { id: CUSTOMER, channelType: "whatsapp", name: "Ada L." },
    });
    await deliver(db, { ...inbound({ id: "3", text: "No name this time" }, {}, 1), sender: { id: CUSTOMER } });
    expect((await listThreads(db, agent))[0]).toMatchObject({
      customerName: "Ada L.",
      last: { text: "No name this time" },
    });
  });

  /** 250 customers who each wrote once, an hour ago and more, a second apart: '+16045550001' is the newest. */
  async function seedOnceThreads(count = 250) {
    await db.execute(sql`insert into inbox_messages (id, dedupe_key, direction, customer, business_number, kind, text,
        content, occurred_at)
      select 'once' || lpad(n::text, 5, '0'), 'once' || n, 'inbound', '+1604555' || lpad(n::text, 4, '0'), ${BUSINESS},
        'text', 'Once ' || n, '{}'::jsonb, now() - interval '1 hour' - make_interval(secs => n)
      from generate_series(1, ${count}) n`);
  }
  const onceCustomer = (n: number) => `+1604555${String(n).padStart(4, "0")}`;

  test("Unread finds an unread thread older than the newest 200", async () => {
    await seedOnceThreads();
    await db.execute(sql`insert into inbox_reads (customer, business_number, user_id, read_up_to)
      select '+1604555' || lpad(n::text, 4, '0'), ${BUSINESS}, ${agent}, now() + interval '1 minute'
      from generate_series(1, 249) n`);
    expect((await listThreads(db, agent)).some((t) => t.customer === onceCustomer(250))).toBe(false);
    expect((await listThreads(db, agent, { unread: true })).map((t) => [t.customer, t.unread])).toEqual([
      [onceCustomer(250), 1],
    ]);
    expect(await listThreads(db, other, { unread: true })).toHaveLength(200);
  });

  test("Assigned to me finds a thread however old, and only the person's own", async () => {
    await seedOnceThreads();
    await assignThread(db, { customer: onceCustomer(250), businessNumber: BUSINESS }, agent);
    await assignThread(db, { customer: onceCustomer(3), businessNumber: BUSINESS }, agent);
    await assignThread(db, { customer: onceCustomer(2), businessNumber: BUSINESS }, other);
    expect((await listThreads(db, agent, { mine: true })).map((t) => t.customer)).toEqual([
      onceCustomer(3),
      onceCustomer(250),
    ]);
    await markThreadRead(db, { customer: onceCustomer(3), businessNumber: BUSINESS }, agent);
    expect((await listThreads(db, agent, { mine: true, unread: true })).map((t) => t.customer)).toEqual([
      onceCustomer(250),
    ]);
  });

  test("Window open lists only the customers who wrote in the last 24 hours, not the business's own echoes", async () => {
    await deliver(db, inbound({ id: "old", text: "Yesterday" }, {}, 25 * 60));
    await deliver(db, { ...inbound({ id: "new", text: "Now" }, {}, 60), sender: { id: "+16045550123" } });
    await deliver(db, { ...inbound({ id: "echo", text: "From the phone", isEcho: true }, {}, 1) });
    expect(await listThreads(db, agent)).toHaveLength(2);
    expect((await listThreads(db, agent, { open: true })).map((t) => t.customer)).toEqual(["+16045550123"]);
  });

  test("Window open lists a thread quiet for days when the customer wrote since without a business number", async () => {
    await deliver(db, inbound({ id: "old", text: "To the number" }, {}, 3 * 24 * 60));
    const { recipient: _, ...noNumber } = inbound({ id: "new", text: "No number said" }, {}, 60);
    await deliver(db, noNumber);
    const open = await listThreads(db, agent, { open: true });
    expect(Object.fromEntries(open.map((t) => [t.businessNumber, t.last?.text]))).toEqual({
      "": "No number said",
      [BUSINESS]: "To the number",
    });
  });

  const onceThread = (n: number) => ({ customer: onceCustomer(n), businessNumber: BUSINESS });
  const customersOf = async (user: string, only = {}) => (await listThreads(db, user, only)).map((t) => t.customer);
  const sendTo = (customer: string, sender?: string) =>
    createAttempt(db, {
      endpoint: "send/messages",
      messageType: "text",
      recipient: customer,
      sender,
      request: { message: { text: "Our answer" } },
    });

  test("a customer's new message moves their thread to the top of Assigned to me, however old it was", async () => {
    await seedOnceThreads();
    for (const n of [3, 100, 250]) await assignThread(db, onceThread(n), agent);
    expect(await customersOf(agent, { mine: true })).toEqual([onceCustomer(3), onceCustomer(100), onceCustomer(250)]);
    await deliver(db, { ...inbound({ id: "back", text: "Me again" }), sender: { id: onceCustomer(250) } });
    expect(await customersOf(agent, { mine: true })).toEqual([onceCustomer(250), onceCustomer(3), onceCustomer(100)]);
    expect((await customersOf(agent))[0]).toBe(onceCustomer(250));
  });

  test("a thread unassigned or given to someone else leaves Assigned to me", async () => {
    await seedOnceThreads();
    for (const n of [3, 100, 250]) await assignThread(db, onceThread(n), agent);
    await unassignThread(db, onceThread(3));
    await assignThread(db, onceThread(250), other);
    expect(await customersOf(agent, { mine: true })).toEqual([onceCustomer(100)]);
    expect(await customersOf(other, { mine: true })).toEqual([onceCustomer(250)]);
  });

  test("a send brings a thread older than the newest 200 into the list, at the top", async () => {
    await seedOnceThreads();
    expect(await customersOf(agent)).not.toContain(onceCustomer(250));
    await sendTo(onceCustomer(250), BUSINESS);
    expect((await customersOf(agent))[0]).toBe(onceCustomer(250));
    await sendTo(onceCustomer(249));
    expect((await customersOf(agent)).slice(0, 2)).toEqual([onceCustomer(249), onceCustomer(250)]);
  });

  test("a send from another number is not activity in this number's thread", async () => {
    await seedOnceThreads();
    await sendTo(onceCustomer(250), "+14155550199");
    expect(await customersOf(agent)).not.toContain(onceCustomer(250));
  });

  test("Window open drops a window as it turns 24 hours old, and keeps the rest", async () => {
    await seedOnceThreads(3);
    const windowAt = (n: number, age: SQL) =>
      db.execute(sql`insert into customer_windows (customer, business_number, last_inbound_at)
        values (${onceCustomer(n)}, ${BUSINESS}, now() - interval '24 hours' + ${age})`);
    await windowAt(1, sql`interval '1.5 seconds'`);
    await windowAt(2, sql`interval '1 hour'`);
    await windowAt(3, sql`interval '-1 second'`);
    expect(await customersOf(agent, { open: true })).toEqual([onceCustomer(1), onceCustomer(2)]);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await customersOf(agent, { open: true })).toEqual([onceCustomer(2)]);
  });

  test("Unread lists a read thread again when the customer writes, for that person only", async () => {
    await seedOnceThreads(3);
    for (const user of [agent, other]) {
      for (const n of [1, 2, 3]) await markThreadRead(db, onceThread(n), user);
    }
    expect(await customersOf(agent, { unread: true })).toEqual([]);
    await deliver(db, { ...inbound({ id: "back", text: "Me again" }), sender: { id: onceCustomer(3) } });
    await markThreadRead(db, onceThread(3), other);
    expect(await customersOf(agent, { unread: true })).toEqual([onceCustomer(3)]);
    expect(await customersOf(other, { unread: true })).toEqual([]);
  });

  test("keeps each thread's summary equal to one made afresh from what it summarizes", async () => {
    await seedOnceThreads(5);
    await deliver(db, inbound({ id: "1", text: "One" }, {}, 30));
    await deliver(db, { ...inbound({ id: "2", text: "No number" }, {}, 20), recipient: undefined });
    await deliver(db, inbound({ id: "echo", text: "From the phone", isEcho: true }, {}, 10));
    await sendTo(CUSTOMER);
    await sendTo(onceCustomer(2), BUSINESS);
    await assignThread(db, thread, agent);
    await assignThread(db, onceThread(4), other);
    await unassignThread(db, onceThread(4));
    await db.execute(
      sql`update inbox_messages set occurred_at = occurred_at - interval '1 day' where dedupe_key = 'once1'`,
    );
    await db.execute(sql`update customer_windows set last_inbound_at = now() - interval '2 days'`);
    const summary = () => db.select().from(inboxThreads).orderBy(inboxThreads.customer, inboxThreads.businessNumber);
    const kept = await summary();
    expect(kept).toHaveLength(7);
    await db.execute(sql`select inbox_threads_refresh(array(select distinct customer from inbox_messages))`);
    expect(await summary()).toEqual(kept);
    await db.execute(sql`truncate ${inboxThreads}`);
    await db.execute(sql`truncate ${inboxAssignments}`);
    expect(await summary()).toEqual(kept.map((row) => ({ ...row, assigneeId: null })));
  });

  test("a statement writing to thousands of customers at once (a seed, an import) still summarizes their threads", async () => {
    // A lock per customer would fill the lock table (max_locks_per_transaction): such a statement takes one for all.
    await seedHistory(db, 1, 20_000);
    await seedInbox(db, 20_000, agent);
    const [row] = await db.select({ threads: sql<number>`count(*)::int` }).from(inboxThreads);
    expect(row?.threads).toBeGreaterThan(10_000);
  }, 60_000);

  // Two connections, as two requests (or two app instances) on one PostgreSQL; PGlite has only one.
  describe.runIf(engine.kind === "postgres")("a send and a customer's first message committed at once", () => {
    const held = () => new Promise((resolve) => setTimeout(resolve, 300));
    const threadTime = async () => {
      const [row] = await db.select().from(inboxThreads).where(sql`${inboxThreads.customer} = ${CUSTOMER}`);
      return row?.lastAt;
    };
    const sendAt = async () => (await db.select({ at: messages.createdAt }).from(messages))[0]?.at;

    test("leave the thread at the send's time when the message comes while the send is uncommitted", async () => {
      const webhook = await createDatabase(config);
      try {
        let delivered: Promise<unknown> | undefined;
        await db.transaction(async (tx) => {
          await createAttempt(tx as unknown as Db, {
            endpoint: "send/messages",
            messageType: "text",
            recipient: CUSTOMER,
            sender: BUSINESS,
            request: { message: { text: "Our answer" } },
          });
          delivered = deliver(webhook.db, inbound({ id: "first", text: "Hello" }, {}, 5));
          await held();
        });
        await delivered;
      } finally {
        await webhook.close();
      }
      expect(await threadTime()).toEqual(await sendAt());
    });

    test("leave the thread at the send's time when the send comes while the message is uncommitted", async () => {
      const webhook = await createDatabase(config);
      try {
        let sent: Promise<unknown> | undefined;
        await webhook.db.transaction(async (tx) => {
          await deliver(tx as unknown as Db, inbound({ id: "first", text: "Hello" }, {}, 5));
          sent = sendTo(CUSTOMER, BUSINESS);
          await held();
        });
        await sent;
      } finally {
        await webhook.close();
      }
      expect(await threadTime()).toEqual(await sendAt());
    });
  });
});
