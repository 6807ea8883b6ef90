import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { setTimeout as delay } from "node:timers/promises";
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { UNKNOWN_OUTCOME_WORDS } from "@/lib/connectly/errors";
import { type SandboxServer, startSandboxServer } from "@/lib/connectly/sandbox/http-server";
import { reservedNumberFor } from "@/lib/connectly/sandbox/reserved";
import { createDatabase, type Database, type DatabaseConfig } from "@/lib/db/client";
import { findByIdempotencyKey } from "@/lib/db/queries";
import { newSendKey } from "@/lib/messages/send-key";
import { handleWebhookRequest } from "@/lib/webhooks/handle-request";
import { signWebhookBody } from "@/lib/webhooks/signature";
import { testEngines } from "@/test-support/db-engines";
import { outcomeOf } from "./outcome-of";
import { sweepOnce } from "./sweeper";

const API_KEY = "kill-test-key";
const BUSINESS_ID = "00000000-0000-4000-8000-000000000000";
const SECRET = "whsec_kill_test";
const TIMEOUT_MS = 500;

let sandbox: SandboxServer;

// Live mode, as an app instance runs it, requires one.
const SESSION_SECRET = "kill-test-session-secret-0123456789abcdef";

beforeAll(async () => {
  // Hangs far longer than the test: the answer is on its way when the sender dies.
  sandbox = await startSandboxServer({ apiKey: API_KEY, hangMs: 120_000 });
  vi.stubEnv("CONNECTLY_TIMEOUT_MS", String(TIMEOUT_MS));
  vi.stubEnv("CONNECTLY_API_KEY", API_KEY);
  vi.stubEnv("CONNECTLY_BUSINESS_ID", BUSINESS_ID);
  vi.stubEnv("BETTER_AUTH_SECRET", SESSION_SECRET);
});

afterAll(async () => {
  await sandbox.close();
  vi.unstubAllEnvs();
});

/** The real send path in its own process, configured as an app instance on this database would be. */
function startSender(config: DatabaseConfig, recipient: string, key: string): ChildProcess {
  return spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "test-support/send-child.ts", recipient, key],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        CONNECTLY_API_KEY: API_KEY,
        CONNECTLY_BUSINESS_ID: BUSINESS_ID,
        CONNECTLY_BASE_URL: sandbox.url,
        BETTER_AUTH_SECRET: SESSION_SECRET,
        // Long enough that the kill always lands while Connectly is still answering.
        CONNECTLY_TIMEOUT_MS: "60000",
        DATABASE_URL: config.databaseUrl ?? "",
        PGLITE_DIR: config.pgliteDir,
      },
    },
  );
}

describe.each(testEngines(process.env.TEST_DATABASE_URL))("kill -9 mid-send on $kind", (engine) => {
  let database: Database | undefined;
  afterAll(async () => {
    await database?.close();
    await engine.cleanup();
  });

  test("leaves a row that the restart's sweep makes Unknown, and a later signed webhook moves to delivered", async () => {
    const config = await engine.freshConfig();
    const key = newSendKey();
    const child = startSender(config, reservedNumberFor("never-answers"), key);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = once(child, "exit");

    for (let i = 0; sandbox.sandbox.inFlight() === 0; i++) {
      if (i > 600 || child.exitCode !== null) throw new Error(`the sender never reached Connectly: ${stderr}`);
      await delay(50);
    }
    child.kill("SIGKILL");
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: null, signal: "SIGKILL" });

    // The restart: the same database opened afresh (PGlite recovers its files), then start-up's sweep, once
    // the client's deadline has passed for the row.
    database = await createDatabase(config);
    const db = database.db;
    const left = await findByIdempotencyKey(db, key);
    expect(left).toMatchObject({ status: "pending", connectlyId: null });
    await delay(TIMEOUT_MS * 3 + 5_000 + 200);
    expect(await sweepOnce(db)).toBe(1);
    const swept = await findByIdempotencyKey(db, key);
    expect(swept).toMatchObject({ status: "unknown", connectlyId: null, errorCode: "SEND_INTERRUPTED" });
    expect(swept && outcomeOf(swept)).toMatchObject({ ok: false, error: { hint: UNKNOWN_OUTCOME_WORDS } });

    // Connectly had taken it: its delivery report echoes the callbackData the row holds.
    const connectlyId = ulid();
    const body = JSON.stringify({
      topic: "delivery_status",
      timestamp: String(Math.floor(Date.now() / 1000)),
      sender: { id: "+12015550100", channelType: "whatsapp" },
      recipient: { id: reservedNumberFor("never-answers"), channelType: "whatsapp" },
      statusUpdate: { id: connectlyId, status: "delivered", error: null },
      metadata: null,
      callbackData: (swept?.request as { callbackData?: unknown } | undefined)?.callbackData,
    });
    const response = await handleWebhookRequest(
      new Request("http://127.0.0.1/api/webhooks/connectly", {
        method: "POST",
        headers: { "content-type": "text/plain", "x-connectly-hmac-sha256": signWebhookBody(SECRET, body) },
        body,
      }),
      { secret: SECRET, database: async () => db },
    );
    expect(response.status).toBe(200);
    expect(await findByIdempotencyKey(db, key)).toMatchObject({ status: "delivered", connectlyId });
  }, 120_000);
});
