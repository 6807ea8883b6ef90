import { dequal } from "dequal";
import type { EnvelopeValues } from "@/lib/messages/envelope";

/**
 * Unsent work lives in localStorage: one draft per message type, plus the envelope (recipient, sender, options)
 * shared by all types so that switching type keeps who the message goes to. A scope keeps a set of drafts apart
 * from /compose's: each inbox thread has its own, so a reply half typed to one customer is neither shown to another
 * nor put over the draft on /compose. Without a scope the keys are the ones /compose always used.
 */
const ALL = "composer:";
const prefix = (scope: string | undefined) => (scope ? `${ALL}${scope}:` : ALL);
const envelopeKey = (scope: string | undefined) => `${prefix(scope)}envelope`;
const draftKey = (type: string, scope: string | undefined) => `${prefix(scope)}draft:${type}`;

function read(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    // Private mode, a full quota or a hand-edited value: a draft is a convenience, never a reason to fail.
    return null;
  }
}

function write(key: string, value: unknown) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // See read(): losing a draft is acceptable, breaking the composer is not.
  }
}

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

/** The stored draft for a type with the latest shared envelope on top, or null when nothing was stored. */
export function loadDraft<V extends EnvelopeValues>(type: string, defaults: V, scope?: string): V | null {
  const draft = read(draftKey(type, scope));
  const envelope = read(envelopeKey(scope));
  if (!draft && !envelope) return null;
  const values = mergeKnown(defaults, draft);
  return { ...values, ...mergeKnown(envelopeOf(defaults), envelope) };
}

export function saveDraft<V extends EnvelopeValues>(type: string, values: V, scope?: string) {
  write(draftKey(type, scope), values);
  write(envelopeKey(scope), envelopeOf(values));
}

/**
 * Nothing said yet: every value but the address (recipient, with its name, and sender) is the type's default. A thread's draft
 * like this (just sent, or emptied by hand) is removed rather than kept, so the threads replied to leave nothing
 * behind in the browser.
 */
export function saysNothing<V extends EnvelopeValues>(values: V, defaults: V): boolean {
  const unaddressed = (v: V) => ({ ...v, recipient: undefined, senderId: undefined });
  return dequal(unaddressed(values), unaddressed(defaults));
}

function keys(): string[] {
  try {
    return Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i) ?? "");
  } catch {
    return [];
  }
}

function remove(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // See read().
  }
}

/** Removes a type's draft, and the scope's envelope with the last of them. */
export function removeDraft(type: string, scope?: string) {
  remove(draftKey(type, scope));
  if (!keys().some((key) => key.startsWith(`${prefix(scope)}draft:`))) remove(envelopeKey(scope));
}

/** Every draft in this browser, /compose's and every thread's (see ForgetDrafts on the sign-in page). */
export function forgetAllDrafts() {
  for (const key of keys()) if (key.startsWith(ALL)) remove(key);
}
