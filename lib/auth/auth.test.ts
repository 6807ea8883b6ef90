import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Database } from "@/lib/db/client";
import { sessions, users } from "@/lib/db/schema";
import { testEngines } from "@/test-support/db-engines";
import { type Auth, createAuth } from "./auth";
import { readSession } from "./session-reader";

const engines = testEngines(process.env.TEST_DATABASE_URL);
const SECRET = "test-secret-that-is-long-enough-0123456789";
const DAY = 24 * 60 * 60 * 1000;

describe.each(engines)("accounts and sessions on $kind", (engine) => {
  let database: Database;
  let auth: Auth;

  beforeAll(async () => {
    database = await createDatabase(await engine.freshConfig());
    auth = createAuth(database.db, { appUrl: "http://127.0.0.1:3300", secret: SECRET });
    await auth.api.createUser({
      body: { name: "Ana", email: "ana@example.com", password: "a long password", role: "agent" },
    });
  }, 60_000);

  afterAll(async () => {
    await database?.close();
    await engine.cleanup();
  });

  async function signIn(a: Auth = auth) {
    const response = await a.api.signInEmail({
      body: { email: "ana@example.com", password: "a long password" },
      asResponse: true,
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.includes(".session_token="));
    expect(session).toBeDefined();
    return { header: session!, cookie: session!.split(";")[0]! };
  }

  test("keeps only a hash of the password", async () => {
    const rows = await database.db.query.accounts.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.password).not.toContain("a long password");
    expect(rows[0]!.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
  });

  test("the session cookie is httpOnly and SameSite=Lax, named for the port, and not Secure over http", async () => {
    const { header } = await signIn();
    expect(header).toMatch(/^composer-3300\.session_token=/);
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).not.toMatch(/Secure/i);
  });

  test("the session cookie is Secure when APP_URL is https", async () => {
    const secure = createAuth(database.db, { appUrl: "https://composer.example.com", secret: SECRET });
    const { header } = await signIn(secure);
    expect(header).toMatch(/^__Secure-composer\.session_token=/);
    expect(header).toMatch(/; Secure/i);
  });

  test("a session lasts 30 days from its last use, kept in the database", async () => {
    const { cookie } = await signIn();
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.email).toBe("ana@example.com");
    const left = session!.session.expiresAt.getTime() - Date.now();
    expect(left).toBeGreaterThan(30 * DAY - 60_000);
    expect(left).toBeLessThanOrEqual(30 * DAY);
  });

  test("using a session more than a day later slides its expiry to 30 days from then", async () => {
    const { cookie } = await signIn();
    const headers = new Headers({ cookie });
    const { token } = parts({ cookie });
    // As if it had been made 2 days ago.
    await database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() + 28 * DAY) })
      .where(eq(sessions.token, token));
    const session = await auth.api.getSession({ headers });
    expect(session!.session.expiresAt.getTime() - Date.now()).toBeGreaterThan(30 * DAY - 60_000);
    const [row] = await database.db.select().from(sessions).where(eq(sessions.token, token));
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(30 * DAY - 60_000);
  });

  test("signing out ends the session at once: the same cookie no longer signs anyone in", async () => {
    const { cookie } = await signIn();
    const headers = new Headers({ cookie });
    expect(await auth.api.getSession({ headers })).not.toBeNull();
    await auth.api.signOut({ headers });
    expect(await auth.api.getSession({ headers })).toBeNull();
  });

  test("sign-up is closed: accounts come only from first run, invitations and the CLI", async () => {
    await expect(
      auth.api.signUpEmail({ body: { name: "Eve", email: "eve@example.com", password: "a long password" } }),
    ).rejects.toThrow();
    expect(await database.db.query.users.findMany()).toHaveLength(1);
  });

  describe("readSession, the one query every request makes", () => {
    const read = (cookie: string) => readSession(database.db, auth, new Headers({ cookie }));

    test("reads the signed-in person from their session cookie", async () => {
      const { cookie } = await signIn();
      expect(await read(cookie)).toMatchObject({ name: "Ana", email: "ana@example.com", role: "agent" });
    });

    test("is no one without a cookie, or with a token whose signature is not this server's", async () => {
      const { name, token } = parts(await signIn());
      expect(await readSession(database.db, auth, new Headers())).toBeNull();
      expect(await read(`${name}=${token}`)).toBeNull();
      const forged = `${token}.${Buffer.alloc(32, 7).toString("base64")}`;
      expect(await read(`${name}=${encodeURIComponent(forged)}`)).toBeNull();
    });

    test("agrees with better-auth's getSession on a cookie changed in any way", async () => {
      const { name, value } = parts(await signIn());
      const decoded = decodeURIComponent(value);
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: decoded.length - 1 }),
          fc.constantFrom("a", "Z", "0", ".", "=", "+", "/", ""),
          fc.boolean(),
          async (at, character, replace) => {
            const changed = decoded.slice(0, at) + character + decoded.slice(replace ? at + 1 : at);
            const headers = new Headers({ cookie: `${name}=${encodeURIComponent(changed)}` });
            const ours = await readSession(database.db, auth, headers);
            const theirs = await auth.api.getSession({ headers });
            expect(ours?.id ?? null).toBe(theirs?.user.id ?? null);
          },
        ),
        { numRuns: 60 },
      );
    });

    test("is no one once the session is signed out", async () => {
      const { cookie } = await signIn();
      await auth.api.signOut({ headers: new Headers({ cookie }) });
      expect(await read(cookie)).toBeNull();
    });

    test("hands a session due for its daily extension to better-auth, which extends it to 30 days", async () => {
      const { cookie } = await signIn();
      const { token } = parts({ cookie });
      // As if it had last been extended two days ago.
      await database.db
        .update(sessions)
        .set({ expiresAt: new Date(Date.now() + 28 * DAY) })
        .where(eq(sessions.token, token));
      expect(await read(cookie)).toMatchObject({ email: "ana@example.com" });
      const [row] = await database.db.select().from(sessions).where(eq(sessions.token, token));
      expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(30 * DAY - 60_000);
    });

    test("is no one once the session has expired, and better-auth deletes it", async () => {
      const { cookie } = await signIn();
      const { token } = parts({ cookie });
      await database.db
        .update(sessions)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(sessions.token, token));
      expect(await read(cookie)).toBeNull();
      expect(await database.db.select().from(sessions).where(eq(sessions.token, token))).toHaveLength(0);
    });

    test("is no one once the person has been deactivated", async () => {
      const { cookie } = await signIn();
      await database.db.update(users).set({ banned: true }).where(eq(users.email, "ana@example.com"));
      try {
        expect(await read(cookie)).toBeNull();
      } finally {
        await database.db.update(users).set({ banned: false }).where(eq(users.email, "ana@example.com"));
      }
    });
  });
});

/** A session cookie ("name=value") taken apart: its name, its value as the browser sends it, and its token. */
function parts({ cookie }: { cookie: string }) {
  const [name, value] = cookie.split("=") as [string, string];
  return { name, value, token: decodeURIComponent(value).split(".")[0]! };
}
