/** What every server action returns: it throws only for bugs, never for bad input or a refused send. */
export type ActionResult<T> = ({ ok: true } & T) | { ok: false; error: ActionError; fieldErrors?: FieldErrors };

/** Field path ("recipient.id", "message.text") to the first message for that field. */
export type FieldErrors = Record<string, string>;

export interface ActionError {
  code: string;
  title: string;
  message: string;
  hint: string;
  action?: "send-template" | "retry" | "fix-recipient" | "check-configuration";
  traceId?: string;
  status?: number;
  /** The history entry that recorded this failed attempt, when it got that far. */
  historyId?: string;
  /**
   * "unknown": Connectly may have sent the message (no answer, or one that does not say). The composer keeps its
   * send key, so pressing Send again returns this outcome instead of sending a second copy.
   */
  outcome?: "unknown";
}
