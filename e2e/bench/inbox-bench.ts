/**
 * Benchmark, not a test: `npm run bench:inbox`. The Inbox asks for its thread list every few seconds
 * (GET /api/inbox, listThreads), so its cost must follow the 200 threads it shows, not the size of the inbox or of
 * history. Seeds 1,000, 100,000 and 1,000,000 history rows (test-support/seed-history.ts) with one customer reply
 * for every tenth (test-support/seed-inbox.ts), and at least 400, so that every size fills the list's 200 threads,
 * on PGlite and on PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL names a server (throwaway databases,
 * dropped afterwards). Prints p50 and p95 of listThreads at each size and the 1M/1k and 1M/100k ratios, for every
 * thread and for each filter (a filter lists fewer than 200 threads at 1k, so its 1M/100k ratio is the one that
 * compares like with like). `-- --rows N` seeds N instead of a million; `-- --engine pglite|postgres` runs one engine.
 */
import { createDatabase, type Database, type Db } from "@/lib/db/client";
import { listThreads } from "@/lib/db/inbox";
import type { ThreadFilter } from "@/lib/inbox/thread-filter";
import { testEngines } from "@/test-support/db-engines";
import { bulkSeedHistory, SEED_PEOPLE, seedHistory } from "@/test-support/seed-history";
import { seedInbox } from "@/test-support/seed-inbox";
import { machine, percentile } from "./figures";

const SMALL = 1_000;
const rowsFlag = process.argv.indexOf("--rows");
const LARGE = rowsFlag > 0 ? Number(process.argv[rowsFlag + 1]) : 1_000_000;
const SIZES = [SMALL, Math.min(100_000, LARGE), LARGE];
const repliesFor = (rows: number) => Math.max(400, Math.round(rows / 10));
const WARMUP = 10;
const RUNS = 100;
const engineFlag = process.argv.indexOf("--engine");
const onlyEngine = engineFlag > 0 ? process.argv[engineFlag + 1] : undefined;
const reader = SEED_PEOPLE[0]?.id ?? "";

const label = (rows: number) => (rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`);
const pair = (a: number, b: number, unit: string) => `${a.toFixed(2)}${unit} / ${b.toFixed(2)}${unit}`.padStart(22);

/** What the Inbox asks for: every thread, and each "Show only" filter, which the server applies to every thread. */
const CASES: { name: string; only: ThreadFilter }[] = [
  { name: "every thread", only: {} },
  { name: "Unread (4 in 5 customers read)", only: { unread: true } },
  { name: "Assigned to me (1 in 10)", only: { mine: true } },
  { name: "Window open (1 in 20)", only: { open: true } },
];

interface Timing {
  p50: number;
  p95: number;
  threads: number;
}

/** Times listThreads on every database in turn, round after round, so a busy moment falls on all sizes alike. */
async function time(dbs: Db[], only: ThreadFilter): Promise<Timing[]> {
  const sides = dbs.map((db) => ({ db, samples: [] as number[], threads: 0 }));
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const side of sides) {
      const started = performance.now();
      side.threads = (await listThreads(side.db, reader, only)).length;
      if (i >= WARMUP) side.samples.push(performance.now() - started);
    }
  }
  return sides.map(({ samples, threads }) => {
    samples.sort((x, y) => x - y);
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), threads };
  });
}

console.log(`Inbox thread list (listThreads), p50/p95 of ${RUNS} runs after ${WARMUP} warm-up. ${machine()}`);
for (const engine of testEngines(process.env.DATABASE_URL || process.env.TEST_DATABASE_URL)) {
  if (onlyEngine && engine.kind !== onlyEngine) continue;
  const databases: Database[] = [];
  try {
    console.log(`\n== ${engine.kind}`);
    for (const rows of SIZES) {
      const database = await createDatabase(await engine.freshConfig());
      databases.push(database);
      const started = performance.now();
      if (rows <= SMALL) await seedHistory(database.db, 1, rows);
      else await bulkSeedHistory(database.db, 1, rows);
      await seedInbox(database.db, repliesFor(rows), reader);
      console.log(
        `   ${label(rows)} history rows and ${repliesFor(rows).toLocaleString("en")} replies seeded in ` +
          `${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
    console.log(
      `   ${"case".padEnd(32)}${SIZES.map((rows) => `${label(rows)} p50 / p95`.padStart(22)).join("")}` +
        `${`${label(LARGE)}/1k`.padStart(22)}${`${label(LARGE)}/100k`.padStart(22)}   threads listed`,
    );
    for (const { name, only } of CASES) {
      const timings = await time(
        databases.map((database) => database.db),
        only,
      );
      const [small, middle, large] = timings as [Timing, Timing, Timing];
      console.log(
        `   ${name.padEnd(32)}${timings.map((t) => pair(t.p50, t.p95, "ms")).join("")}` +
          `${pair(large.p50 / small.p50, large.p95 / small.p95, "x")}` +
          `${pair(large.p50 / middle.p50, large.p95 / middle.p95, "x")}` +
          `   ${timings.map((t) => t.threads).join("/")}`,
      );
    }
  } finally {
    await Promise.all(databases.map((database) => database.close()));
    await engine.cleanup();
  }
}
