"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { JsonValue } from "@/lib/messages/request";
import { newSendKey, type SendKey, withSendKey } from "@/lib/messages/send-key";
import { type SendOutcome, sendEnded } from "@/lib/sending/send-outcome";
import {
  type KeyOpening,
  keepSubmittedKey,
  keyOpening,
  loadSubmittedKey,
  restoredKey,
  type SubmittedKey,
  settleSubmittedKey,
} from "./send-key-storage";

export interface SendKeyHandle {
  /** The key this send carries, kept with the draft until its answer, so a reload before it keeps the same key. */
  take(): SendKey;
  /** Starts a new message on purpose (Send again as a new message), whatever became of the last one. */
  renew(): SendKey;
  /**
   * The form now holds another message (Clear draft, Restore it): a new key, or the one a draft set aside was
   * submitted with (asked about, as after a reload), and what puts the old one back (Undo).
   */
  startOver(carried?: SubmittedKey | null): () => void;
  /**
   * The server answered the send made with `key`; whether the form still holds that send's message (not one cleared
   * or restored in its place while it was on its way, nor a send recalled after it ended).
   */
  answered(key: SendKey, outcome: SendOutcome): boolean;
  /** The request as it will be sent, send key included, for the JSON panel. */
  track<R extends { callbackData?: JsonValue }>(request: R): R;
  /**
   * What the composer found stored for its draft as it opened, or for a draft set aside as it was restored: a send to
   * ask the server about, or null.
   */
  opening: KeyOpening;
}

/** How the draft opened (useDraft), once it has: whether the form holds the saved draft, and with words of its own. */
export interface OpenedDraft {
  opened: boolean;
  asSaved: boolean;
  restored: boolean;
}

/**
 * The composer's idempotency key: kept through every repeat of a send (a double click, a retry after an Unknown, a
 * reload before the answer), and renewed only once a send has ended, accepted or definitely refused. Once submitted
 * it is stored with the draft (send-key-storage.ts) until its answer comes. Made after mount, not during render, so
 * the server-rendered page and the browser agree.
 */
export function useSendKey(type: string, scope: string | undefined, draft: OpenedDraft): SendKeyHandle {
  const current = useRef<SendKey | null>(null);
  const [shown, setShown] = useState<SendKey | null>(null);
  const [opening, setOpening] = useState<KeyOpening>(null);
  const use = useCallback((key: SendKey) => {
    current.current = key;
    setShown(key);
    return key;
  }, []);
  const renew = useCallback(() => {
    keepSubmittedKey(type, null, scope);
    return use(newSendKey());
  }, [type, scope, use]);
  const take = useCallback(() => {
    const key = current.current ?? use(newSendKey());
    // Written before the action is dispatched: a reload a millisecond later still finds it.
    keepSubmittedKey(type, { key, at: Date.now(), ended: false }, scope);
    return key;
  }, [type, scope, use]);

  const { opened, asSaved, restored } = draft;
  useEffect(() => {
    if (!opened || current.current !== null) return;
    const found = keyOpening(loadSubmittedKey(type, scope), { asSaved, saysSomething: restored }, Date.now());
    // Anything else stored belongs to a message no longer in the form (or to a send long over): it must not follow
    // this one.
    if (!found) keepSubmittedKey(type, null, scope);
    use(found && "resume" in found ? found.resume : newSendKey());
    setOpening(found);
  }, [opened, asSaved, restored, type, scope, use]);

  const startOver = useCallback(
    (carried: SubmittedKey | null = null) => {
      const before = { key: current.current, stored: loadSubmittedKey(type, scope) };
      const resumed = restoredKey(carried);
      if (resumed) {
        keepSubmittedKey(type, carried, scope);
        use(resumed.resume);
        setOpening(resumed);
      } else renew();
      return () => {
        if (before.key) use(before.key);
        keepSubmittedKey(type, before.stored, scope);
        // Stops asking about the restored draft's send; the message back in the form has its key, which a Send repeats.
        if (resumed) setOpening(null);
      };
    },
    [type, scope, renew, use],
  );

  const answered = useCallback(
    (key: SendKey, outcome: SendOutcome) => {
      // A send recalled from before the reload, or one whose message the form no longer holds: its key already
      // replaced, what is in the form now is another message.
      if (key !== current.current) return false;
      if (sendEnded(outcome)) {
        // Kept a little longer, marked ended, so a reload right after still shows what became of it.
        settleSubmittedKey(type, key, { key, at: Date.now(), ended: true }, scope);
        use(newSendKey());
      } else if (outcome.ok === false && outcome.error.historyId === undefined) {
        // Refused before anything was recorded (a field, the session): nothing under this key to ask about.
        settleSubmittedKey(type, key, null, scope);
      }
      return true;
    },
    [type, scope, use],
  );
  const track = useCallback(
    <R extends { callbackData?: JsonValue }>(request: R) => (shown ? withSendKey(request, shown) : request),
    [shown],
  );
  return { take, renew, startOver, answered, track, opening };
}
