import type { ActionResult } from "@/lib/actions/result";

export type SendOutcome = ActionResult<{
  historyId: string;
  connectlyId: string;
  attempts: number;
  /** True when this is the outcome of an earlier submission of the same message (same send key). */
  repeat?: boolean;
}>;

/** Whether a send is over for its composer, which then makes a new send key: accepted, or definitely refused. */
export function sendEnded(outcome: SendOutcome): boolean {
  return outcome.ok || (outcome.error.historyId !== undefined && outcome.error.outcome !== "unknown");
}

/** The error code of a send key submitted again with a different message. */
export const SEND_KEY_REUSED = "SEND_KEY_REUSED";
