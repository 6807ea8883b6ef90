import { createAccount } from "@/lib/auth/accounts";
import { getAuth } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/roles";

/**
 * Makes an account with this role and signs it in through better-auth, as the sign-in page does. Returns the
 * session cookie to send with a request, and the person's id. The database must be open (configured) first.
 */
export async function signedIn(role: Role, name = `A ${role}`): Promise<{ cookie: string; userId: string }> {
  const email = `${role}-${Math.random().toString(36).slice(2)}@example.com`;
  const password = "a long password";
  const account = await createAccount({ name, email, password, role });
  if (!account.ok) throw new Error(account.error.message);
  const response = await (await getAuth()).api.signInEmail({ body: { email, password }, asResponse: true });
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error("signing in set no cookie");
  return { cookie, userId: account.userId };
}
