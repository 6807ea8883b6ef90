import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createDatabase, type Database, type Db } from "@/lib/db/client";
import { NAMED_CUSTOMERS_INLINE } from "@/lib/db/customer-names";
import { recordCustomerName } from "@/lib/db/lifecycle";
import { createAttempt, type HistoryEntry, listHistory, markSent, type NewAttempt } from "@/lib/db/queries";
import { customerNames, inboxMessages, messageEvents, messages } from "@/lib/db/schema";
import { testEngines } from "@/test-support/db-engines";
import { type HistoryFilterValues, historyFilterFrom } from "./filter-params";
import { searchTextOf } from "./search-text";

const engines = testEngines(process.env.TEST_DATABASE_URL);

function textAttempt(recipient: string, text: string, extra: Partial<NewAttempt> = {}): NewAttempt {
  return {
    endpoint: "send/messages",
    messageType: "text",
    recipient,
    request: { recipient: { id: recipient, channelType: "whatsapp" }, message: { text } },
    ...extra,
  };
}

describe.each(engines)("history search on $kind", (engine) => {
  let database: Database;
  let db: Db;
  let ada: HistoryEntry;
  let bruno: HistoryEntry;
  let template: HistoryEntry;
  let london: HistoryEntry;

  const find = async (values: HistoryFilterValues, country: "US" | "GB" = "US") =>
    (await listHistory(db, historyFilterFrom(values, country))).entries.map((entry) => entry.id);

  beforeAll(async () => {
    database = await createDatabase(await engine.freshConfig());
    db = database.db;
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await engine.cleanup();
  });
  beforeEach(async () => {
    await db.execute(sql`truncate ${messageEvents}, ${messages}, ${customerNames}, ${inboxMessages}`);
    ada = await createAttempt(
      db,
      textAttempt("+16044441111", "Your REFUND of $24.90 is on its way", {
        recipientName: "Ada Lovelace",
        campaignName: "refunds_q3",
      }),
    );
    await markSent(db, ada.id, { connectlyId: "01HZY8Q7K3M2N4P5R6S7T8V9W0", attempts: 1 });
    bruno = await createAttempt(
      db,
      textAttempt("+16045550188", "Ihre Bestellung wurde versandt, Müller", { recipientName: "Bruno Müller" }),
    );
    template = await createAttempt(db, {
      endpoint: "send/whatsapp_templated_messages",
      messageType: "template",
      recipient: "+16044441111",
      request: {
        number: "+16044441111",
        templateName: "order_update",
        language: "en_US",
        parameters: [{ name: "body_1", value: "#4521" }],
      },
    });
    london = await createAttempt(db, textAttempt("+442079460958", "Order 100% confirmed"));
  });

  test("finds a customer's messages by their number in any pasted form, newest first", async () => {
    for (const typed of ["+16044441111", "+1 (604) 444-1111", "1 604 444 1111", "(604) 444-1111"]) {
      expect(await find({ q: typed })).toEqual([template.id, ada.id]);
    }
    expect(await find({ q: "020 7946 0958" }, "GB")).toEqual([london.id]);
    expect(await find({ q: "44 20 7946 0958" })).toEqual([london.id]);
  });

  test("finds messages by the start of a number", async () => {
    expect(await find({ q: "+1 604" })).toEqual([template.id, bruno.id, ada.id]);
    expect(await find({ q: "+44" })).toEqual([london.id]);
  });

  test("finds by customer name, campaign name and words of the message, in any case", async () => {
    expect(await find({ q: "lovelace" })).toEqual([ada.id]);
    expect(await find({ q: "MÜLLER" })).toEqual([bruno.id]);
    expect(await find({ q: "refunds_q3" })).toEqual([ada.id]);
    expect(await find({ q: "refund" })).toEqual([ada.id]);
    expect(await find({ q: "bestellung versandt" })).toEqual([bruno.id]);
    expect(await find({ q: "bestellung refund" })).toEqual([]);
  });

  test("finds sends to a customer by the name they write with, with no Recipient name typed and from before they wrote", async () => {
    const before = await createAttempt(db, textAttempt("+16045550199", "Your table is booked"));
    const other = await createAttempt(db, textAttempt("+16045550177", "Your table is booked"));
    expect(await find({ q: "okafor" })).toEqual([]);
    await recordCustomerName(db, "+16045550199", "Ben Okafor", new Date());
    const after = await createAttempt(db, textAttempt("+16045550199", "See you at eight"));
    expect(await find({ q: "okafor" })).toEqual([after.id, before.id]);
    expect(await find({ q: "OKAFOR booked" })).toEqual([before.id]);
    expect(await find({ q: "ben okafor" })).toEqual([after.id, before.id]);
    expect(await find({ q: "okafor lovelace" })).toEqual([]);
    expect(await find({ q: "booked" })).toEqual([other.id, before.id]);
  });

  test("a customer's newer name replaces the older one, and a late message under the old name does not undo it", async () => {
    const sent = await createAttempt(db, textAttempt("+16045550199", "Hello"));
    await recordCustomerName(db, "+16045550199", "Ben O.", new Date("2026-12-01T10:00:00Z"));
    await recordCustomerName(db, "+16045550199", "Ben Okafor", new Date("2026-12-02T10:00:00Z"));
    await recordCustomerName(db, "+16045550199", "Ben O.", new Date("2026-12-01T12:00:00Z"));
    expect(await find({ q: "okafor" })).toEqual([sent.id]);
    expect(await find({ q: "o." })).toEqual([]);
  });

  test(`still finds by name when more than ${NAMED_CUSTOMERS_INLINE} customers share it`, async () => {
    const at = new Date();
    await db.insert(customerNames).values(
      Array.from({ length: NAMED_CUSTOMERS_INLINE + 5 }, (_, i) => ({
        customer: `+1604666${String(i).padStart(4, "0")}`,
        name: `Kim ${i}`,
        namedAt: at,
      })),
    );
    const first = await createAttempt(db, textAttempt("+16046660003", "One"));
    const last = await createAttempt(
      db,
      textAttempt(`+1604666${String(NAMED_CUSTOMERS_INLINE + 4).padStart(4, "0")}`, "Two"),
    );
    expect(await find({ q: "kim" })).toEqual([last.id, first.id]);
  });

  test("names customers who wrote before names were kept, by the migration that adds them", async () => {
    const migrations = path.join(process.cwd(), "lib", "db", "migrations");
    const file = (await readdir(migrations)).find((name) => name.endsWith("_customer_names.sql"));
    if (!file) throw new Error("no *_customer_names.sql migration");
    const backfill = (await readFile(path.join(migrations, file), "utf8")).split("--> statement-breakpoint").at(-1);
    const inbound = (customer: string, customerName: string | null, at: string, direction = "inbound") => ({
      id: `${customer}-${at}`,
      dedupeKey: `${customer}-${at}-${direction}`,
      direction: direction as "inbound" | "echo",
      customer,
      customerName,
      kind: "text" as const,
      text: "hi",
      content: {},
      occurredAt: new Date(at),
    });
    await db
      .insert(inboxMessages)
      .values([
        inbound("+16045550199", "Ben O.", "2026-12-01T10:00:00Z"),
        inbound("+16045550199", "Ben Okafor", "2026-12-02T10:00:00Z"),
        inbound("+16045550199", null, "2026-12-03T10:00:00Z"),
        inbound("+16045550166", "Echo Name", "2026-12-03T10:00:00Z", "echo"),
      ]);
    await db.execute(sql.raw(backfill ?? ""));
    const rows = await db.select({ customer: customerNames.customer, name: customerNames.name }).from(customerNames);
    expect(rows).toEqual([{ customer: "+16045550199", name: "Ben Okafor" }]);
  });

  test("finds a template by its name and its parameter values", async () => {
    expect(await find({ q: "order_update" })).toEqual([template.id]);
    expect(await find({ q: "#4521" })).toEqual([template.id]);
  });

  test("finds a message by Connectly's id and by our own", async () => {
    expect(await find({ q: "01HZY8Q7K3M2N4P5R6S7T8V9W0" })).toEqual([ada.id]);
    expect(await find({ q: ` ${bruno.id} ` })).toEqual([bruno.id]);
  });

  test("takes % and _ in a search literally", async () => {
    expect(await find({ q: "100%" })).toEqual([london.id]);
    expect(await find({ q: "%" })).toEqual([london.id]);
    expect(await find({ q: "order_" })).toEqual([template.id]);
  });

  test("combines the search with the other filters and the page cursor", async () => {
    expect(await find({ q: "+1 604", type: "text" })).toEqual([bruno.id, ada.id]);
    expect(await find({ q: "+1 604", status: "sent" })).toEqual([ada.id]);
    const firstPage = await listHistory(db, { ...historyFilterFrom({ q: "+1 604" }, "US"), limit: 2 });
    expect(firstPage.entries.map((e) => e.id)).toEqual([template.id, bruno.id]);
    const next = await listHistory(db, {
      ...historyFilterFrom({ q: "+1 604" }, "US"),
      limit: 2,
      before: firstPage.nextCursor ?? "",
    });
    expect(next.entries.map((e) => e.id)).toEqual([ada.id]);
  });

  test("filters by recipient typed in any form: a full number exactly, a partial one by its start", async () => {
    expect(await find({ recipient: "(604) 444-1111" })).toEqual([template.id, ada.id]);
    expect(await find({ recipient: "604 555" })).toEqual([bruno.id]);
    expect(await find({ recipient: "+44 20" })).toEqual([london.id]);
  });

  test("gives rows sent before the search column existed the same search text, by the backfill migration", async () => {
    const migrations = path.join(process.cwd(), "lib", "db", "migrations");
    const file = (await readdir(migrations)).find((name) => name.endsWith("_backfill_search_text.sql"));
    if (!file) throw new Error("no *_backfill_search_text.sql migration");
    const backfill = await readFile(path.join(migrations, file), "utf8");
    const rows = await db.select().from(messages);
    await db.update(messages).set({ searchText: "" });
    await db.execute(sql.raw(backfill));

    for (const row of rows) {
      const [after] = await db
        .select({ searchText: messages.searchText })
        .from(messages)
        .where(eq(messages.id, row.id));
      // jsonb orders keys its own way, so the lines may come in another order.
      expect(after?.searchText.split("\n").sort()).toEqual(searchTextOf(row).split("\n").sort());
      expect(after?.searchText).not.toBe("");
    }
  });
});
