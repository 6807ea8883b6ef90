/**
 * Benchmark, not a test: `npm run bench:send` (builds first). What the dashboard adds to Connectly's own time when
 * sending: the send action is called over HTTP exactly as the composer's Send button calls it (the server action's
 * POST), against `next start` with its embedded database, and again on PostgreSQL when DATABASE_URL or
 * TEST_DATABASE_URL names a server (a throwaway database is created there and dropped), and the action sends to the standalone sandbox, which
 * waits 100 ms before each answer to stand in for the network and Connectly. Prints p50 and p95 of the action's round
 * trip, of the sandbox's own time for the same sends (from its log), and of the difference per send. Target: at most
 * 10 ms at p50 on top of Connectly's time. The first account is made on /setup in Chromium, and its session cookie
 * goes with every send, as the browser's would. The floor is the same request without the cookie, refused by the
 * guard before any query: what Next.js itself costs for an action here. After each engine's sends it times the
 * database's steps of a send alone (send-db-steps.ts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { chromium } from "@playwright/test";
import type { DatabaseConfig } from "@/lib/db/client";
import { newSendKey } from "@/lib/messages/send-key";
import { testEngines } from "@/test-support/db-engines";
import { percentile } from "./figures";
import { sendDbSteps } from "./send-db-steps";

// BENCH_PORT moves both off the defaults, for a machine where several people run benchmarks at once.
const APP_PORT = Number(process.env.BENCH_PORT ?? 3233);
const SANDBOX_PORT = APP_PORT + 1000;
const APP = `http://127.0.0.1:${APP_PORT}`;
const LATENCY_MS = 100;
const WARMUP = 20;
const RUNS = 200;
const API_KEY = "bench-key";
const BUSINESS_ID = "00000000-0000-4000-8000-000000000000";

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
}

async function waitFor(url: string, what: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not come up within 120 s`);
}

/** The id Next gave the send action in this build, as the composer's bundle knows it. */
function sendActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === "sendMessageAction" || entry.filename?.includes("send-message-action"),
  );
  if (!found) throw new Error("sendMessageAction is not in .next/server/server-reference-manifest.json");
  return found[0];
}

