import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { database } from "@/lib/db";
import { closeDb } from "@/lib/db/client";
import { authSecret } from "@/lib/env";
import { createAccount } from "./accounts";
import { createAuth } from "./auth";
import { LOCKOUT, SIGN_IN_KEY_HEADER, signInKeyFor } from "./lockout";
import { deactivate } from "./members";
import { signInWithPassword } from "./sign-in";

let dir: string;
let adminId: string;
const PASSWORD = "the right password";

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "sign-in-test-"));
  vi.stubEnv("CONNECTLY_API_KEY", "");
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("APP_URL", "");
  vi.stubEnv("PGLITE_DIR", path.join(dir, "pglite"));
  for (const [name, role] of [
    ["admin", "admin"],
    ["ana", "agent"],
    ["bo", "agent"],
    ["cy", "viewer"],
  ] as const) {
    const created = await createAccount({ name, email: `${name}@example.com`, password: PASSWORD, role });
    if (!created.ok) throw new Error(created.error.message);
    if (name === "admin") adminId = created.userId;
  }
}, 120_000);

afterAll(async () => {
  await closeDb();
  await rm(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

const attempt = (email: string, password: string) => signInWithPassword({ email, password });

describe("signing in with a password", () => {
  test("the right password signs in and sets the session cookie", async () => {
    const outcome = await attempt("ana@example.com", PASSWORD);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.setCookies.some((c) => /^composer-3000\.session_token=/.test(c))).toBe(true);
  });

  test("a wrong password and an unknown email get the same words, which do not say which was wrong", async () => {
    const wrongPassword = await attempt("ana@example.com", "not it at all");
    const unknownEmail = await attempt("nobody@example.com", PASSWORD);
    expect(wrongPassword.ok || unknownEmail.ok).toBe(false);
    if (wrongPassword.ok || unknownEmail.ok) return;
    expect(wrongPassword.error.message).toBe("Wrong email or password.");
    expect(unknownEmail.error.message).toBe(wrongPassword.error.message);
    expect(unknownEmail.error.code).toBe(wrongPassword.error.code);
  });

  test(`locks an email after ${LOCKOUT.attempts} failures, for every app instance, even with the right password`, async () => {
    const messages: string[] = [];
    const hints: string[] = [];
    for (let i = 0; i < LOCKOUT.attempts; i++) {
      const outcome = await attempt("bo@example.com", "guess");
      if (!outcome.ok) messages.push(outcome.error.message);
      if (!outcome.ok) hints.push(outcome.error.hint ?? "");
    }
    expect(messages).toHaveLength(LOCKOUT.attempts);
    expect(messages[0]).toBe("Wrong email or password.");
    expect(messages[3]).toMatch(/1 more failed attempt and sign-in is locked for 15 minutes/);
    expect(messages[4]).toMatch(/locked: try again in 15 minutes/);
    // The attempt that locks it does not also say to try again.
    expect(hints[3]).toBe("Check both, then try again.");
    expect(hints[4]).toBe("Wait, or ask an Admin to check the account.");

    const locked = await attempt("BO@example.com", PASSWORD);
    expect(locked.ok).toBe(false);
    if (locked.ok) return;
    expect(locked.error.code).toBe("SIGN_IN_LOCKED");
    expect(locked.error.message).toMatch(/try again in 1[45] minutes/);

    // A second instance on the same database, as behind a load balancer, sees the same count.
    const other = createAuth(await database(), { appUrl: "http://127.0.0.1:3000", secret: authSecret() });
    const response = await other.handler(
      new Request("http://127.0.0.1:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "http://127.0.0.1:3000",
          [SIGN_IN_KEY_HEADER]: signInKeyFor("bo@example.com", authSecret()),
        },
        body: JSON.stringify({ email: "bo@example.com", password: PASSWORD }),
      }),
    );
    expect(response.status).toBe(429);

    // Other people are not locked out by it.
    expect((await attempt("ana@example.com", PASSWORD)).ok).toBe(true);
  }, 60_000);

  test("a success clears the count: the limit is on failures, not on signing in often", async () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < LOCKOUT.attempts - 1; i++) expect((await attempt("cy@example.com", "guess")).ok).toBe(false);
      expect((await attempt("cy@example.com", PASSWORD)).ok).toBe(true);
    }
  }, 60_000);

  test("a deactivated person cannot sign in, and is told so", async () => {
    const victim = await createAccount({ name: "Di", email: "di@example.com", password: PASSWORD, role: "agent" });
    if (!victim.ok) throw new Error(victim.error.message);
    expect((await deactivate(await database(), victim.userId, adminId)).ok).toBe(true);
    const outcome = await attempt("di@example.com", PASSWORD);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("DEACTIVATED");
    expect(outcome.error.message).toMatch(/deactivated/);
  });
});
