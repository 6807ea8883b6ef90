import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, type Db, getDb } from "@/lib/db/client";
import { createAttempt } from "@/lib/db/queries";
import { signedIn } from "@/test-support/signed-in";
import { GET } from "./route";

const ENV_KEYS = ["DATABASE_URL", "PGLITE_DIR", "DEFAULT_COUNTRY", "CONNECTLY_API_KEY", "APP_URL"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
let dir: string;
let db: Db;
let viewerCookie: string;

const exportOf = (query: string, cookie: string | null = viewerCookie) =>
  GET(new Request(`http://127.0.0.1/api/history/export?${query}`, { headers: cookie ? { cookie } : {} }));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "connectly-export-route-"));
  delete process.env.DATABASE_URL;
  delete process.env.DEFAULT_COUNTRY;
  delete process.env.CONNECTLY_API_KEY;
  delete process.env.APP_URL;
  process.env.PGLITE_DIR = path.join(dir, "pglite");
  db = (await getDb({ pgliteDir: process.env.PGLITE_DIR })).db;
  viewerCookie = (await signedIn("viewer")).cookie;
  const agent = await signedIn("agent", "Ana Agent");
  for (const [recipient, text] of [
    ["+16044441111", "First, for Ana"],
    ["+442079460958", "For London"],
    ["+16044441111", "Second, for Ana"],
  ] as const) {
    await createAttempt(db, {
      endpoint: "send/messages",
      messageType: "text",
      recipient,
      request: { recipient: { id: recipient, channelType: "whatsapp" }, message: { text } },
      sentByUserId: agent.userId,
    });
  }
}, 60_000);

afterAll(async () => {
  await closeDb();
  await rm(dir, { recursive: true, force: true });
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

describe("GET /api/history/export", () => {
  test("exports nothing without a session: 401, as JSON", async () => {
    const response = await exportOf("", null);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "SIGNED_OUT" });
  });

  test("downloads the history filtered as on the page, as CSV, newest first", async () => {
    const response = await exportOf(new URLSearchParams({ q: "(604) 444-1111" }).toString());

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="history-\d{4}-\d{2}-\d{2}-\d{4}\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const rows = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.Recipient, row.Message, row["Sent by"]])).toEqual([
      ["'+16044441111", "Second, for Ana", "Ana Agent"],
      ["'+16044441111", "First, for Ana", "Ana Agent"],
    ]);
  });

  test("exports everything when no filter is given, and only the header when nothing matches", async () => {
    const all = parse(await (await exportOf("")).text(), { bom: true, columns: true });
    expect(all).toHaveLength(3);
    const none = await (await exportOf("status=failed")).text();
    expect(none.trim().split("\r\n")).toHaveLength(1);
  });
});
