"use server";

import { guardedAction } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { markThreadRead } from "@/lib/db/inbox";
import { parseThreadRef } from "@/lib/inbox/thread-input";
import type { ThreadRef } from "@/lib/inbox/thread-types";
import { type ActionResult, badThread } from "./thread-result";

/** Opening a thread marks what the customer wrote so far as read, for the person who opened it. */
export const markThreadReadAction = guardedAction(
  "markThreadRead",
  async function markRead(actor, input: ThreadRef): Promise<ActionResult<object>> {
    const thread = parseThreadRef(input);
    if (!thread) return badThread();
    await markThreadRead(await database(), thread, actor.id);
    return { ok: true };
  },
);
