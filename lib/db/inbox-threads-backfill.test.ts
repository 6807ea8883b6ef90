import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { parseWebhookEvent } from "@/lib/webhooks/events";
import { processWebhookEvent } from "@/lib/webhooks/process-event";
import { testEngines } from "@/test-support/db-engines";
import { createDatabase, type DatabaseConfig, type Db } from "./client";
import { assignThread, listThreads } from "./inbox";
import { createAttempt } from "./queries";
import { inboxThreads, users } from "./schema";

const engines = testEngines(process.env.TEST_DATABASE_URL);
const MIGRATIONS = path.join(process.cwd(), "lib", "db", "migrations");
const BUSINESS = "+14155550100";

/** The migrations as they were before `tag`: a copy of the folder whose journal ends just before it. */
async function migrationsBefore(tag: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "connectly-migrations-"));
  await cp(MIGRATIONS, dir, { recursive: true });
  const journalPath = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((entry) => entry.tag === tag);
  if (at < 0) throw new Error(`No migration ${tag}`);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return dir;
}

/** The app's own open, but migrated from `folder`: createDatabase always takes the project's migrations. */
async function openMigratedFrom(config: DatabaseConfig, folder: string): Promise<{ db: Db; close(): Promise<void> }> {
  if (config.databaseUrl) {
    const [{ Pool }, { drizzle }, { migrate }] = await Promise.all([
      import("pg"),
      import("drizzle-orm/node-postgres"),
      import("drizzle-orm/node-postgres/migrator"),
    ]);
    const pool = new Pool({ connectionString: config.databaseUrl });
    const db = drizzle({ client: pool });
    await migrate(db, { migrationsFolder: folder });
    return { db: db as unknown as Db, close: () => pool.end() };
  }
  const [{ PGlite }, { pg_trgm }, { drizzle }, { migrate }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  await mkdir(path.dirname(config.pgliteDir), { recursive: true });
  const client = await PGlite.create(config.pgliteDir, {
    postgresqlconf: ["shared_buffers = 16MB"],
    extensions: { pg_trgm },
  });
  const db = drizzle({ client });
  await migrate(db, { migrationsFolder: folder });
  return { db: db as unknown as Db, close: () => client.close() };
}

const minutesAgo = (n: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 - n * 60_000);

async function customerWrites(db: Db, customer: string, id: string, ago: number, businessNumber?: string) {
  const body = {
    timestamp: String(minutesAgo(ago).getTime() / 1000),
    sender: { id: customer, channelType: "whatsapp" },
    ...(businessNumber === undefined ? {} : { recipient: { id: businessNumber, channelType: "whatsapp" } }),
    message: { id, text: "Hello" },
  };
  const parsed = parseWebhookEvent(body);
  if (!parsed.ok) throw new Error(parsed.problem);
  await processWebhookEvent(db, parsed.event, body);
}

describe.each(engines)("the Inbox's thread summaries on a $kind database from before them", (engine) => {
  afterAll(() => engine.cleanup());

  test("are made for the conversations already there, with their sends, windows and assignees", async () => {
    const config = await engine.freshConfig();
    const folder = await migrationsBefore("0016_inbox_threads");
    const old = await openMigratedFrom(config, folder);
    let sendAt: Date;
    try {
      await old.db.insert(users).values({
        id: "u-agent",
        name: "Aga",
        email: "aga@example.com",
        emailVerified: true,
        role: "agent",
        createdAt: new Date(),
        updatedAt: new Date(),
      } as never);
      await customerWrites(old.db, "+16044441111", "a1", 90, BUSINESS);
      await customerWrites(old.db, "+16044441111", "a2", 60, BUSINESS);
      await customerWrites(old.db, "+16044442222", "b1", 30, BUSINESS);
      await customerWrites(old.db, "+16044443333", "c1", 45);
      await assignThread(old.db, { customer: "+16044442222", businessNumber: BUSINESS }, "u-agent");
      // A send after the first customer's last message: their thread's latest activity.
      ({ createdAt: sendAt } = await createAttempt(old.db, {
        endpoint: "send/messages",
        messageType: "text",
        recipient: "+16044441111",
        sender: BUSINESS,
        request: { message: { text: "Our answer" } },
      }));
    } finally {
      await old.close();
      await rm(folder, { recursive: true, force: true });
    }

    const upgraded = await createDatabase(config);
    try {
      const rows = await upgraded.db
        .select()
        .from(inboxThreads)
        .orderBy(inboxThreads.customer, inboxThreads.businessNumber);
      expect(rows).toEqual([
        expect.objectContaining({
          customer: "+16044441111",
          businessNumber: BUSINESS,
          lastAt: sendAt,
          assigneeId: null,
        }),
        expect.objectContaining({ customer: "+16044442222", businessNumber: BUSINESS, lastAt: minutesAgo(30) }),
        expect.objectContaining({ customer: "+16044443333", businessNumber: "", lastAt: minutesAgo(45) }),
      ]);
      expect(rows[1]?.assigneeId).toBe("u-agent");
      expect(rows.every((row) => row.windowAt !== null)).toBe(true);
      expect((await listThreads(upgraded.db, "u-agent")).map((t) => t.customer)).toEqual([
        "+16044441111",
        "+16044442222",
        "+16044443333",
      ]);
      expect((await listThreads(upgraded.db, "u-agent", { mine: true })).map((t) => t.customer)).toEqual([
        "+16044442222",
      ]);
    } finally {
      await upgraded.close();
    }
  }, 60_000);
});
