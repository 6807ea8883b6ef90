import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Database, type Db } from "@/lib/db/client";
import { invitations, users } from "@/lib/db/schema";
import { testEngines } from "@/test-support/db-engines";
import {
  claimInvitation,
  createInvitation,
  findUsableInvitation,
  INVITATION_DAYS,
  invitationLink,
  listPendingInvitations,
  reissueInvitation,
  releaseInvitation,
  revokeInvitation,
} from "./invitations";

const engines = testEngines(process.env.TEST_DATABASE_URL);

describe.each(engines)("invitations on $kind", (engine) => {
  let database: Database;
  let db: Db;

  beforeAll(async () => {
    database = await createDatabase(await engine.freshConfig());
    db = database.db;
    await db.insert(users).values({ id: "ana", name: "Ana", email: "ana@example.com", role: "admin" });
  }, 60_000);

  afterAll(async () => {
    await database?.close();
    await engine.cleanup();
  });

  const invite = (email: string) => createInvitation(db, { email, role: "agent", invitedBy: "ana" });

  test("makes a one-time link valid for 7 days, keeping only a hash of its token", async () => {
    const { token, invitation } = await invite("bo@example.com");
    expect(invitationLink("https://composer.example.com", token)).toBe(`https://composer.example.com/invite/${token}`);
    const days = (invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(INVITATION_DAYS, 3);
    const [row] = await db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await findUsableInvitation(db, token)).toMatchObject({ email: "bo@example.com", invitedByName: "Ana" });
    expect(await findUsableInvitation(db, `${token}x`)).toBeNull();
  });

  test("can be used once: of two claims, one wins; a released claim can be used again", async () => {
    const { token } = await invite("cy@example.com");
    const [first, second] = await Promise.all([claimInvitation(db, token), claimInvitation(db, token)]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect(await findUsableInvitation(db, token)).toBeNull();
    await releaseInvitation(db, (first ?? second)!.id);
    expect(await claimInvitation(db, token)).not.toBeNull();
  });

  test("stops working when expired, withdrawn, or replaced by a newer invitation to the same email", async () => {
    const expired = await invite("di@example.com");
    await db
      .update(invitations)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(invitations.id, expired.invitation.id));
    expect(await claimInvitation(db, expired.token)).toBeNull();

    const withdrawn = await invite("ed@example.com");
    expect(await revokeInvitation(db, withdrawn.invitation.id)).toBe(true);
    expect(await revokeInvitation(db, withdrawn.invitation.id)).toBe(false);
    expect(await findUsableInvitation(db, withdrawn.token)).toBeNull();

    const older = await invite("fi@example.com");
    const newer = await invite("fi@example.com");
    expect(await findUsableInvitation(db, older.token)).toBeNull();
    expect(await findUsableInvitation(db, newer.token)).not.toBeNull();
    const pending = (await listPendingInvitations(db)).map((i) => i.email);
    expect(pending.filter((email) => email === "fi@example.com")).toHaveLength(1);
    expect(pending).not.toContain("di@example.com");
  });

  test("a new link for a waiting invitation replaces it: same email and role, a fresh week, the old link dead", async () => {
    await db.insert(users).values({ id: "bo", name: "Bo", email: "bo-admin@example.com", role: "admin" });
    const first = await createInvitation(db, { email: "gu@example.com", role: "viewer", invitedBy: "ana" });
    await db
      .update(invitations)
      .set({ expiresAt: sql`now() + interval '1 day'` })
      .where(eq(invitations.id, first.invitation.id));

    const again = await reissueInvitation(db, first.invitation.id, "bo");
    expect(again?.invitation).toMatchObject({ email: "gu@example.com", role: "viewer", invitedByUserId: "bo" });
    expect(again?.invitation.id).not.toBe(first.invitation.id);
    const days = (again!.invitation.expiresAt.getTime() - again!.invitation.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(INVITATION_DAYS, 3);
    expect(await findUsableInvitation(db, first.token)).toBeNull();
    expect(await findUsableInvitation(db, again!.token)).toMatchObject({ email: "gu@example.com", role: "viewer" });
    const pending = (await listPendingInvitations(db)).filter((i) => i.email === "gu@example.com");
    expect(pending.map((i) => i.id)).toEqual([again!.invitation.id]);
  });

  test("no new link for an invitation that was replaced, withdrawn or used; of two asking at once, one gets it", async () => {
    const replaced = await invite("ha@example.com");
    const [one, two] = await Promise.all([
      reissueInvitation(db, replaced.invitation.id, "ana"),
      reissueInvitation(db, replaced.invitation.id, "ana"),
    ]);
    expect([one, two].filter(Boolean)).toHaveLength(1);
    expect(await reissueInvitation(db, replaced.invitation.id, "ana")).toBeNull();

    const withdrawn = await invite("io@example.com");
    await revokeInvitation(db, withdrawn.invitation.id);
    expect(await reissueInvitation(db, withdrawn.invitation.id, "ana")).toBeNull();

    const used = await invite("ju@example.com");
    await claimInvitation(db, used.token);
    expect(await reissueInvitation(db, used.invitation.id, "ana")).toBeNull();
    expect((await listPendingInvitations(db)).map((i) => i.email)).not.toContain("ju@example.com");
  });
});
