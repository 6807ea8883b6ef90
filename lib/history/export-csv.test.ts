import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { parse } from "csv-parse";
import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Database, type Db } from "@/lib/db/client";
import { recordCustomerName } from "@/lib/db/lifecycle";
import { createAttempt, type HistoryFilter, historyWhere, markFailed, markSent } from "@/lib/db/queries";
import { messages } from "@/lib/db/schema";
import { testEngines } from "@/test-support/db-engines";
import { bulkSeedHistory } from "@/test-support/seed-history";
import { EXPORT_HEADER, historyCsv } from "./export-csv";
import { summarize } from "./summarize";

const engines = testEngines(process.env.TEST_DATABASE_URL);
const SEEDED = 40_000;
const PAGE_SIZE = 500;

const gc = (globalThis as { gc?: () => void }).gc;

function records(stream: ReadableStream<Uint8Array>) {
  // Strict RFC 4180 reading: a stray quote or a record with another number of fields is an error.
  return Readable.fromWeb(stream as NodeReadableStream<Uint8Array>).pipe(
    parse({ bom: true, relax_quotes: false, relax_column_count: false, record_delimiter: "\r\n" }),
  ) as AsyncIterable<string[]>;
}

describe.each(engines)("CSV export on $kind", (engine) => {
  let database: Database;
  let db: Db;
  const crafted: Record<string, string> = {};

  beforeAll(async () => {
    database = await createDatabase(await engine.freshConfig());
    db = database.db;
    await bulkSeedHistory(db, 1, SEEDED);
    // A customer's name and message can hold anything: quotes, commas, line breaks, a spreadsheet formula.
    const tricky = await createAttempt(db, {
      endpoint: "send/messages",
      messageType: "text",
      recipient: "+16044441111",
      recipientName: '=HYPERLINK("http://evil.example","Click")',
      campaignName: "@SUM(A1:A9)",
      request: {
        recipient: { id: "+16044441111", channelType: "whatsapp" },
        message: { text: '-2+3, said "Ana"\r\nsecond line\nthird, "quoted" line' },
      },
    });
    await markFailed(db, tricky.id, {
      attempts: 1,
      errorCode: "E",
      errorMessage: "+ a message that looks like a formula",
      error: {},
    });
    crafted.tricky = tricky.id;
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    await engine.cleanup();
  });

  test("streams every row of a large filtered set, newest first, quoted and defused, in bounded memory", async () => {
    const filter: HistoryFilter = { messageType: "text" };
    const expected = (
      await db.select({ id: messages.id }).from(messages).where(historyWhere(filter)).orderBy(desc(messages.id))
    ).map((row) => row.id);
    expect(expected.length).toBeGreaterThan(14_000);

    gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let low = baseline;
    let high = baseline;
    let bytes = 0;
    let count = 0;
    let header: string[] | undefined;
    let trickyRecord: string[] | undefined;
    const stream = historyCsv(db, filter, PAGE_SIZE).pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    );
    for await (const record of records(stream)) {
      if (!header) {
        header = record;
        continue;
      }
      expect(record[1]).toBe(expected[count]);
      // Every recipient starts with +: a spreadsheet would take it for a formula and drop the +.
      expect(record[5]).toMatch(/^'\+\d+$|^US\./);
      if (record[1] === crafted.tricky) trickyRecord = record;
      count++;
      if (count % 1000 === 0) {
        gc?.();
        const used = process.memoryUsage().heapUsed;
        low = Math.min(low, used);
        high = Math.max(high, used);
      }
    }

    expect(header).toEqual([...EXPORT_HEADER]);
    // Named as the pages name them: Connectly's id is the "Message id" the composer and history show.
    expect(header?.slice(1, 3)).toEqual(["History id", "Message id"]);
    expect(count).toBe(expected.length);
    const [stored] = await db
      .select({ request: sql<string>`${messages.request}::text`, createdAt: messages.createdAt })
      .from(messages)
      .where(eq(messages.id, crafted.tricky ?? ""));
    expect(trickyRecord).toEqual([
      stored?.createdAt.toISOString(),
      crafted.tricky,
      "",
      "Failed",
      "Text",
      "'+16044441111",
      `'=HYPERLINK("http://evil.example","Click")`,
      "",
      "",
      "'@SUM(A1:A9)",
      "",
      `'${summarize(JSON.parse(stored?.request ?? "null"))}`,
      "1",
      "E",
      "'+ a message that looks like a formula",
      "",
      stored?.request,
    ]);

    const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
    console.log(
      `CSV export on ${engine.kind}: ${count.toLocaleString("en-US")} rows, ${mb(bytes)} streamed in pages of ` +
        `${PAGE_SIZE}; heap in use ${mb(baseline)} before, between ${mb(low)} and ${mb(high)} while streaming` +
        (gc ? " (read after GC every 1,000 rows)" : " (without --expose-gc: garbage included)"),
    );
    // Were the rows gathered before being sent, the heap would grow by the whole file (as UTF-16, twice its bytes).
    if (gc) expect(high - baseline).toBeLessThan(bytes / 4);
  }, 120_000);

  test("writes the customer's WhatsApp name beside the typed one, defused like any cell, on every page", async () => {
    const customer = "+16045550177";
    await recordCustomerName(db, customer, "=Ana Okafor", new Date());
    const ids: string[] = [];
    for (const recipientName of [null, "Ana (typed)"]) {
      const entry = await createAttempt(db, {
        endpoint: "send/messages",
        messageType: "image",
        recipient: customer,
        recipientName: recipientName ?? undefined,
        request: { recipient: { id: customer, channelType: "whatsapp" }, message: { text: "x" } },
      });
      await markSent(db, entry.id, { connectlyId: `csv-name-${entry.id}`, attempts: 1 });
      ids.push(entry.id);
    }
    const header = [...EXPORT_HEADER] as string[];
    const column = (record: string[], name: string) => record[header.indexOf(name)];
    const found: string[][] = [];
    // Pages of one row: each page looks its own customers' names up.
    for await (const record of records(historyCsv(db, { recipient: { exact: customer } }, 1))) found.push(record);
    const [, ...rows] = found;
    expect(rows.map((record) => column(record, "History id"))).toEqual([...ids].reverse());
    expect(rows.map((record) => [column(record, "Recipient name"), column(record, "WhatsApp name")])).toEqual([
      ["Ana (typed)", "'=Ana Okafor"],
      ["", "'=Ana Okafor"],
    ]);
    expect(rows.map((record) => [column(record, "Status"), column(record, "Type")])).toEqual([
      ["Sent", "Image"],
      ["Sent", "Image"],
    ]);
  });

  test("sends the header, then one page of rows per read", async () => {
    const reader = historyCsv(db, {}, PAGE_SIZE).getReader();
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const header = await reader.read();
    expect(decoder.decode(header.value)).toBe(`\uFEFF${EXPORT_HEADER.join(",")}\r\n`);
    const first = await reader.read();
    // One page, and it ends at a record's end: the reader has 500 rows, not the whole table.
    const text = decoder.decode(first.value);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows: string[][] = [];
    for await (const record of records(new Blob([text]).stream())) rows.push(record);
    expect(rows).toHaveLength(PAGE_SIZE);
    await reader.cancel();
  });
});
