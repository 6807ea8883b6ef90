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

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * A new one-time invitation, valid for a week. The token is returned once, to be shown or emailed; only its hash is
 * stored. Earlier pending invitations for the same email stop working, so only the newest link does.
 */
export async function createInvitation(
  db: Db,
  input: { email: string; role: Role; invitedBy: string },
): Promise<{ token: string; invitation: Invitation }> {
  const token = newToken();
  const invitation = await db.transaction((tx) => insertInvitation(tx, input, token));
  return { token, invitation };
}

/**
 * A fresh link for a pending invitation, whose own link cannot be shown again (only its hash is kept): the old one
 * is withdrawn and a new invitation made for the same email and role, valid for a week from now. Null when it was
 * no longer pending; of two people asking at once, one gets the link and the other null.
 */
export async function reissueInvitation(
  db: Db,
  id: string,
  invitedBy: string,
): Promise<{ token: string; invitation: Invitation } | null> {
  const token = newToken();
  const invitation = await db.transaction(async (tx) => {
    const [old] = await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(invitations.id, id), pending()))
      .returning();
    if (!old) return null;
    return insertInvitation(tx, { email: old.email, role: old.role, invitedBy }, token);
  });
  return invitation ? { token, invitation } : null;
}

const newToken = () => randomBytes(32).toString("base64url");

async function insertInvitation(
  tx: Tx,
  input: { email: string; role: Role; invitedBy: string },
  token: string,
): Promise<Invitation> {
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

/** A waiting invitation by its id: not yet used, withdrawn or expired. */
export async function findPendingInvitation(db: Db, id: string): Promise<Invitation | null> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, id), pending()));
  return row ?? null;
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
