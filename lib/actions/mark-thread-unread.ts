"use server";

import { guardedAction } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { markThreadUnread } from "@/lib/db/inbox";
import { parseThreadRef } from "@/lib/inbox/thread-input";
import type { ThreadRef } from "@/lib/inbox/thread-types";
import { type ActionResult, badThread } from "./thread-result";

/** "Mark as unread": the customer's latest message counts as unread again, for this person only. */
export const markThreadUnreadAction = guardedAction(
  "markThreadUnread",
  async function markUnread(actor, input: ThreadRef): Promise<ActionResult<object>> {
    const thread = parseThreadRef(input);
    if (!thread) return badThread();
    await markThreadUnread(await database(), thread, actor.id);
    return { ok: true };
  },
);
