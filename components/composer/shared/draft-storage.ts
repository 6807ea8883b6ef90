import { dequal } from "dequal";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { readStored, scopePrefix, storageKey, storedKeys, writeStored } from "./composer-storage";
import { keepAsideKey, keepSubmittedKey, loadAsideKey, loadSubmittedKey, type SubmittedKey } from "./send-key-storage";

/**
 * Unsent work lives in localStorage (composer-storage.ts): one draft per message type, plus the envelope (recipient,
 * sender, options) shared by all types so that switching type keeps who the message goes to. Each inbox thread has
 * its own scope, so a reply half typed to one customer is neither shown to another nor put over the draft on
 * /compose. Without a scope the keys are the ones /compose always used.
 */
const envelopeKey = (scope: string | undefined) => storageKey("envelope", scope);
const draftKey = (type: string, scope: string | undefined) => storageKey(`draft:${type}`, scope);
const asideKey = (type: string, scope: string | undefined) => storageKey(`set-aside:${type}`, scope);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Only keys the form knows, each of the default's kind, so a stale draft from an older version cannot break it. */
export function mergeKnown<T>(defaults: T, stored: unknown): T {
  if (Array.isArray(defaults)) return (Array.isArray(stored) ? stored : defaults) as T;
  if (!isObject(defaults)) return (typeof stored === typeof defaults ? stored : defaults) as T;
  if (!isObject(stored)) return defaults;
  // An empty object is a record keyed by data (a template's variables), not a shape: take the stored keys.
  if (Object.keys(defaults).length === 0) return stored as T;
  const merged: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults)) {
    if (key in stored) merged[key] = mergeKnown((defaults as Record<string, unknown>)[key], stored[key]);
  }
  return merged as T;
}

export function envelopeOf(values: EnvelopeValues): EnvelopeValues {
  return {
    recipient: values.recipient,
    senderId: values.senderId,
    campaignName: values.campaignName,
    callbackData: values.callbackData,
  };
}

/** Who a thread's reply goes to and from, as its page fixed them (see FixedEnvelopeSeed). */
export interface ThreadAddress {
  customer: string;
  /** Empty when Connectly did not report it: the person picks the Sender. */
  businessNumber: string;
}

/**
 * A draft opened in a thread: the reply goes to the thread's customer from the thread's number, whatever the draft
 * said. A thread without a number of its own keeps the Sender the person picked, if it is still `offered`.
 */
export function addressedAs<V extends EnvelopeValues>(draft: V, thread: ThreadAddress, offered?: string[]): V {
  const picked = !offered || offered.includes(draft.senderId) ? draft.senderId : "";
  return {
    ...draft,
    recipient: { ...draft.recipient, id: thread.customer },
    senderId: thread.businessNumber || picked,
  };
}

/**
 * Whether a thread's envelope is worth keeping with no draft left: it holds a Sender picked in a thread without a
 * number of its own (`businessNumber` ""; undefined off a thread), which its next reply, after a reload, a switch of
 * type or a send, goes from again.
 */
export function remembersSender(values: EnvelopeValues, businessNumber: string | undefined): boolean {
  return businessNumber === "" && values.senderId !== "";
}

/** The stored draft for a type with the latest shared envelope on top, or null when nothing was stored. */
export function loadDraft<V extends EnvelopeValues>(type: string, defaults: V, scope?: string): V | null {
  const draft = readStored(draftKey(type, scope));
  const envelope = readStored(envelopeKey(scope));
  if (!draft && !envelope) return null;
  const values = mergeKnown(defaults, draft);
  return { ...values, ...mergeKnown(envelopeOf(defaults), envelope) };
}

export function saveDraft<V extends EnvelopeValues>(type: string, values: V, scope?: string) {
  writeStored(draftKey(type, scope), values);
  writeStored(envelopeKey(scope), envelopeOf(values));
}

/** Why a draft was set aside rather than restored: a copy was opened over it, or a message was begun first. */
export type AsideReason = "copy" | "begun";

/** What opening a composer does with the saved draft. */
export interface DraftOpening<V> {
  /** Put in the form. */
  restore: V | null;
  /** Whether to say so: the restored draft fills more than the address. */
  announce: boolean;
  /** Kept apart, to be restored by hand; null when there is nothing worth keeping. */
  setAside: { values: V; reason: AsideReason } | null;
}

/**
 * A saved draft is restored unless the page opened with values of its own (`seeded`: "Edit as new") or the person
 * began before the script ran (`started`). Then it is set aside rather than lost under what is saved next, if it holds
 * words of its own: not what a send leaves behind (the address, the campaign, a template chosen with its values
 * cleared), nor what the form already holds (the same copy opened again).
 */
