import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { eq } from "drizzle-orm";
import type { ActionError } from "@/lib/actions/result";
import { database } from "@/lib/db";
import { rateLimits, users } from "@/lib/db/schema";
import { authSecret, env } from "@/lib/env";
import { getAuth } from "./auth";
import { failureDelayMs, LOCKOUT, lockedMessage, rateLimitRowKey, SIGN_IN_KEY_HEADER, signInKeyFor } from "./lockout";
import { type Role, toRole } from "./roles";

export interface SignInRequest {
  email: string;
  password: string;
  /** Passed on to the session record. */
  userAgent?: string | null;
  forwardedFor?: string | null;
}

/** On success, the person's role too: where they start depends on it. */
export type SignInOutcome = { ok: true; setCookies: string[]; role: Role } | { ok: false; error: ActionError };

const WRONG = "Wrong email or password.";

/**
 * Signs in through better-auth's own request handler, not its direct API, because only the handler applies the
 * rate limiter: counted per email in the database, so the lock holds across app instances. A success clears the
 * count (the limit is on failures); a failure is answered later the more failures there were.
 */
export async function signInWithPassword(input: SignInRequest): Promise<SignInOutcome> {
  const { appUrl } = env();
  const key = signInKeyFor(input.email, authSecret());
  const headers = new Headers({ "content-type": "application/json", origin: appUrl, [SIGN_IN_KEY_HEADER]: key });
  if (input.userAgent) headers.set("user-agent", input.userAgent);
  if (input.forwardedFor) headers.set("x-forwarded-for", input.forwardedFor);
  const auth = await getAuth();
  const response = await auth.handler(
    new Request(`${appUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers,
      body: JSON.stringify({ email: input.email, password: input.password, rememberMe: true }),
    }),
  );
  const db = await database();
  const rowKey = rateLimitRowKey(key);

  if (response.ok) {
    await db.delete(rateLimits).where(eq(rateLimits.key, rowKey));
    const { user } = (await response.json()) as { user?: { id?: string } };
    const [person] = user?.id ? await db.select({ role: users.role }).from(users).where(eq(users.id, user.id)) : [];
    return { ok: true, setCookies: response.headers.getSetCookie(), role: toRole(person?.role) };
  }
  if (response.status === 429) {
    const retryAfter = Number(response.headers.get("x-retry-after")) || LOCKOUT.seconds;
    return failure("SIGN_IN_LOCKED", lockedMessage(retryAfter), "Wait, or ask an Admin to check the account.");
  }
  const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
  if (body.code === "BANNED_USER") {
    // better-auth's message (DEACTIVATED_MESSAGE) carries the hint as well, which the form shows on its own line.
    return failure("DEACTIVATED", "This account has been deactivated.", "Ask an Admin to reactivate it.");
  }
  if (response.status !== 401) {
    throw new Error(`better-auth answered sign-in with HTTP ${response.status}: ${body.message ?? "no message"}`);
  }
  const [row] = await db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, rowKey));
  const counted = row?.count ?? 1;
  await sleep(failureDelayMs(counted));
  const left = LOCKOUT.attempts - counted;
  const warning =
    left <= 0
      ? lockedMessage(LOCKOUT.seconds)
      : left <= 2
        ? `${left} more failed attempt${left === 1 ? "" : "s"} and sign-in is locked for ${LOCKOUT.seconds / 60} minutes.`
        : "";
  // The attempt that locks sign-in cannot also invite another one.
  const hint = left <= 0 ? "Wait, or ask an Admin to check the account." : "Check both, then try again.";
  return failure("WRONG_CREDENTIALS", `${WRONG}${warning ? ` ${warning}` : ""}`, hint);
}

function failure(code: string, message: string, hint: string): SignInOutcome {
  return { ok: false, error: { code, title: "Not signed in", message, hint } };
}
