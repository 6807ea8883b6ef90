import { isSendKey, type SendKey } from "@/lib/messages/send-key";
import { readStored, storageKey, writeStored } from "./composer-storage";

/**
 * The send key of a draft that was submitted, kept in localStorage beside the draft (one per type and scope, under
 * the drafts' prefix, so signing out forgets it with them). A reload between Send and its answer restores the draft:
 * with its key it is the same message, which the server answers from history instead of sending again. A key never
 * submitted is not kept: nothing on the server knows it, so a new one after a reload is just as good.
 */
export interface SubmittedKey {
  key: SendKey;
  /** When Send was pressed with it, or when its send ended (ms since the epoch). */
  at: number;
  /** Its send ended (accepted or refused) and the composer has moved on to a new key; kept to say so after a reload. */
  ended: boolean;
}

/** How long after a send ended a reload still shows its outcome: a reload "right after", not a visit the next day. */
export const ENDED_SHOWN_MS = 2 * 60_000;

const keyOf = (type: string, scope: string | undefined) => storageKey(`send-key:${type}`, scope);
const asideKeyOf = (type: string, scope: string | undefined) => storageKey(`send-key-aside:${type}`, scope);

export function loadSubmittedKey(type: string, scope?: string): SubmittedKey | null {
  return submittedKeyIn(readStored(keyOf(type, scope)));
}

export function keepSubmittedKey(type: string, value: SubmittedKey | null, scope?: string) {
  writeStored(keyOf(type, scope), value);
}

/**
 * What becomes of the stored key once the send made with `key` is answered: `next` (marked ended, or null when
 * nothing was recorded), but only while the stored key is still `key`. Two tabs of one composer share the slot, as
 * they share the draft: a tab that submitted after this one holds the draft saved last, and its key must outlive
 * this one's answer, or a reload before its own answer would give its message a new key, and a second copy.
 */
export function settleSubmittedKey(type: string, key: SendKey, next: SubmittedKey | null, scope?: string) {
  if (loadSubmittedKey(type, scope)?.key === key) keepSubmittedKey(type, next, scope);
}

/**
 * The key of the draft set aside (draft-storage.ts keeps the two together): a draft submitted and then set aside,
 * for a copy opened over it, may have reached Connectly, so it takes its key with it rather than leave the key to the
 * copy or lose it. Written and read only with the draft set aside, through keepSetAside and loadSetAside.
 */
export function loadAsideKey(type: string, scope?: string): SubmittedKey | null {
  return submittedKeyIn(readStored(asideKeyOf(type, scope)));
}

export function keepAsideKey(type: string, value: SubmittedKey | null, scope?: string) {
  writeStored(asideKeyOf(type, scope), value);
}

function submittedKeyIn(stored: unknown): SubmittedKey | null {
  if (typeof stored !== "object" || stored === null) return null;
  // A hand-edited value is no key: the server's check of the key still stops a second copy of a repeat.
  const { key, at, ended } = stored as Record<string, unknown>;
  if (!isSendKey(key) || typeof at !== "number" || typeof ended !== "boolean") return null;
  return { key, at, ended };
}

/** What a composer opening over its saved draft does with the key stored for it. */
export type KeyOpening =
  /** The draft was submitted and no answer reached the page: it goes on with this key, and asks what became of it. */
  | { resume: SendKey }
  /** Its send ended moments ago and nothing new was begun: the outcome is shown again, the key is not reused. */
  | { recall: SendKey }
  | null;

/**
 * `asSaved`: the form holds the saved draft (nothing opened over it, nothing typed before it was restored); a copy
 * opened or a message begun is another message, which must not inherit the key. `saysSomething`: the restored draft
 * has words of its own, so the person has begun the next message since the last one ended.
 */
export function keyOpening(
  stored: SubmittedKey | null,
  page: { asSaved: boolean; saysSomething: boolean },
  now: number,
): KeyOpening {
  if (!stored || !page.asSaved) return null;
  if (!stored.ended) return { resume: stored.key };
  return !page.saysSomething && now - stored.at < ENDED_SHOWN_MS ? { recall: stored.key } : null;
}

/**
 * What restoring a draft set aside does with the key it carries. Submitted with no answer seen: it goes on with that
 * key and asks what became of it, as a reload does, so Send cannot make a second copy. Its send ended: the draft's
 * words are a message begun since (a send leaves no words to set aside) or one refused, which needs a new key, as
 * does a draft never submitted.
 */
export function restoredKey(carried: SubmittedKey | null): { resume: SendKey } | null {
  return carried && !carried.ended ? { resume: carried.key } : null;
}
