// Another checkout's suite can run beside this one on the same machine by choosing another base port.
const base = Number(process.env.E2E_PORT_BASE ?? 3111);

/** The one place the browser tests' fixed settings live: the servers' ports and the key the app must never leak. */
export const E2E = {
  appPort: base,
  appUrl: `http://127.0.0.1:${base}`,
  sandboxPort: base + 1000,
  sandboxUrl: `http://127.0.0.1:${base + 1000}`,
  // Distinctive so that finding it anywhere in what the browser receives is unambiguous.
  apiKey: "e2e-secret-key-7f3a9c1d5b",
  businessId: "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
  senders: ["+14151111234", "+14155550123"],
  webhookSecret: "e2e-webhook-secret-51c0",
  timeoutMs: 3000,
  // A second app with no configuration at all: the in-process simulator, as `npm run launch` starts it.
  sandboxAppPort: base + 1,
  sandboxAppUrl: `http://127.0.0.1:${base + 1}`,
} as const;
