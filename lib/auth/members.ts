import "server-only";
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { ActionError } from "@/lib/actions/result";
import type { Db } from "@/lib/db/client";
import { sessions, users } from "@/lib/db/schema";
import { ROLE_LABELS, type Role, toRole } from "./roles";

export interface Member {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
}

type Refusal = { ok: false; error: ActionError };

export type MemberChange = { ok: true } | Refusal;

function toMember(row: typeof users.$inferSelect): Member {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: toRole(row.role),
    active: !row.banned,
    lastSignInAt: row.lastSignInAt,
    createdAt: row.createdAt,
  };
}

export async function listMembers(db: Db): Promise<Member[]> {
  const rows = await db.select().from(users).orderBy(asc(users.name), asc(users.email));
  return rows.map(toMember);
}

/** Names by user id, for showing who sent what; deactivated people keep their name in history. */
export async function memberNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ id: users.id, name: users.name }).from(users);
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function memberName(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const activeAdmin = and(eq(users.role, "admin"), or(isNull(users.banned), eq(users.banned, false)));

/**
 * Runs a change to one person with every active Admin's row locked, so two Admins changing each other at the same
 * moment cannot both succeed and leave nobody able to manage Members.
 */
async function withAdminsLocked<T>(
  db: Db,
  userId: string,
  work: (tx: Tx, target: Member, otherAdmins: number) => Promise<T>,
) {
  return db.transaction(async (tx) => {
    const admins = await tx.select({ id: users.id }).from(users).where(activeAdmin).for("update");
    const [row] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!row) return null;
    return work(tx, toMember(row), admins.filter((admin) => admin.id !== userId).length);
  });
}

/**
 * The person's name and role once the change is made, so the page can confirm it; changed is false when they had
 * that role already (a page that showed an older role asked for it).
 */
export type RoleChange = { ok: true; name: string; role: Role; changed: boolean } | Refusal;

export async function changeRole(db: Db, userId: string, role: Role): Promise<RoleChange> {
  const outcome = await withAdminsLocked(db, userId, async (tx, target, otherAdmins): Promise<RoleChange> => {
    if (target.role === role) return { ok: true, name: target.name, role, changed: false };
    if (target.role === "admin" && target.active && otherAdmins === 0) return lastAdmin(target, "demoted");
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    return { ok: true, name: target.name, role, changed: true };
  });
  return outcome ?? notFound();
}

/** Deactivates someone: they cannot sign in, and every session they have ends at once. Their history stays. */
export async function deactivate(db: Db, userId: string, by: string): Promise<MemberChange> {
  if (userId === by) {
    return refused("SELF", "You cannot deactivate yourself.", "Ask another Admin to do it.");
  }
  const outcome = await withAdminsLocked(db, userId, async (tx, target, otherAdmins): Promise<MemberChange> => {
    if (target.role === "admin" && target.active && otherAdmins === 0) return lastAdmin(target, "deactivated");
    await tx
      .update(users)
      .set({ banned: true, banReason: "Deactivated on the Members page" })
      .where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    return { ok: true };
  });
  return outcome ?? notFound();
}

export async function reactivate(db: Db, userId: string): Promise<MemberChange> {
  const rows = await db
    .update(users)
    .set({ banned: false, banReason: null, banExpires: null })
    .where(and(eq(users.id, userId), eq(users.banned, true)))
    .returning({ id: users.id });
  return rows.length > 0 ? { ok: true } : notFound();
}

/** How many unexpired sessions someone has. */
export async function openSessionCount(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), sql`${sessions.expiresAt} > now()`));
  return row?.n ?? 0;
}

function lastAdmin(target: Member, what: "demoted" | "deactivated"): Refusal {
  return refused(
    "LAST_ADMIN",
    `${target.name} is the last ${ROLE_LABELS.admin} and cannot be ${what}.`,
    `Make someone else an ${ROLE_LABELS.admin} first.`,
  );
}

function notFound(): Refusal {
  return refused("NOT_FOUND", "That person is not on the Members list any more.", "Reload the page.");
}

function refused(code: string, message: string, hint: string): Refusal {
  return { ok: false, error: { code, title: "Nothing changed", message, hint } };
}

export async function findMemberByEmail(db: Db, email: string): Promise<Member | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ? toMember(row) : null;
}
