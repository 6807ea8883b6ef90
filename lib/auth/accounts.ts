import "server-only";
import { isAPIError } from "better-auth/api";
import type { ActionError } from "@/lib/actions/result";
import { hasAnyAccount, noteAccountExists } from "./actor";
import { getAuth } from "./auth";
import type { Role } from "./roles";

export interface NewAccount {
  name: string;
  email: string;
  password: string;
  role: Role;
}

export type CreateAccountOutcome = { ok: true; userId: string } | { ok: false; error: ActionError };

/** Creates a person with a password, hashed by better-auth, and a role; used by first run, invitations and the CLI. */
export async function createAccount(account: NewAccount): Promise<CreateAccountOutcome> {
  const auth = await getAuth();
  try {
    const { user } = await auth.api.createUser({
      body: { name: account.name, email: account.email, password: account.password, role: account.role },
    });
    noteAccountExists();
    return { ok: true, userId: user.id };
  } catch (error) {
    if (isAPIError(error) && String(error.body?.code ?? "").startsWith("USER_ALREADY_EXISTS")) {
      return {
        ok: false,
        error: {
          code: "EMAIL_TAKEN",
          title: "Account not created",
          message: `${account.email} already has an account.`,
          hint: "Sign in with it instead, or use another email.",
        },
      };
    }
    throw error;
  }
}

// One first account at a time in this process: two people submitting the first-run form together must not both
// become Admins. (PGlite allows one process per data directory, so this covers the embedded database entirely.)
let firstRun: Promise<unknown> = Promise.resolve();

/** The first account, an Admin; refused once any account exists. */
export function createFirstAdmin(account: Omit<NewAccount, "role">): Promise<CreateAccountOutcome> {
  const attempt = firstRun.then(async (): Promise<CreateAccountOutcome> => {
    if (await hasAnyAccount()) {
      return {
        ok: false,
        error: {
          code: "SETUP_DONE",
          title: "Already set up",
          message: "The first account already exists.",
          hint: "Sign in, or ask an Admin for an invitation.",
        },
      };
    }
    return createAccount({ ...account, role: "admin" });
  });
  firstRun = attempt.catch(() => undefined);
  return attempt;
}

/** Starts a session for an account just created with this password; the session cookie goes on the response. */
export async function signInNewAccount(email: string, password: string, headers: Headers): Promise<void> {
  await (await getAuth()).api.signInEmail({ body: { email, password, rememberMe: true }, headers });
}
