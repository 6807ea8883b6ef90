"use server";

import { guardedAction } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { isSendKey } from "@/lib/messages/send-key";
import { lookUpSend } from "@/lib/sending/look-up-send";
import type { SendOutcome } from "@/lib/sending/send-outcome";
import type { ActionResult } from "./result";

/**
 * Asked by a composer that reopened over a draft submitted before a reload: what became of that send. `sent` is null
 * when the person made no send with the key.
 */
export const lookUpSendAction = guardedAction("lookUpSend", async function lookUp(actor, key: unknown): Promise<
  ActionResult<{ sent: SendOutcome | null }>
> {
  if (!isSendKey(key)) return { ok: true, sent: null };
  return { ok: true, sent: await lookUpSend(await database(), key, actor.id) };
});
