import "server-only";
import type { Db } from "@/lib/db/client";
import { findByIdempotencyKey } from "@/lib/db/queries";
import type { SendKey } from "@/lib/messages/send-key";
import { outcomeOf } from "./outcome-of";
import type { SendOutcome } from "./send-outcome";

/**
 * What became of the send made with `key`, as a repeat of it would be answered, or null when this person made none
 * with it: the request never reached the server, or the key is someone else's (a shared browser), whose send is not
 * theirs to be told about here. Never waits: a send still pending is said to be, and the composer asks again.
 */
export async function lookUpSend(db: Db, key: SendKey, sentBy: string): Promise<SendOutcome | null> {
  const entry = await findByIdempotencyKey(db, key);
  if (!entry || entry.sentByUserId !== sentBy) return null;
  return outcomeOf(entry, true);
}
