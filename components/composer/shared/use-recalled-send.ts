"use client";

import { useEffect, useState } from "react";
import { lookUpSendAction } from "@/lib/actions/look-up-send";
import type { SendKey } from "@/lib/messages/send-key";
import { SEND_IN_PROGRESS, type SendOutcome } from "@/lib/sending/send-outcome";
import type { KeyOpening } from "./send-key-storage";

/** What the server said about a send made before the page (re)loaded. */
export interface RecalledSend {
  key: SendKey;
  outcome: SendOutcome;
  /** The form holds that send's draft, still with its key (not a send whose message the composer has moved on from). */
  resumed: boolean;
}

const ASK_AGAIN_MS = 1_000;
/** A reload can overtake its own send's request: "no such send" is asked again this many times before it is believed. */
const NOT_YET_TRIES = 3;

/**
 * Asks the server what became of the send the composer's draft was submitted with before a reload (or of one that
 * ended just before it), so the person is told at once rather than left to press Send, or wonder. A send still
 * pending is asked about again every second until it is answered; `stopped` (the person pressed Send themselves)
 * ends the asking. A draft set aside and restored with its key opens again, and is asked about the same way.
 */
export function useRecalledSend(opening: KeyOpening, stopped: boolean): RecalledSend | null {
  // Kept with the opening it answers: a draft restored later opens again (use-send-key.ts), and the answer about the
  // send before must not be taken for its own, which would clear the draft just restored.
  const [recalled, setRecalled] = useState<{ about: KeyOpening; send: RecalledSend } | null>(null);
  useEffect(() => {
    if (!opening || stopped) return;
    const [key, resumed] = "resume" in opening ? [opening.resume, true] : [opening.recall, false];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    let unseen = 0;
    const ask = async () => {
      const answer = await lookUpSendAction(key).catch(() => null);
      // Signed out, refused or offline: the draft keeps its key, so a Send still cannot make a second copy.
      if (cancelled || !answer?.ok) return;
      if (answer.sent) setRecalled({ about: opening, send: { key, outcome: answer.sent, resumed } });
      const pending = answer.sent?.ok === false && answer.sent.error.code === SEND_IN_PROGRESS;
      if (pending || (!answer.sent && resumed && ++unseen < NOT_YET_TRIES)) timer = setTimeout(ask, ASK_AGAIN_MS);
    };
    void ask();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [opening, stopped]);
  return !stopped && recalled?.about === opening ? recalled.send : null;
}
