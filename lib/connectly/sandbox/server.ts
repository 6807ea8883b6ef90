/**
 * The sandbox as a standalone server, for browser tests and for trying the app by hand:
 *   npx tsx lib/connectly/sandbox/server.ts [--port 4010] [--host 127.0.0.1] [--api-key KEY] [--business-id ID]
 *     [--hang-ms 15000] [--latency-ms 100] [--webhook-url URL --webhook-secret SECRET] [--business-numbers +1…,+1…]
 * With a webhook, every accepted send is followed by signed delivery_status events posted to URL,
 * POST /__sandbox/inbound plays a customer's message there, and the demo customers' messages are played there at
 * start (to each of --business-numbers, the app's CONNECTLY_SENDERS). --latency-ms delays every API answer by that much.
 * Relative imports only: tsx does not resolve the app's `@/` alias.
 */
import { parseArgs } from "node:util";
import { SANDBOX_API_KEY, SANDBOX_BUSINESS_ID } from "./constants";
import { startSandboxServer } from "./http-server";
import { RESERVED_NUMBERS } from "./reserved";

const USAGE =
  "usage: tsx lib/connectly/sandbox/server.ts " +
  "[--port 4010] [--host 127.0.0.1] [--api-key KEY] [--business-id ID] [--hang-ms 15000] [--latency-ms 100] " +
  "[--webhook-url URL --webhook-secret SECRET] [--business-numbers +1…,+1…]";

function parseFlags(args: string[]) {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "api-key": { type: "string", default: SANDBOX_API_KEY },
      "business-id": { type: "string", default: SANDBOX_BUSINESS_ID },
      "hang-ms": { type: "string" },
      "latency-ms": { type: "string" },
      "webhook-url": { type: "string" },
      "webhook-secret": { type: "string" },
      "business-numbers": { type: "string", default: "" },
    },
  });
  if (values["api-key"] === "") throw new Error("--api-key must not be empty");
  return {
    webhook: webhookFlags(values["webhook-url"], values["webhook-secret"]),
    port: wholeNumber("port", values.port, 65_535),
    host: values.host,
    apiKey: values["api-key"],
    businessId: values["business-id"],
    hangMs: values["hang-ms"] === undefined ? undefined : wholeNumber("hang-ms", values["hang-ms"], 2 ** 31 - 1),
    latencyMs: values["latency-ms"] === undefined ? undefined : wholeNumber("latency-ms", values["latency-ms"], 60_000),
    businessNumbers: businessNumbers(values["business-numbers"]),
  };
}

function webhookFlags(url: string | undefined, secret: string | undefined) {
  if (url === undefined && secret === undefined) return undefined;
  if (url === undefined || secret === undefined || secret === "") {
    throw new Error("--webhook-url and a non-empty --webhook-secret go together");
  }
  if (!URL.canParse(url) || !["http:", "https:"].includes(new URL(url).protocol)) {
    throw new Error(`--webhook-url must be an http(s) URL, got ${JSON.stringify(url)}`);
  }
  return { url, secret, log: (line: string) => console.log(line) };
}

function businessNumbers(list: string): string[] {
  const numbers = list
    .split(",")
    .map((number) => number.trim())
    .filter(Boolean);
  const wrong = numbers.find((number) => !/^\+[1-9]\d{1,14}$/.test(number));
  if (wrong)
    throw new Error(`--business-numbers takes E.164 numbers separated by commas, got ${JSON.stringify(wrong)}`);
  return numbers;
}

function wholeNumber(flag: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new Error(`--${flag} must be a whole number up to ${max}, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

let flags: ReturnType<typeof parseFlags>;
try {
  flags = parseFlags(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
  process.exit(2);
}

const server = await startSandboxServer({ ...flags, log: (line) => console.log(line) }).catch((error: unknown) => {
  // Typically the port is taken: one line says so, rather than a stack trace.
  console.error(`the sandbox could not start on ${flags.host}:${flags.port}: ${String(error)}`);
  return process.exit(1);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`closing the sandbox failed: ${String(error)}`);
        process.exit(1);
      },
    );
  });
}

// Announced only once the signal handlers are in place, so whoever waits for this line may stop us.
const reserved = RESERVED_NUMBERS.map(({ number, behaviour }) => `${number} ${behaviour}`).join(", ");
const webhook = flags.webhook ? `; webhook: ${flags.webhook.url}` : "";
console.log(
  `Connectly sandbox on ${server.url} (X-API-Key: ${flags.apiKey}, business id: ${flags.businessId}); ` +
    `reserved recipients: ${reserved}${webhook}`,
);
// The app usually starts after the sandbox; the deliveries retry until it answers.
void server.sandbox.welcomeDemoCustomers();
