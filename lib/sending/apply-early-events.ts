import "server-only";
import type { Db } from "@/lib/db/client";
import { applyEarlyEvents } from "@/lib/db/lifecycle";
import { describeError } from "@/lib/logging/describe-error";

/**
 * A delivery webhook can beat Connectly's answer to the send; such events wait unlinked until the id is known.
 * Linking them is bookkeeping: the send itself succeeded, so a failure here is logged, never reported as a failed send.
 */
export async function applyEarlyEventsSafely(db: Db, historyId: string): Promise<void> {
  try {
    await applyEarlyEvents(db, historyId);
  } catch (error) {
    console.error(`Could not apply early delivery events to ${historyId}: ${describeError(error)}`);
  }
}
