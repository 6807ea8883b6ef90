import "server-only";
import { asc, eq } from "drizzle-orm";
import { monotonicFactory } from "ulid";
import type { SavedReply } from "@/lib/saved-replies/saved-reply";
import type { Db } from "./client";
import { savedReplies } from "./schema";

const nextId = monotonicFactory();

export async function listSavedReplies(db: Db): Promise<SavedReply[]> {
  return db
    .select({ id: savedReplies.id, name: savedReplies.name, body: savedReplies.body })
    .from(savedReplies)
    .orderBy(asc(savedReplies.name));
}

/** Creates the reply, or changes the one with this id; a name another reply has is refused. */
export async function saveSavedReply(
  db: Db,
  reply: { id: string; name: string; body: string },
  userId: string,
): Promise<{ ok: true; id: string } | { ok: false; reason: "name-taken" | "not-found" }> {
  const [taken] = await db.select({ id: savedReplies.id }).from(savedReplies).where(eq(savedReplies.name, reply.name));
  if (taken && taken.id !== reply.id) return { ok: false, reason: "name-taken" };
  if (reply.id) {
    const [updated] = await db
      .update(savedReplies)
      .set({ name: reply.name, body: reply.body })
      .where(eq(savedReplies.id, reply.id))
      .returning({ id: savedReplies.id });
    return updated ? { ok: true, id: updated.id } : { ok: false, reason: "not-found" };
  }
  const id = nextId();
  const [inserted] = await db
    .insert(savedReplies)
    .values({ id, name: reply.name, body: reply.body, createdByUserId: userId })
    .onConflictDoNothing({ target: savedReplies.name })
    .returning({ id: savedReplies.id });
  return inserted ? { ok: true, id } : { ok: false, reason: "name-taken" };
}

export async function deleteSavedReply(db: Db, id: string): Promise<void> {
  await db.delete(savedReplies).where(eq(savedReplies.id, id));
}
