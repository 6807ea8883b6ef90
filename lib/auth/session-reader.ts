import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { parseCookies } from "better-auth/cookies";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { sessions, users } from "@/lib/db/schema";
import type { Actor } from "./actor";
import { type Auth, SESSION_LIFETIME } from "./auth";
import { toRole } from "./roles";

/**
 * Whose session the request's cookie is, read the way better-auth's getSession reads it, in one query: the cookie is
 * better-call's signed `token.signature`, checked against this server's secret; the session must exist and not have
 * expired, and its person must not be deactivated. better-auth's own getSession costs several times that query (its endpoint machinery, two lookups, two key
 * imports), and every page, action and route asks. Whatever is not that plain case goes to better-auth itself:
 * a session due for its daily extension (which better-auth writes, with the new cookie) and an expired one (which it
 * deletes). So a sign-out or a deactivation still counts at the very next request, as before.
 */
export async function readSession(db: Db, auth: Auth, headers: Headers): Promise<Actor | null> {
  const { authCookies, secret } = await auth.$context;
  const token = verifiedToken(parseCookies(headers.get("cookie") ?? "").get(authCookies.sessionToken.name), secret);
  if (!token) return null;
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      banned: users.banned,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.token, token))
    .limit(1);
  if (!row) return null;
  // An expired session is due too, so better-auth deletes it.
  const person = dueForExtension(row.expiresAt) ? (await auth.api.getSession({ headers }))?.user : row;
  if (!person || person.banned) return null;
  return { id: person.id, name: person.name, email: person.email, role: toRole(person.role) };
}

// better-auth's rule (session.updateAge): a session is extended once it was last extended more than a day ago.
function dueForExtension(expiresAt: Date): boolean {
  return expiresAt.getTime() - (SESSION_LIFETIME.expiresIn - SESSION_LIFETIME.updateAge) * 1000 <= Date.now();
}

// better-call's shape of an HMAC-SHA256 signature: 43 base64 characters and one "=".
const SIGNATURE = /^[A-Za-z0-9+/]{43}=$/;

/**
 * The token of a cookie better-call signed with `secret` (HMAC-SHA256, base64), or null for any other value. The
 * signature is compared as the bytes it decodes to, as better-call does: a base64 decoder ignores the spare low bits
 * of the last character, so a signature has several spellings that both must accept alike.
 */
export function verifiedToken(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (!SIGNATURE.test(signature)) return null;
  const given = Buffer.from(signature, "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