/** The fresh database's first account, made as a newcomer makes it; its session cookie, for the sends. */
async function sessionCookie(): Promise<string> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${APP}/setup`);
    await page.getByLabel("Name").fill("Bench");
    await page.getByLabel("Email").fill("bench@example.com");
    await page.getByLabel("Password").fill("benchmark password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${APP}/compose/text`);
    return (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/** One send, as the browser makes it: the action's arguments (previous state, input) encoded as React does. */
async function send(actionId: string, cookie: string | null, text: string): Promise<number> {
  const values = {
    recipient: { id: "+16044441111", name: "Ada Lovelace" },
    senderId: "",
    campaignName: "bench",
    callbackData: "",
    message: { text },
  };
  const started = performance.now();
  const response = await fetch(`${APP}/compose/text`, {
    method: "POST",
    headers: {
      "Next-Action": actionId,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      ...(cookie === null ? {} : { Cookie: cookie }),
    },
    body: JSON.stringify([null, { type: "text", values, key: newSendKey() }]),
  });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (!response.ok || !body.includes(cookie === null ? '"code":"SIGNED_OUT"' : '"ok":true')) {
    throw new Error(`the send failed (${response.status}): ${body.slice(0, 300)}`);
  }
  return elapsed;
}

const sandboxTimes: number[] = [];
const sandbox = start(
  process.execPath,
  [
    "--import",
    "tsx",
    "lib/connectly/sandbox/server.ts",
    `--port=${SANDBOX_PORT}`,
    `--api-key=${API_KEY}`,
    `--business-id=${BUSINESS_ID}`,
    `--latency-ms=${LATENCY_MS}`,
  ],
  {},
);
// The sandbox logs "POST /v1/businesses/…/send/messages 200 101ms" for each request it answered.
let pending = "";
sandbox.stdout?.on("data", (chunk: Buffer) => {
  pending += chunk.toString("utf8");
  const lines = pending.split("\n");
  pending = lines.pop() ?? "";
  for (const line of lines) {
    const match = /^POST \S+\/send\/messages 200 (\d+)ms$/.exec(line);
    if (match) sandboxTimes.push(Number(match[1]));
  }
});
async function startApp(config: DatabaseConfig): Promise<ChildProcess> {
  const app = start("npx", ["next", "start", "-p", String(APP_PORT)], {
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(APP_PORT),
    CONNECTLY_API_KEY: API_KEY,
    CONNECTLY_BUSINESS_ID: BUSINESS_ID,
    CONNECTLY_BASE_URL: `http://127.0.0.1:${SANDBOX_PORT}`,
    PGLITE_DIR: config.pgliteDir,
    DATABASE_URL: config.databaseUrl ?? "",
    BETTER_AUTH_SECRET: "send-bench-session-secret-0123456789abcdef",
  });
  app.stdout?.resume();
  await waitFor(`${APP}/sign-in`, "next start");
  return app;
}

async function stop(child: ChildProcess): Promise<void> {
  if (!child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms`;
};

/** One engine: a fresh dashboard on it, its first account, then the sends, each beside the sandbox's own time. */
async function measure(kind: string, config: DatabaseConfig): Promise<void> {
  const app = await startApp(config);
  try {
    const actionId = sendActionId();
    const cookie = await sessionCookie();
    const logged = sandboxTimes.length;
    const actionTimes: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const elapsed = await send(actionId, cookie, `Benchmark message ${i}: your order has shipped.`);
      if (i >= WARMUP) actionTimes.push(elapsed);
    }
    // The floor: the same request without the session cookie, which the guard refuses before any query, so what
    // remains is Next.js's own handling of an action (routing, the proxy, decoding the arguments, encoding the answer).
    const floorTimes: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const elapsed = await send(actionId, null, `Benchmark message ${i}: your order has shipped.`);
      if (i >= WARMUP) floorTimes.push(elapsed);
    }
    // The log line can trail the HTTP answer by a moment.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const ownTimes = sandboxTimes.slice(logged + WARMUP);
    if (ownTimes.length !== RUNS) throw new Error(`the sandbox logged ${ownTimes.length} of ${RUNS} measured sends`);
    const overhead = actionTimes.map((time, i) => time - (ownTimes[i] ?? Number.NaN));
    const p50 = percentile(
      [...overhead].sort((a, b) => a - b),
      50,
    );
    console.log(`\n== ${kind}, load average ${loadavg()[0]?.toFixed(1)} at the end`);
    console.log(`  the action's round trip:        ${summary(actionTimes)}`);
    console.log(`  the sandbox's own time:         ${summary(ownTimes)}`);
    console.log(
      `  the dashboard's part (per send): ${summary(overhead)} (target: at most 10 ms at p50: ${p50 <= 10 ? "met" : "OVER"})`,
    );
    const floor = percentile(
      [...floorTimes].sort((a, b) => a - b),
      50,
    );
    console.log(`  floor, the action refused at once: ${summary(floorTimes)} (no session cookie: no query, no send)`);
    console.log(`  the dashboard's part above the floor: p50 ${(p50 - floor).toFixed(1)} ms`);
  } finally {
    await stop(app);
  }
}

const engines = testEngines(process.env.DATABASE_URL || process.env.TEST_DATABASE_URL);
try {
  await waitFor(`http://127.0.0.1:${SANDBOX_PORT}/__sandbox/health`, "the sandbox");
  console.log(
    `Send through the action, ${RUNS} sends after ${WARMUP} warm-up, sandbox with ${LATENCY_MS} ms added latency. ` +
      `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.versions.node}.`,
  );
  for (const engine of engines) {
    const config = await engine.freshConfig();
    const kind =
      engine.kind === "pglite" ? "embedded PGlite" : `PostgreSQL at ${new URL(config.databaseUrl ?? "").host}`;
    await measure(kind, config);
    const steps = await sendDbSteps(await engine.freshConfig());
    const floor = steps["select 1"] ?? Number.NaN;
    console.log("  the database's steps of a send, timed alone (p50 of 300):");
    for (const [name, p50] of Object.entries(steps)) {
      console.log(
        `    ${name.padEnd(20)} ${p50.toFixed(2)} ms${name === "select 1" ? "" : `  (${(p50 / floor).toFixed(1)}x select 1)`}`,
      );
    }
  }
} finally {
  await stop(sandbox);
  for (const engine of engines) await engine.cleanup();
}
