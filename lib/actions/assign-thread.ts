"use server";

import { guardedAction } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { assignThread, unassignThread } from "@/lib/db/inbox";
import { parseThreadRef } from "@/lib/inbox/thread-input";
import type { ThreadRef } from "@/lib/inbox/thread-types";
import { type ActionResult, badThread } from "./thread-result";

/** "Assign to me" takes the thread (from whoever had it); `release` gives it back to nobody. */
export const assignThreadAction = guardedAction(
  "assignThread",
  async function assign(actor, input: ThreadRef & { release?: boolean }): Promise<ActionResult<object>> {
    const thread = parseThreadRef(input);
    if (!thread) return badThread();
    const db = await database();
    if (input.release) await unassignThread(db, thread);
    else await assignThread(db, thread, actor.id);
    return { ok: true };
  },
);
