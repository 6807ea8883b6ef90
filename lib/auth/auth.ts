import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { eq, sql } from "drizzle-orm";
import { database } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { accounts, rateLimits, sessions, users, verifications } from "@/lib/db/schema";
import { authSecret, env } from "@/lib/env";
import { cookiePrefixFor } from "./cookie-prefix";
import { PASSWORD_RULES } from "./forms";
import { LOCKOUT, SIGN_IN_KEY_HEADER } from "./lockout";

export interface AuthConfig {
  appUrl: string;
  secret: string;
}

const DAY = 24 * 60 * 60;

/** In seconds: a session lasts 30 days from its last extension, and is extended at most once a day. */
export const SESSION_LIFETIME = { expiresIn: 30 * DAY, updateAge: DAY };

// The roles, as better-auth's admin plugin knows them. Its own endpoints are never reachable over HTTP here (no
// route exposes better-auth's handler); what each role may do in this app is lib/auth/rules.ts.
const accessControl = createAccessControl(defaultStatements);
const roles = {
  admin: accessControl.newRole({ ...adminAc.statements }),
  agent: accessControl.newRole({}),
  viewer: accessControl.newRole({}),
};

export function createAuth(db: Db, config: AuthConfig) {
  return betterAuth({
    appName: "WhatsApp Composer",
    baseURL: config.appUrl,
    basePath: "/api/auth",
    secret: config.secret,
    trustedOrigins: [config.appUrl],
    telemetry: { enabled: false },
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits },
    }),
    emailAndPassword: {
      enabled: true,
      // Accounts come only from the first-run page, invitations and the users CLI.
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: PASSWORD_RULES.min,
      maxPasswordLength: PASSWORD_RULES.max,
    },
    session: SESSION_LIFETIME,
    user: { additionalFields: { lastSignInAt: { type: "date", required: false, input: false } } },
    rateLimit: {
      enabled: true,
      storage: "database",
      customRules: { "/sign-in/email": { window: LOCKOUT.seconds, max: LOCKOUT.attempts } },
    },
    advanced: {
      cookiePrefix: cookiePrefixFor(config.appUrl),
      useSecureCookies: config.appUrl.startsWith("https:"),
      ipAddress: { ipAddressHeaders: [SIGN_IN_KEY_HEADER] },
    },
    databaseHooks: {
      session: {
        create: {
          // The sign-in key stands in for the client address only for the limiter; the session keeps the real one.
          before: async (session, ctx) => ({
            data: {
              ...session,
              ipAddress: ctx?.headers?.get("x-forwarded-for") ?? ctx?.request?.headers.get("x-forwarded-for") ?? null,
            },
          }),
          after: async (session) => {
            await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, session.userId));
          },
        },
      },
    },
    // nextCookies last: it copies the cookies better-auth sets onto the server action's response.
    plugins: [
      admin({
        ac: accessControl,
        roles,
        adminRoles: ["admin"],
        defaultRole: "viewer",
        bannedUserMessage: DEACTIVATED_MESSAGE,
      }),
      nextCookies(),
    ],
  });
}

export const DEACTIVATED_MESSAGE = "This account has been deactivated. Ask an Admin to reactivate it.";

export type Auth = ReturnType<typeof createAuth>;

let instance: Promise<Auth> | undefined;

/**
 * The app's better-auth instance, made on first use: it needs the database, which is never opened at import time
 * (`next build` imports every route module). A failed start is forgotten, so the next call tries again.
 */
export function getAuth(): Promise<Auth> {
  if (!instance) {
    const making = database().then((db) => createAuth(db, { appUrl: env().appUrl, secret: authSecret() }));
    instance = making;
    making.catch(() => {
      if (instance === making) instance = undefined;
    });
  }
  return instance;
}
