import { readStored, storageKey, writeStored } from "./composer-storage";

/**
 * The Recipient name typed before a known customer's number put their name in its place (nameForRecipient), kept
 * beside the drafts (composer-storage.ts) so that a reload or a switch of type, which mount the fields afresh, still
 * gives it back when the number turns out not to be theirs. Kept here rather than in the draft: the draft holds the
 * form's values as they will be sent, and this one is not sent.
 */
const key = (scope: string | undefined) => storageKey("typed-name", scope);

export function typedNameAside(scope?: string): string {
  const stored = readStored(key(scope));
  return typeof stored === "string" ? stored : "";
}

export function keepTypedNameAside(name: string, scope?: string) {
  writeStored(key(scope), name || null);
}
