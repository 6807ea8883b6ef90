import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Database, type Db } from "@/lib/db/client";
import { sessions, users } from "@/lib/db/schema";
import { testEngines } from "@/test-support/db-engines";
import { changeRole, deactivate, listMembers, openSessionCount, reactivate } from "./members";
import type { Role } from "./roles";

const engines = testEngines(process.env.TEST_DATABASE_URL);

async function person(db: Db, id: string, role: Role) {
  await db.insert(users).values({ id, name: id, email: `${id}@example.com`, role });
  await db.insert(sessions).values({
    id: `${id}-session`,
    token: `${id}-token`,
    userId: id,
    expiresAt: new Date(Date.now() + 86_400_000),
    updatedAt: new Date(),
  });
}

describe.each(engines)("Members on $kind", (engine) => {
  let database: Database;
  let db: Db;

  beforeAll(async () => {
    database = await createDatabase(await engine.freshConfig());
    db = database.db;
    await person(db, "ana", "admin");
    await person(db, "bo", "agent");
    await person(db, "cy", "viewer");
  }, 60_000);

  afterAll(async () => {
    await database?.close();
    await engine.cleanup();
  });

  const roleOf = async (id: string) => (await listMembers(db)).find((m) => m.id === id)?.role;

  test("lists each person with role and status", async () => {
    expect((await listMembers(db)).map((m) => [m.name, m.role, m.active])).toEqual([
      ["ana", "admin", true],
      ["bo", "agent", true],
      ["cy", "viewer", true],
    ]);
  });

  test("the last Admin can be neither demoted nor deactivated", async () => {
    const demoted = await changeRole(db, "ana", "agent");
    expect(demoted).toMatchObject({ ok: false, error: { code: "LAST_ADMIN" } });
    expect(await roleOf("ana")).toBe("admin");
    const deactivated = await deactivate(db, "ana", "someone-else");
    expect(deactivated).toMatchObject({ ok: false, error: { code: "LAST_ADMIN" } });
    expect((await listMembers(db)).find((m) => m.id === "ana")?.active).toBe(true);
  });

  test("with a second Admin, one of them can step down, and the last one is protected again", async () => {
    expect(await changeRole(db, "bo", "admin")).toEqual({ ok: true, name: "bo", role: "admin", changed: true });
    expect(await changeRole(db, "ana", "viewer")).toEqual({ ok: true, name: "ana", role: "viewer", changed: true });
    expect(await changeRole(db, "bo", "agent")).toMatchObject({ ok: false, error: { code: "LAST_ADMIN" } });
    expect(await changeRole(db, "ana", "admin")).toMatchObject({ ok: true, changed: true });
    expect(await changeRole(db, "bo", "agent")).toMatchObject({ ok: true, changed: true });
  });

  test("asking for the role someone already has changes nothing and says so, also for the last Admin", async () => {
    expect(await changeRole(db, "bo", "agent")).toEqual({ ok: true, name: "bo", role: "agent", changed: false });
    expect(await changeRole(db, "ana", "admin")).toEqual({ ok: true, name: "ana", role: "admin", changed: false });
    expect(await roleOf("bo")).toBe("agent");
  });

  test("a deactivated Admin does not count as the one left", async () => {
    await person(db, "di", "admin");
    expect(await deactivate(db, "di", "ana")).toEqual({ ok: true });
    expect(await changeRole(db, "ana", "agent")).toMatchObject({ ok: false, error: { code: "LAST_ADMIN" } });
  });

  test("deactivating ends every session at once and keeps the person; reactivating lets them back", async () => {
    expect(await openSessionCount(db, "cy")).toBe(1);
    expect(await deactivate(db, "cy", "ana")).toEqual({ ok: true });
    expect(await openSessionCount(db, "cy")).toBe(0);
    const [row] = await db.select().from(users).where(eq(users.id, "cy"));
    expect(row?.banned).toBe(true);
    expect(await reactivate(db, "cy")).toEqual({ ok: true });
    expect((await listMembers(db)).find((m) => m.id === "cy")).toMatchObject({ active: true, role: "viewer" });
  });

  test("nobody deactivates themselves, and a missing person is reported, not thrown", async () => {
    expect(await deactivate(db, "bo", "bo")).toMatchObject({ ok: false, error: { code: "SELF" } });
    expect(await changeRole(db, "nobody", "agent")).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await reactivate(db, "bo")).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});
