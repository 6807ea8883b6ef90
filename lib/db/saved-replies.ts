import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { monotonicFactory } from "ulid";
import { type SavedReply, sameNamedReply } from "@/lib/saved-replies/saved-reply";
import type { Db } from "./client";
import { savedReplies } from "./schema";

const nextId = monotonicFactory();

export async function listSavedReplies(db: Db): Promise<SavedReply[]> {
  return db
    .select({ id: savedReplies.id, name: savedReplies.name, body: savedReplies.body })
    .from(savedReplies)
    .orderBy(sql`lower(${savedReplies.name})`, asc(savedReplies.name));
}

export type SaveSavedReplyResult =
  | { ok: true; id: string }
  | { ok: false; reason: "name-taken"; taken: string }
  | { ok: false; reason: "not-found" };

// A unique violation, however the driver wraps it (drizzle puts the engine's error in `cause`).
function isUniqueViolation(error: unknown): boolean {
  for (let cause = error; cause instanceof Object; cause = (cause as { cause?: unknown }).cause) {
    if ((cause as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/**
 * Creates the reply, or changes the one with this id. A name another reply has, in any capitals, is refused: the
 * check reads the names (a team's few dozen), and the unique index on lower(name) refuses what a concurrent save
 * slipped past it.
 */
export async function saveSavedReply(
  db: Db,
  reply: { id: string; name: string; body: string },
  userId: string,
): Promise<SaveSavedReplyResult> {
  const names = await db.select({ id: savedReplies.id, name: savedReplies.name }).from(savedReplies);
  const taken = sameNamedReply(names, reply);
  if (taken) return { ok: false, reason: "name-taken", taken: taken.name };
  try {
    if (reply.id) {
      const [updated] = await db
        .update(savedReplies)
        .set({ name: reply.name, body: reply.body })
        .where(eq(savedReplies.id, reply.id))
        .returning({ id: savedReplies.id });
      return updated ? { ok: true, id: updated.id } : { ok: false, reason: "not-found" };
    }
    const id = nextId();
    await db.insert(savedReplies).values({ id, name: reply.name, body: reply.body, createdByUserId: userId });
    return { ok: true, id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "name-taken", taken: reply.name };
    throw error;
  }
}

export async function deleteSavedReply(db: Db, id: string): Promise<void> {
  await db.delete(savedReplies).where(eq(savedReplies.id, id));
}
