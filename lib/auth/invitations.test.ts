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
});