export function openingDraft<V extends EnvelopeValues>(
  saved: V | null,
  opened: V,
  defaults: V,
  page: { seeded: boolean; started: boolean },
): DraftOpening<V> {
  if (!saved) return { restore: null, announce: false, setAside: null };
  if (!page.seeded && !page.started) {
    // The address and options are shared by every type, so they alone would be announced on each switch of type.
    return { restore: saved, announce: wordsBeyond(saved, defaults, defaults), setAside: null };
  }
  return {
    restore: null,
    announce: false,
    setAside: wordsBeyond(saved, defaults, opened) ? { values: saved, reason: page.seeded ? "copy" : "begun" } : null,
  };
}

const ENVELOPE_KEYS = new Set(["recipient", "senderId", "campaignName", "callbackData"]);

/** Whether the message (the envelope aside) has a text that is neither the default's nor `other`'s at its place. */
function wordsBeyond(values: unknown, defaults: unknown, other: unknown, top = true): boolean {
  if (typeof values === "string") return values.trim() !== "" && values !== defaults && values !== other;
  if (typeof values !== "object" || values === null) return false;
  return Object.entries(values).some(
    ([key, value]) =>
      !(top && ENVELOPE_KEYS.has(key)) && wordsBeyond(value, member(defaults, key), member(other, key), false),
  );
}

const member = (from: unknown, key: string): unknown =>
  typeof from === "object" && from !== null ? (from as Record<string, unknown>)[key] : undefined;

/** A draft set aside, whole with its address, and the send key it was submitted with, if it was. */
export interface StoredAside<V> {
  values: V;
  submitted: SubmittedKey | null;
}

/**
 * The draft set aside for a type, until it is restored or discarded. One is kept: a later one replaces it, key and
 * all.
 */
export function loadSetAside<V>(type: string, defaults: V, scope?: string): StoredAside<V> | null {
  const stored = readStored(asideKey(type, scope));
  return isObject(stored) ? { values: mergeKnown(defaults, stored), submitted: loadAsideKey(type, scope) } : null;
}

export function keepSetAside<V>(type: string, aside: StoredAside<V> | null, scope?: string) {
  writeStored(asideKey(type, scope), aside?.values ?? null);
  keepAsideKey(type, aside?.submitted ?? null, scope);
}

/**
 * Sets the saved draft aside as a composer opens over something else, with the key stored for it: that key is the
 * draft's, whose send may have reached Connectly, not the message opened in its place.
 */
export function setSavedDraftAside<V>(type: string, values: V, scope?: string): StoredAside<V> {
  const aside = { values, submitted: loadSubmittedKey(type, scope) };
  keepSetAside(type, aside, scope);
  keepSubmittedKey(type, null, scope);
  return aside;
}

/**
 * Nothing said yet: every value but the address (recipient, with its name, and sender) is the type's default. A thread's draft
 * like this (just sent, or emptied by hand) is removed rather than kept, so the threads replied to leave nothing
 * behind in the browser. A Sender picked alone says nothing either: it is not announced as a draft restored, and
 * an untouched composer keeps no draft for it; the thread's envelope keeps it instead (see removeDraft).
 */
export function saysNothing<V extends EnvelopeValues>(values: V, defaults: V): boolean {
  const unaddressed = (v: V) => ({ ...v, recipient: undefined, senderId: undefined });
  return dequal(unaddressed(values), unaddressed(defaults));
}

/**
 * Removes a type's draft, and the scope's envelope with the last of them, unless an envelope to `keep` is given (a
 * Sender remembered, see remembersSender): that one is stored as the scope's.
 */
export function removeDraft(type: string, scope?: string, keep?: EnvelopeValues) {
  writeStored(draftKey(type, scope), null);
  if (keep) writeStored(envelopeKey(scope), envelopeOf(keep));
  else if (!storedKeys().some((key) => key.startsWith(`${scopePrefix(scope)}draft:`)))
    writeStored(envelopeKey(scope), null);
}

/**
 * Earlier versions kept the Sender picked in a thread without a number under a key of its own, as a plain string:
 * moved into the thread's envelope (where it is remembered now) the first time the thread opens, so that pick is not
 * lost. `opened` is the address the composer opened with, for an envelope not stored yet.
 */
export function adoptOldSender(scope: string, opened: EnvelopeValues) {
  const key = storageKey("sender", scope);
  let sender: string | null = null;
  try {
    sender = window.localStorage.getItem(key);
  } catch {
    // Storage refused: nothing to move.
  }
  if (sender === null) return;
  writeStored(key, null);
  const stored = readStored(envelopeKey(scope));
  // Connectly's default picked last, and nothing else stored: nothing to remember.
  if (!sender && !isObject(stored)) return;
  // The old key was written on every pick, so it is the latest: it wins over a sender the envelope holds.
  writeStored(envelopeKey(scope), { ...envelopeOf(opened), ...(isObject(stored) ? stored : {}), senderId: sender });
}

/** Every draft in this browser, /compose's and every thread's (see ForgetDrafts on the sign-in page). */
export function forgetAllDrafts() {
  for (const key of storedKeys()) writeStored(key, null);
}
