import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { testEngines } from "@/test-support/db-engines";
import { closeDb, createDatabase, type DatabaseConfig, type Db, getDb } from "./client";
import { createAttempt, getHistoryEntry } from "./queries";

const engines = testEngines(process.env.TEST_DATABASE_URL);

const journal = JSON.parse(readFileSync(path.join(process.cwd(), "lib/db/migrations/meta/_journal.json"), "utf8")) as {
  entries: unknown[];
};

async function publicTables(db: Db): Promise<string[]> {
  const rows = await db
    .select({ name: sql<string>`table_name` })
    .from(sql`information_schema.tables`)
    .where(sql`table_schema = 'public'`)
    .orderBy(sql`table_name`);
  return rows.map((row) => row.name);
}

async function appliedMigrations(db: Db): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(sql`drizzle.__drizzle_migrations`);
  return row!.count;
}

describe.each(engines)("opening a $kind database", (engine) => {
  afterAll(() => engine.cleanup());

  test("creates every table on a fresh database", async () => {
    const database = await createDatabase(await engine.freshConfig());
    try {
      expect(database.kind).toBe(engine.kind);
      expect(await publicTables(database.db)).toEqual([
        "accounts",
        "customer_names",
        "customer_windows",
        "inbox_assignments",
        "inbox_messages",
        "inbox_reads",
        "inbox_threads",
        "invitations",
        "message_events",
        "messages",
        "rate_limits",
        "saved_replies",
        "sessions",
        "users",
        "verifications",
      ]);
      expect(await appliedMigrations(database.db)).toBe(journal.entries.length);
    } finally {
      await database.close();
    }
  });

  test("applies no migration twice and keeps its rows across close and reopen", async () => {
    const config = await engine.freshConfig();
    const first = await createDatabase(config);
    const written = await createAttempt(first.db, {
      endpoint: "send/messages",
      messageType: "text",
      recipient: "+16044441111",
      request: { recipient: { id: "+16044441111", channelType: "whatsapp" }, message: { text: "Still here?" } },
    });
    await first.close();

    const second = await createDatabase(config);
    try {
      expect(await appliedMigrations(second.db)).toBe(journal.entries.length);
      expect(await getHistoryEntry(second.db, written.id)).toEqual(written);
    } finally {
      await second.close();
    }
  });
});

describe("a database that cannot be opened", () => {
  let scratch: string | undefined;
  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  test("names PGlite and the directory it could not use", async () => {
    scratch = await mkdtemp(path.join(tmpdir(), "connectly-db-bad-"));
    const aFile = path.join(scratch, "not-a-directory");
    await writeFile(aFile, "");
    const pgliteDir = path.join(aFile, "pglite");

    await expect(createDatabase({ pgliteDir })).rejects.toThrow(
      `Could not open the PGlite database at ${pgliteDir}: EEXIST: file already exists, mkdir '${aFile}'`,
    );
  });

  test("names PostgreSQL and the server it could not reach, without the password", async () => {
    const attempt = createDatabase({
      databaseUrl: "postgres://composer:s3cret@127.0.0.1:1/history",
      pgliteDir: path.join(tmpdir(), "never-used"),
    });

    const error = await attempt.then(
      () => expect.fail("opened a database on port 1"),
      (reason: unknown) => reason as Error,
    );
    expect(error.message).toMatch(
      /^Could not open the PostgreSQL database at postgres:\/\/composer:\*\*\*@127\.0\.0\.1:1\/history: .*ECONNREFUSED/,
    );
    expect(error.message).not.toContain("s3cret");
  });
});

describe("the process-wide database", () => {
  const [pglite] = engines;
  // Shared so only the first open pays for creating the directory; each test works whether it is new or not.
  let config: DatabaseConfig;
  beforeAll(async () => {
    config = await pglite!.freshConfig();
  });
  afterEach(() => closeDb());
  afterAll(() => pglite!.cleanup());

  test("is opened once however many callers ask, and closed by closeDb", async () => {
    const [a, b] = await Promise.all([getDb(config), getDb(config)]);
    expect(a).toBe(b);

    await closeDb();
    await expect(a.db.execute(sql`select 1`)).rejects.toThrow();
    const reopened = await getDb(config);
    expect(reopened).not.toBe(a);
  });

  test("forgets a failed open, so the next call tries again", async () => {
    const scratch = await mkdtemp(path.join(tmpdir(), "connectly-db-retry-"));
    try {
      const aFile = path.join(scratch, "not-a-directory");
      await writeFile(aFile, "");
      await expect(getDb({ pgliteDir: path.join(aFile, "pglite") })).rejects.toThrow(/Could not open/);

      const database = await getDb(config);
      expect(database.kind).toBe("pglite");
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  test("closeDb does nothing when nothing was opened", async () => {
    await expect(closeDb()).resolves.toBeUndefined();
  });
});
