import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { E2E, signedIn } from "./e2e/support/e2e-config";

const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  throw new Error(
    `The browser tests drive Debian's Chromium at ${CHROMIUM}, which is not installed. ` +
      "Install it with `apt-get install -y chromium` (or run `bash .ci/run`, which does).",
  );
}

// Playwright evaluates this file again in every worker; only the runner starts servers, so only it needs a fresh
// database directory (workers inherit the value through the environment).
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "composer-e2e-"));
const dataDir = process.env.E2E_DATA_DIR;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: E2E.appUrl,
    // Tall enough that the whole phone preview is on screen, as on a laptop.
    viewport: { width: 1280, height: 1000 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // Signs up the Admin at first run (on both apps), invites an Agent and a Viewer, and saves each one's session.
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { browserName: "chromium" } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { browserName: "chromium", storageState: signedIn("default") },
    },
    // The dashboard follows the system's dark setting: the accessibility scans again, with it on.
    {
      name: "chromium dark",
      dependencies: ["setup"],
      testMatch: /a11y\.spec\.ts$/,
      use: { browserName: "chromium", storageState: signedIn("default"), colorScheme: "dark" },
    },
  ],
  webServer: [
    {
      command: [
        "npx tsx lib/connectly/sandbox/server.ts",
        `--port ${E2E.sandboxPort} --api-key ${E2E.apiKey} --business-id ${E2E.businessId}`,
        `--webhook-url ${E2E.appUrl}/api/webhooks/connectly --webhook-secret ${E2E.webhookSecret}`,
        `--business-numbers ${E2E.senders.join(",")}`,
      ].join(" "),
      url: `${E2E.sandboxUrl}/__sandbox/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
    },
    {
      command: "npm run start",
      url: `${E2E.appUrl}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        PORT: String(E2E.appPort),
        CONNECTLY_API_KEY: E2E.apiKey,
        CONNECTLY_BUSINESS_ID: E2E.businessId,
        CONNECTLY_BASE_URL: E2E.sandboxUrl,
        CONNECTLY_SENDERS: E2E.senders.join(","),
        CONNECTLY_WEBHOOK_SECRET: E2E.webhookSecret,
        // Short, so the never-answering number's Unknown arrives in seconds.
        CONNECTLY_TIMEOUT_MS: String(E2E.timeoutMs),
        BETTER_AUTH_SECRET: E2E.authSecret,
        SMTP_URL: `smtp://127.0.0.1:${E2E.smtpPort}`,
        SMTP_FROM: "WhatsApp Composer <composer@example.com>",
        APP_URL: E2E.appUrl,
        PGLITE_DIR: path.join(dataDir, "live"),
        DATABASE_URL: "",
      },
    },
    {
      command: "npm run start",
      url: `${E2E.sandboxAppUrl}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      env: {
        PORT: String(E2E.sandboxAppPort),
        CONNECTLY_API_KEY: "",
        CONNECTLY_BASE_URL: "",
        CONNECTLY_SENDERS: "",
        CONNECTLY_WEBHOOK_SECRET: "",
        BETTER_AUTH_SECRET: "",
        SMTP_URL: "",
        APP_URL: E2E.sandboxAppUrl,
        PGLITE_DIR: path.join(dataDir, "sandbox"),
        DATABASE_URL: "",
      },
    },
  ],
});
