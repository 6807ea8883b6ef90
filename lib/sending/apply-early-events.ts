import "server-only";
import type { Db } from "@/lib/db/client";
import { applyEarlyEvents } from "@/lib/db/lifecycle";
import { describeError } from "@/lib/logging/describe-error";

/**
 * A delivery webhook can beat Connectly's answer to the send; such events wait unlinked until the id is known.
 * True when some were applied, so the row read before is stale. Linking them is bookkeeping: the send itself succeeded, so a failure here is logged, never reported as a failed send.
 */
export async function applyEarlyEventsSafely(db: Db, message: { id: string; connectlyId: string }): Promise<boolean> {
  try {
    return await applyEarlyEvents(db, message);
  } catch (error) {
    console.error(`Could not apply early delivery events to ${message.id}: ${describeError(error)}`);
    return false;
  }
}
