/**
 * The Recipient name typed before a known customer's number put their name in its place (nameForRecipient), kept
 * in localStorage beside the drafts so that a reload or a switch of type, which mount the fields afresh, still gives
 * it back when the number turns out not to be theirs. Kept here rather than in the draft: the draft holds the form's
 * values as they will be sent, and this one is not sent. Under the drafts' "composer:" prefix, so signing out
 * forgets it with them.
 */
const key = (scope: string | undefined) => (scope ? `composer:${scope}:typed-name` : "composer:typed-name");

export function typedNameAside(scope?: string): string {
  try {
    return window.localStorage.getItem(key(scope)) ?? "";
  } catch {
    // Private mode or storage refused: the name is a convenience, never a reason to fail.
    return "";
  }
}

export function keepTypedNameAside(name: string, scope?: string) {
  try {
    if (name) window.localStorage.setItem(key(scope), name);
    else window.localStorage.removeItem(key(scope));
  } catch {
    // See typedNameAside().
  }
}
