/**
 * What the composers keep in this browser: all of it in localStorage under one prefix, so that signing out forgets
 * it at once (forgetAllDrafts). A scope keeps a set apart from /compose's: each Inbox thread has its own. Storage
 * may be refused or full (private mode) and a value may have been edited by hand: what is kept here is a
 * convenience, so reading it then finds nothing and writing it does nothing, and the composer goes on.
 */
const ALL = "composer:";

export const scopePrefix = (scope: string | undefined) => (scope ? `${ALL}${scope}:` : ALL);

/** The key of `name` in `scope`: "composer:draft:text", "composer:inbox:+1604…:+1201…:envelope". */
export const storageKey = (name: string, scope: string | undefined) => `${scopePrefix(scope)}${name}`;

export function readStored(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

/** Stores `value` as JSON under `key`, or with null removes the key. */
export function writeStored(key: string, value: unknown) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {}
}

/** Every key the composers have stored in this browser. */
export function storedKeys(): string[] {
  try {
    return Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i) ?? "").filter(
      (key) => key.startsWith(ALL),
    );
  } catch {
    return [];
  }
}
