import { createHmac } from "node:crypto";

/** Failed sign-ins for one email before it is locked, and for how long. */
export const LOCKOUT = { attempts: 5, seconds: 15 * 60 } as const;

/**
 * The header that carries the lockout key to better-auth's rate limiter, which keys its counters by "client IP"
 * and path. Only this app's own server code builds requests to better-auth's handler (no HTTP route exposes it), so
 * no client can set it.
 */
export const SIGN_IN_KEY_HEADER = "x-composer-sign-in-key";

/**
 * The limiter's key for attempts on one email, shaped as the IP address it expects: a unique-local IPv6 /64 made
 * from an HMAC of the email. Keyed by the account rather than the caller's address, a lockout cannot be dodged by
 * sending a new X-Forwarded-For with every guess, and does not depend on how a proxy in front forwards addresses.
 * Written out in full, as better-auth normalizes an address before using it as a key.
 */
export function signInKeyFor(email: string, secret: string): string {
  const hex = createHmac("sha256", secret).update(email.trim().toLowerCase()).digest("hex");
  const groups = [`fd${hex.slice(0, 2)}`, hex.slice(2, 6), hex.slice(6, 10), hex.slice(10, 14)];
  return [...groups, "0000", "0000", "0000", "0000"].join(":");
}

/** The limiter's row for that key: better-auth joins the address and the path with "|". */
export function rateLimitRowKey(signInKey: string): string {
  return `${signInKey}|/sign-in/email`;
}

/**
 * How long to hold back the answer to a failed attempt, given how many attempts the limiter has counted: the
 * first two are answered at once, later ones wait longer each time, and the last before the lock waits longest.
 */
export function failureDelayMs(attemptsCounted: number): number {
  if (attemptsCounted <= 2) return 0;
  return Math.min(4000, 500 * 2 ** (attemptsCounted - 3));
}

export function lockedMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-ins for this email. Sign-in is locked: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
