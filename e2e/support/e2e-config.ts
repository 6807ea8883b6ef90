import path from "node:path";

// Another checkout's suite can run beside this one on the same machine by choosing another base port.
const base = Number(process.env.E2E_PORT_BASE ?? 3111);

/** The one place the browser tests' fixed settings live: the servers' ports and the key the app must never leak. */
export const E2E = {
  appPort: base,
  appUrl: `http://127.0.0.1:${base}`,
  sandboxPort: base + 1000,
  sandboxUrl: `http://127.0.0.1:${base + 1000}`,
  // The live app emails invitations here; the test that checks the email starts a sink on this port.
  smtpPort: base + 2000,
  // Distinctive so that finding it anywhere in what the browser receives is unambiguous.
  apiKey: "e2e-secret-key-7f3a9c1d5b",
  businessId: "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
  senders: ["+14151111234", "+14155550123"],
  webhookSecret: "e2e-webhook-secret-51c0",
  timeoutMs: 3000,
  authSecret: "e2e-session-secret-3c9d1f7a5b2e4680a1c3",
  // A second app with no configuration at all: the in-process simulator, as `npm run launch` starts it.
  sandboxAppPort: base + 1,
  sandboxAppUrl: `http://127.0.0.1:${base + 1}`,
  // The zero-configuration app's built-in webhook secret (lib/env.ts), for webhooks the simulator cannot play.
  sandboxWebhookSecret: "sandbox-webhook-secret",
} as const;

export interface TestPerson {
  name: string;
  email: string;
  password: string;
}

/** The people the setup project signs up: the Admin at first run, the others by invitation. */
export const PEOPLE = {
  admin: { name: "Ada Admin", email: "ada@example.com", password: "ada's long password" },
  agent: { name: "Aga Agent", email: "aga@example.com", password: "aga's long password" },
  viewer: { name: "Vic Viewer", email: "vic@example.com", password: "vic's long password" },
} as const satisfies Record<string, TestPerson>;

export type SignedIn = keyof typeof PEOPLE | "sandbox-admin" | "default";

/**
 * The saved browser state of a signed-in person, made by e2e/auth.setup.ts. "default", which every test gets unless
 * it asks for another, is the Agent on the live app and the Admin on the zero-configuration app: each app names its
 * session cookie after its port, so both live side by side in one browser.
 */
export function signedIn(who: SignedIn): string {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error("E2E_DATA_DIR is set by playwright.config.ts");
  return path.join(dir, "auth", `${who}.json`);
}
