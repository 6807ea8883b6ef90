/**
 * Benchmark, not a test: `npm run bench:history`. Seeds 1,000 and then 1,000,000 realistic history rows
 * (test-support/seed-history.ts), and 100,000 between them, on PGlite, and on PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL names a server
 * (throwaway databases are created there and dropped afterwards; the role needs CREATEDB). For each way people
 * open the history page it runs the page's own query (listHistory, after the same parsing of the URL's filters)
 * on both databases in turn, so a busy moment of a shared machine falls on both alike, and prints p50 and p95 at
 * each size, their 1M/1k ratio (target: at most 1.5x) and the 1M/100k one.
 * Flags (after `--`): `--explain` prints EXPLAIN ANALYZE at 1M rows for every case over the target;
 * `--engine pglite|postgres` runs one engine; `--rows N` seeds N instead of a million, for a quicker look.
 */
import { sql } from "drizzle-orm";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { createDatabase, type Database, type Db } from "@/lib/db/client";
import { withCustomerNames } from "@/lib/db/customer-names";
import { historyPageQuery, listHistory } from "@/lib/db/queries";
import { type HistoryFilterValues, historyFilterFrom } from "@/lib/history/filter-params";
import { testEngines } from "@/test-support/db-engines";
import { bulkSeedHistory, SEED_PEOPLE, seedHistory } from "@/test-support/seed-history";
import { machine, percentile } from "./figures";

const SMALL = 1_000;
// A middle size shows whether a case still grows with the table or has reached its own constant cost.
const MIDDLE = 100_000;
// `-- --rows 100000` for a quicker look; the figures that count are at a million.
const rowsFlag = process.argv.indexOf("--rows");
const LARGE = rowsFlag > 0 ? Number(process.argv[rowsFlag + 1]) : 1_000_000;
const SIZES = [SMALL, Math.min(MIDDLE, LARGE), LARGE];
const WARMUP = 10;
const RUNS = 100;
const TARGET = 1.5;
const PAGE = 50;
const explain = process.argv.includes("--explain");
const engineFlag = process.argv.indexOf("--engine");
const onlyEngine = engineFlag > 0 ? process.argv[engineFlag + 1] : undefined;

interface BenchCase {
  name: string;
  values: HistoryFilterValues;
  /** A page further back: the cursor is the id this many rows from the newest, as a fraction of the table. */
  depth?: number;
}

interface Timing {
  p50: number;
  p95: number;
  rows: number;
}

async function one<T>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
  const { rows } = (await db.execute(query)) as unknown as { rows: T[] };
  const [row] = rows;
  if (row === undefined) throw new Error("the bench query found no row");
  return row;
}

/**
 * The cases read their values from the seeded rows 1..1,000 (present at both sizes): a customer's number pasted the
 * way people paste it, an order number quoted in a message, a Connectly id.
 */
async function benchCases(db: Db): Promise<BenchCase[]> {
  const sample = await one<{ recipient: string; connectly_id: string; order_no: string }>(
    db,
    sql`select recipient, connectly_id, substring(search_text from '#([0-9]{5})') as order_no from messages
        where recipient like '+1%' and connectly_id is not null and search_text ~ '#[0-9]{5}'
        order by id limit 1`,
  );
  const national = parsePhoneNumberFromString(sample.recipient)?.formatNational() ?? sample.recipient;
  return [
    { name: "newest page", values: {} },
    { name: "status: failed", values: { status: "failed" } },
    { name: "type: image", values: { type: "image" } },
    { name: "sent by: one of 8 people", values: { sentBy: SEED_PEOPLE[2]?.id } },
    { name: `recipient, full number "${national}"`, values: { recipient: national } },
    { name: 'recipient prefix "+44 79" (an area)', values: { recipient: "+44 79" } },
    { name: 'recipient prefix "+44" (a country)', values: { recipient: "+44" } },
    { name: "deep page (half way back)", values: {}, depth: 0.5 },
    { name: 'search: a word ("refund")', values: { q: "refund" } },
    { name: 'search: a surname ("Okafor")', values: { q: "Okafor" } },
    { name: `search: an order number ("${sample.order_no}")`, values: { q: sample.order_no } },
    { name: "search: a Connectly id", values: { q: sample.connectly_id } },
    { name: `search: a pasted number ("1 ${national}")`, values: { q: `1 ${national}` } },
  ];
}

