import type { ActionResult } from "@/lib/actions/result";

export type SendOutcome = ActionResult<{
  historyId: string;
  connectlyId: string;
  attempts: number;
  /** True when this is the outcome of an earlier submission of the same message (same send key). */
  repeat?: boolean;
}>;

/** The error code of a send key submitted again with a different message. */
export const SEND_KEY_REUSED = "SEND_KEY_REUSED";

/** The error code of a send still waiting for Connectly's answer, asked about again (a repeat, a reload). */
export const SEND_IN_PROGRESS = "SEND_IN_PROGRESS";

/**
 * Whether a send is over for its composer, which then makes a new send key: accepted, or definitely refused. A
 * changed message refused for its key is not: its history link is the earlier send's, still unresolved, and only
 * "Send this as a new message" may give the composer a new key.
 */
export function sendEnded(outcome: SendOutcome): boolean {
  if (outcome.ok) return true;
  return (
    outcome.error.historyId !== undefined &&
    outcome.error.outcome !== "unknown" &&
    outcome.error.code !== SEND_KEY_REUSED
  );
}
