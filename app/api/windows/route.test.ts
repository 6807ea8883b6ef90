import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createAccount } from "@/lib/auth/accounts";
import { getAuth } from "@/lib/auth/auth";
import { closeDb, type Db, getDb } from "@/lib/db/client";
import { recordInboundMessage } from "@/lib/db/lifecycle";
import type { WindowLookup } from "@/lib/whatsapp/window";
import { GET } from "./route";

const ENV_KEYS = ["DATABASE_URL", "PGLITE_DIR", "CONNECTLY_API_KEY", "APP_URL"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
let dir: string;
let db: Db;
let agentCookie: string;

const lookup = (query: string, cookie: string | null = agentCookie) =>
  GET(new Request(`http://127.0.0.1/api/windows?${query}`, { headers: cookie ? { cookie } : {} }));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "connectly-windows-route-"));
  delete process.env.DATABASE_URL;
  delete process.env.CONNECTLY_API_KEY;
  delete process.env.APP_URL;
  process.env.PGLITE_DIR = path.join(dir, "pglite");
  db = (await getDb({ pgliteDir: process.env.PGLITE_DIR })).db;
  await createAccount({ name: "Ana", email: "ana@example.com", password: "a long password", role: "agent" });
  const signedIn = await (await getAuth()).api.signInEmail({
    body: { email: "ana@example.com", password: "a long password" },
    asResponse: true,
  });
  agentCookie = signedIn.headers.getSetCookie()[0]!.split(";")[0]!;
  await recordInboundMessage(db, {
    customer: "+16044441111",
    businessNumber: "+14155550100",
    at: new Date("2025-06-01T10:00:00.000Z"),
  });
}, 60_000);

afterAll(async () => {
  await closeDb();
  await rm(dir, { recursive: true, force: true });
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

describe("GET /api/windows", () => {
  test("tells nobody without a session when a number last wrote: 401, as JSON", async () => {
    const response = await lookup("recipient=%2B16044441111", null);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "SIGNED_OUT" });
  });

  test("answers when the customer last wrote to that business number, with the server's clock", async () => {
    const before = Date.now();
    const response = await lookup(
      new URLSearchParams({ recipient: "+16044441111", sender: "+14155550100" }).toString(),
    );
    const body = (await response.json()) as WindowLookup;

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body).toMatchObject({
      recipient: "+16044441111",
      sender: "+14155550100",
      lastInboundAt: "2025-06-01T10:00:00.000Z",
    });
    expect(Date.parse(body.checkedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  test("answers null for a customer who never wrote to that number", async () => {
    const otherNumber = await lookup("recipient=%2B16044441111&sender=%2B14155550199");
    const stranger = await lookup("recipient=US.13491208655302741918");

    expect(((await otherNumber.json()) as WindowLookup).lastInboundAt).toBeNull();
    expect(((await stranger.json()) as WindowLookup).lastInboundAt).toBeNull();
  });

  test("refuses a recipient or sender that is not an id with 400", async () => {
    expect((await lookup("recipient=hello")).status).toBe(400);
    expect((await lookup("")).status).toBe(400);
    expect((await lookup("recipient=%2B16044441111&sender=abc")).status).toBe(400);
  });
});
