"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { JsonValue } from "@/lib/messages/request";
import { newSendKey, type SendKey, withSendKey } from "@/lib/messages/send-key";
import { type SendOutcome, sendEnded } from "@/lib/sending/send-outcome";

export interface SendKeyHandle {
  /** The key the next send carries; made on first use if the composer has not mounted yet. */
  take(): SendKey;
  /** Starts a new message on purpose (Send again as a new message), whatever became of the last one. */
  renew(): SendKey;
  /** The request as it will be sent, send key included, for the JSON panel. */
  track<R extends { callbackData?: JsonValue }>(request: R): R;
}

/**
 * The composer's idempotency key: made when the composer opens, kept through every repeat of a send (a double click,
 * a retry after an Unknown), and renewed only once a send has ended, accepted or definitely refused. Made after
 * mount, not during render, so the server-rendered page and the browser agree.
 */
export function useSendKey(result: SendOutcome | null): SendKeyHandle {
  const current = useRef<SendKey | null>(null);
  const [shown, setShown] = useState<SendKey | null>(null);
  const renew = useCallback(() => {
    current.current = newSendKey();
    setShown(current.current);
    return current.current;
  }, []);
  const take = useCallback(() => current.current ?? renew(), [renew]);
  useEffect(() => {
    if (current.current === null) renew();
  }, [renew]);
  useEffect(() => {
    if (result && sendEnded(result)) renew();
  }, [result, renew]);
  const track = useCallback(
    <R extends { callbackData?: JsonValue }>(request: R) => (shown ? withSendKey(request, shown) : request),
    [shown],
  );
  return { take, renew, track };
}