async function cursorAt(db: Db, depth: number | undefined): Promise<string | undefined> {
  if (depth === undefined) return undefined;
  const { count } = await one<{ count: number }>(db, sql`select count(*)::int as count from messages`);
  const { id } = await one<{ id: string }>(
    db,
    sql`select id from messages order by id desc offset ${Math.floor(count * depth)} limit 1`,
  );
  return id;
}

/** Times the case on every database in turn, round after round. */
async function time(dbs: Db[], bench: BenchCase): Promise<Timing[]> {
  const sides = await Promise.all(
    dbs.map(async (db) => ({ db, before: await cursorAt(db, bench.depth), samples: [] as number[], rows: 0 })),
  );
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const side of sides) {
      const started = performance.now();
      const filter = historyFilterFrom(bench.values, "US");
      const page = await listHistory(side.db, { ...filter, before: side.before, limit: PAGE });
      const elapsed = performance.now() - started;
      if (i >= WARMUP) side.samples.push(elapsed);
      side.rows = page.entries.length;
    }
  }
  return sides.map(({ samples, rows }) => {
    samples.sort((x, y) => x - y);
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), rows };
  });
}

async function explainCase(db: Db, bench: BenchCase): Promise<string> {
  const before = await cursorAt(db, bench.depth);
  const filter = await withCustomerNames(db, historyFilterFrom(bench.values, "US"));
  const query = historyPageQuery(db, { ...filter, before, limit: PAGE });
  const { rows } = (await db.execute(sql`explain (analyze, buffers) ${query}`)) as unknown as {
    rows: { "QUERY PLAN": string }[];
  };
  return rows.map((row) => `    ${row["QUERY PLAN"]}`).join("\n");
}

const pair = (a: number, b: number, digits: number, unit = "") =>
  `${a.toFixed(digits)}${unit} / ${b.toFixed(digits)}${unit}`.padStart(20);
const label = (rows: number) => (rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`);

async function benchEngine(kind: string, dbs: Db[]): Promise<void> {
  const { version } = await one<{ version: string }>(dbs[0] as Db, sql`select version() as version`);
  console.log(`\n== ${kind}: ${version.split(" on ")[0]}`);
  for (const [index, db] of dbs.entries()) {
    const rows = SIZES[index] as number;
    const started = performance.now();
    if (rows <= SMALL) {
      await seedHistory(db, 1, rows);
      await db.execute(sql`analyze messages`);
    } else {
      await bulkSeedHistory(db, 1, rows);
    }
    console.log(`   ${label(rows)} rows seeded, indexed and analyzed in ${seconds(started)}`);
  }
  const big = label(LARGE);
  console.log(
    `${"case".padEnd(46)}${SIZES.map((rows) => `${label(rows)} p50 / p95`.padStart(20)).join("")}` +
      `${`${big}/1k p50 / p95`.padStart(20)}${`${big}/${label(SIZES[1] as number)}`.padStart(16)}   rows`,
  );
  const over: BenchCase[] = [];
  for (const bench of await benchCases(dbs[0] as Db)) {
    const timings = await time(dbs, bench);
    const [small, middle, large] = timings as [Timing, Timing, Timing];
    const ratio50 = large.p50 / small.p50;
    const ratio95 = large.p95 / small.p95;
    const verdict = Math.max(ratio50, ratio95) <= TARGET ? "" : `  OVER ${TARGET}x`;
    if (verdict) over.push(bench);
    console.log(
      `${bench.name.padEnd(46)}${timings.map((t) => pair(t.p50, t.p95, 2, "ms")).join("")}` +
        `${pair(ratio50, ratio95, 2, "x")}${`${(large.p50 / middle.p50).toFixed(2)}x`.padStart(16)}` +
        `   ${timings.map((t) => t.rows).join("/")}${verdict}`,
    );
  }
  const last = dbs.at(-1) as Db;
  if (explain) for (const bench of over) console.log(`\n  EXPLAIN ${bench.name}:\n${await explainCase(last, bench)}`);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

console.log(`History page query, p50/p95 of ${RUNS} runs after ${WARMUP} warm-up, ${PAGE} rows a page. ${machine()}`);
for (const engine of testEngines(process.env.DATABASE_URL || process.env.TEST_DATABASE_URL)) {
  if (onlyEngine && engine.kind !== onlyEngine) continue;
  const databases: Database[] = [];
  try {
    for (const _ of SIZES) databases.push(await createDatabase(await engine.freshConfig()));
    await benchEngine(
      engine.kind,
      databases.map((database) => database.db),
    );
  } finally {
    await Promise.all(databases.map((database) => database.close()));
    await engine.cleanup();
  }
}
