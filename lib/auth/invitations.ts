import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { monotonicFactory } from "ulid";
import type { Db } from "@/lib/db/client";
import { invitations, users } from "@/lib/db/schema";
import type { Role } from "./roles";

export const INVITATION_DAYS = 7;

export type Invitation = typeof invitations.$inferSelect;

export interface PendingInvitation extends Invitation {
  invitedByName: string | null;
}

const nextId = monotonicFactory();

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function invitationLink(appUrl: string, token: string): string {
  return `${appUrl}/invite/${token}`;
}

const pending = () =>
  and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, sql`now()`));

/**
 * A new one-time invitation, valid for a week. The token is returned once, to be shown or emailed; only its hash is
 * stored. Earlier pending invitations for the same email stop working, so only the newest link does.
 */
export async function createInvitation(
  db: Db,
  input: { email: string; role: Role; invitedBy: string },
): Promise<{ token: string; invitation: Invitation }> {
  const token = randomBytes(32).toString("base64url");
  const invitation = await db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(invitations.email, input.email), pending()));
    const [row] = await tx
      .insert(invitations)
      .values({
        id: nextId(),
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedByUserId: input.invitedBy,
        expiresAt: sql`now() + make_interval(days => ${INVITATION_DAYS})`,
      })
      .returning();
    if (!row) throw new Error("INSERT … RETURNING gave no row");
    return row;
  });
  return { token, invitation };
}

/** The invitation behind a link, if it can still be used. */
export async function findUsableInvitation(db: Db, token: string): Promise<PendingInvitation | null> {
  const [row] = await db
    .select({ invitation: invitations, invitedByName: users.name })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), pending()));
  return row ? { ...row.invitation, invitedByName: row.invitedByName } : null;
}

/**
 * Marks the invitation used, atomically: of two people opening the same link at once, one gets the row and the
 * other null. release() gives it back if the account could not be made after all.
 */
export async function claimInvitation(db: Db, token: string): Promise<Invitation | null> {
  const [row] = await db
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(and(eq(invitations.tokenHash, hashToken(token)), pending()))
    .returning();
  return row ?? null;
}

export async function releaseInvitation(db: Db, id: string): Promise<void> {
  await db.update(invitations).set({ acceptedAt: null }).where(eq(invitations.id, id));
}

export async function recordAcceptance(db: Db, id: string, userId: string): Promise<void> {
  await db.update(invitations).set({ acceptedUserId: userId }).where(eq(invitations.id, id));
}

export async function listPendingInvitations(db: Db): Promise<PendingInvitation[]> {
  const rows = await db
    .select({ invitation: invitations, invitedByName: users.name })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(pending())
    .orderBy(desc(invitations.id));
  return rows.map((row) => ({ ...row.invitation, invitedByName: row.invitedByName }));
}

export async function revokeInvitation(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.id, id), pending()))
    .returning({ id: invitations.id });
  return rows.length > 0;
}
