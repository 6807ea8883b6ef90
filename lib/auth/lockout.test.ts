import { createRateLimitKey, normalizeIP } from "@better-auth/core/utils/ip";
import { describe, expect, it } from "vitest";
import { failureDelayMs, LOCKOUT, lockedMessage, rateLimitRowKey, signInKeyFor } from "./lockout";

describe("the sign-in lockout key", () => {
  it("is an address better-auth keeps as it is, so the app can find and clear the limiter's row", () => {
    const key = signInKeyFor("ana@example.com", "a-secret-of-at-least-32-characters!!");
    expect(normalizeIP(key)).toBe(key);
    expect(rateLimitRowKey(key)).toBe(createRateLimitKey(normalizeIP(key), "/sign-in/email"));
  });

  it("is the same for one email however it is typed, and differs between emails and secrets", () => {
    const secret = "a-secret-of-at-least-32-characters!!";
    expect(signInKeyFor(" Ana@Example.com ", secret)).toBe(signInKeyFor("ana@example.com", secret));
    expect(signInKeyFor("bo@example.com", secret)).not.toBe(signInKeyFor("ana@example.com", secret));
    expect(signInKeyFor("ana@example.com", `${secret}x`)).not.toBe(signInKeyFor("ana@example.com", secret));
  });

  it("does not contain the email", () => {
    expect(signInKeyFor("ana@example.com", "a-secret-of-at-least-32-characters!!")).not.toMatch(/ana|example/);
  });
});

describe("failed attempts", () => {
  it("are answered at once at first, then more slowly each time until the lock", () => {
    const delays = Array.from({ length: LOCKOUT.attempts }, (_, i) => failureDelayMs(i + 1));
    expect(delays.slice(0, 2)).toEqual([0, 0]);
    for (let i = 2; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1]!);
    expect(Math.max(...delays)).toBeLessThanOrEqual(4000);
  });

  it("say when to try again, in whole minutes rounded up", () => {
    expect(lockedMessage(900)).toMatch(/try again in 15 minutes\.$/);
    expect(lockedMessage(61)).toMatch(/in 2 minutes\./);
    expect(lockedMessage(5)).toMatch(/in 1 minute\./);
  });
});
