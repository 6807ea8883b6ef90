"use client";

import { type ChangeEvent, useState } from "react";
import type { ThreadRef } from "@/lib/inbox/thread-types";

// Beside the thread's drafts ("composer:" + its scope), so that signing in forgets it with them (forgetAllDrafts).
const senderKey = (draftScope: string) => `composer:${draftScope}:sender`;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // A remembered sender is a convenience: storage refused (a privacy setting) only means picking it again.
  }
}

/** The thread's number, or else the sender last picked in it if still offered, or else Connectly's default (""). */
export function startingSender(businessNumber: string, remembered: string | null, senders: string[]): string {
  if (businessNumber) return businessNumber;
  return remembered && senders.includes(remembered) ? remembered : "";
}

/**
 * The Sender a reply starts from in a thread whose business number Connectly did not report, so that the composer
 * asks for it. Its draft cannot keep the pick: restored in a thread, a draft takes the thread's number, empty here, so
 * the Sender went back to Connectly's default on every reload and every switch of type. So the thread remembers the
 * last pick itself and opens each composer with it. Read as the state starts: the thread's composer is drawn only in
 * the browser (it waits for the clock, which the server does not share), so no hydration can disagree.
 */
export function useThreadSender(thread: ThreadRef, draftScope: string, senders: string[]) {
  const asks = thread.businessNumber === "";
  const [sender, setSender] = useState(() =>
    startingSender(
      thread.businessNumber,
      asks && typeof window !== "undefined" ? read(senderKey(draftScope)) : null,
      senders,
    ),
  );
  // On the section around the composer: React's change events bubble, whichever composer draws the field.
  const onChange = (event: ChangeEvent<HTMLElement>) => {
    const field = event.target;
    if (!asks || !(field instanceof HTMLSelectElement) || field.name !== "senderId") return;
    setSender(field.value);
    write(senderKey(draftScope), field.value);
  };
  return { sender, onChange };
}
