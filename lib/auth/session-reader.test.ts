import { serializeSignedCookie } from "better-call";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Database } from "@/lib/db/client";
import { sessions, users } from "@/lib/db/schema";
import { testEngines } from "@/test-support/db-engines";
import { type Auth, createAuth } from "./auth";
import { readSession, verifiedToken } from "./session-reader";

const engines = testEngines(process.env.TEST_DATABASE_URL);
const SECRET = "test-secret-that-is-long-enough-0123456789";
const DAY = 24 * 60 * 60 * 1000;

describe.each(engines)("reading the session on $kind", (engine) => {
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

  /** A fresh session's cookie ("name=value"), its value as the browser sends it, and its token. */
  async function signIn() {
    const response = await auth.api.signInEmail({
      body: { email: "ana@example.com", password: "a long password" },
      asResponse: true,
    });
    const cookie = response.headers
      .getSetCookie()
      .find((c) => c.includes(".session_token="))!
      .split(";")[0]!;
    const [name, value] = cookie.split("=") as [string, string];
    return { cookie, name, value, token: decodeURIComponent(value).split(".")[0]! };
  }

  const read = (cookie: string) => readSession(database.db, auth, new Headers({ cookie }));

  test("reads the signed-in person from their session cookie", async () => {
    const { cookie } = await signIn();
    expect(await read(cookie)).toMatchObject({ name: "Ana", email: "ana@example.com", role: "agent", banned: false });
  });

  test("is no one without a cookie, or with a token whose signature is not this server's", async () => {
    const { name, token } = await signIn();
    expect(await readSession(database.db, auth, new Headers())).toBeNull();
    expect(await read(`${name}=${token}`)).toBeNull();
    const forged = `${token}.${Buffer.alloc(32, 7).toString("base64")}`;
    expect(await read(`${name}=${encodeURIComponent(forged)}`)).toBeNull();
  });

  test("agrees with better-auth's getSession on a cookie changed in any way", async () => {
    const { name, value } = await signIn();
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
    const { cookie, token } = await signIn();
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
    const { cookie, token } = await signIn();
    await database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.token, token));
    expect(await read(cookie)).toBeNull();
    expect(await database.db.select().from(sessions).where(eq(sessions.token, token))).toHaveLength(0);
  });

  test("says when the person has been deactivated", async () => {
    const { cookie } = await signIn();
    await database.db.update(users).set({ banned: true }).where(eq(users.email, "ana@example.com"));
    try {
      expect(await read(cookie)).toMatchObject({ email: "ana@example.com", banned: true });
    } finally {
      await database.db.update(users).set({ banned: false }).where(eq(users.email, "ana@example.com"));
    }
  });
});

describe("verifiedToken", () => {
  test("accepts only a token better-call signed with the same secret", async () => {
    // better-call's own signing, as better-auth sets the cookie: "name=encodeURIComponent(token.signature)".
    const serialized = await serializeSignedCookie("n", "abc123", "s3cret");
    const signed = decodeURIComponent(serialized.split(";")[0]!.slice("n=".length));
    expect(verifiedToken(signed, "s3cret")).toBe("abc123");
    expect(verifiedToken(signed, "another secret")).toBeNull();
    expect(verifiedToken(signed.slice(0, -1), "s3cret")).toBeNull();
    expect(verifiedToken(`${signed}x`, "s3cret")).toBeNull();
    expect(verifiedToken(`abc124${signed.slice(6)}`, "s3cret")).toBeNull();
    expect(verifiedToken(".x", "s3cret")).toBeNull();
  });
});
