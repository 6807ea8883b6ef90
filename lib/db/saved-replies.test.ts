import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { testEngines } from "@/test-support/db-engines";
import { createDatabase, type Database, type Db } from "./client";
import { listSavedReplies, saveSavedReply } from "./saved-replies";
import { savedReplies, users } from "./schema";

const engines = testEngines(process.env.TEST_DATABASE_URL);

async function migrationStatements(suffix: string): Promise<string[]> {
  const migrations = path.join(process.cwd(), "lib", "db", "migrations");
  const file = (await readdir(migrations)).find((name) => name.endsWith(suffix));
  if (!file) throw new Error(`no *${suffix} migration`);
  return (await readFile(path.join(migrations, file), "utf8")).split("--> statement-breakpoint");
}

describe.each(engines)("saved replies on $kind", (engine) => {
  let database: Database;
  let db: Db;
  const agent = "u-agent";

  beforeAll(async () => {
    database = await createDatabase(await engine.freshConfig());
    db = database.db;
    const now = new Date();
    await db.insert(users).values({
      id: agent,
      name: "Aga",
      email: "aga@example.com",
      emailVerified: true,
      createdAt: now,
      updatedAt: now,
    });
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await engine.cleanup();
  });
  beforeEach(async () => {
    await db.delete(savedReplies);
  });

  const save = (name: string, id = "") => saveSavedReply(db, { id, name, body: `Body of ${name}` }, agent);

  test("refuses a name another reply has in other capitals, naming that reply", async () => {
    expect(await save("thanks")).toMatchObject({ ok: true });
    expect(await save("Thanks")).toEqual({ ok: false, reason: "name-taken", taken: "thanks" });
    expect(await save("THANKS")).toEqual({ ok: false, reason: "name-taken", taken: "thanks" });
    expect((await listSavedReplies(db)).map((reply) => reply.name)).toEqual(["thanks"]);
  });

  test("lets a reply keep its own name, or change only its capitals, when edited", async () => {
    const saved = await save("thanks");
    if (!saved.ok) throw new Error("not saved");
    expect(await saveSavedReply(db, { id: saved.id, name: "thanks", body: "New words" }, agent)).toEqual(saved);
    expect(await save("Thanks", saved.id)).toEqual(saved);
    expect(await listSavedReplies(db)).toEqual([{ id: saved.id, name: "Thanks", body: "Body of Thanks" }]);
  });

  test("refuses renaming a reply to another's name in other capitals", async () => {
    await save("hours");
    const refund = await save("refund");
    if (!refund.ok) throw new Error("not saved");
    expect(await save("Hours", refund.id)).toEqual({ ok: false, reason: "name-taken", taken: "hours" });
  });

  test("the database itself refuses a second name in other capitals, as a concurrent save would try", async () => {
    await save("thanks");
    const insert = db.insert(savedReplies).values({ id: "other", name: "THANKS", body: "x" });
    await expect(insert).rejects.toThrow();
  });

  test("two saves of one name in different capitals at once: one is saved, the other told the name is taken", async () => {
    const results = await Promise.all([save("thanks"), save("Thanks")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([expect.objectContaining({ reason: "name-taken" })]);
  });

  test("lists the replies by name whatever their capitals", async () => {
    for (const name of ["refund", "Hours", "apology", "Zebra"]) await save(name);
    expect((await listSavedReplies(db)).map((reply) => reply.name)).toEqual(["apology", "Hours", "refund", "Zebra"]);
  });

  test("the migration renames the later of names equal in any capitals, so it cannot fail on them", async () => {
    // Back to the shape before it: names unique only as written.
    await db.execute(sql`drop index saved_replies_name_lower_unique`);
    await db.execute(sql`alter table saved_replies add constraint saved_replies_name_unique unique (name)`);
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
    const long = "a".repeat(59);
    await db.insert(savedReplies).values([
      { id: "r1", name: "thanks", body: "first", createdAt: at(1) },
      { id: "r2", name: "Thanks", body: "second", createdAt: at(2) },
      { id: "r3", name: "THANKS", body: "third", createdAt: at(3) },
      // Already taken: the third "thanks" skips to (4).
      { id: "r4", name: "thanks (3)", body: "kept", createdAt: at(0) },
      { id: "r5", name: " hours ", body: "spaces", createdAt: at(5) },
      { id: "r6", name: "Hours", body: "capital", createdAt: at(4) },
      { id: "r7", name: long, body: "long", createdAt: at(6) },
      { id: "r8", name: long.toUpperCase(), body: "long too", createdAt: at(7) },
    ]);
    for (const statement of await migrationStatements("_saved_reply_names_any_case.sql")) {
      await db.execute(sql.raw(statement));
    }
    const names = Object.fromEntries((await listSavedReplies(db)).map((reply) => [reply.body, reply.name]));
    expect(names).toEqual({
      first: "thanks",
      second: "Thanks (2)",
      third: "THANKS (4)",
      kept: "thanks (3)",
      capital: "Hours",
      spaces: "hours (2)",
      long,
      "long too": `${"A".repeat(56)} (2)`,
    });
    await expect(db.insert(savedReplies).values({ id: "r9", name: "tHaNkS", body: "x" })).rejects.toThrow();
  });
});
