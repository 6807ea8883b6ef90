import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { startWebhookReceiver, type WebhookReceiver } from "@/test-support/webhook-receiver";
import { SANDBOX_API_KEY, SANDBOX_BUSINESS_ID, SANDBOX_BUSINESS_NUMBER } from "./constants";
import { demoMessages } from "./demo-customers";
import { RESERVED_NUMBERS } from "./reserved";

const SERVER = fileURLToPath(new URL("./server.ts", import.meta.url));

let child: ChildProcessWithoutNullStreams | undefined;
let receiver: WebhookReceiver | undefined;

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = undefined;
  await receiver?.close();
  receiver = undefined;
});

// Node with tsx's loader, rather than the tsx wrapper, so that signals reach the server itself.
function run(args: string[]): ChildProcessWithoutNullStreams {
  child = spawn(process.execPath, ["--import", "tsx", SERVER, ...args]);
  return child;
}

// Keeps reading after the first line: a stream left unread or destroyed would make the server's later log
// lines fail with EPIPE and bring it down.
function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const settle = () => resolve(text.split("\n")[0] ?? "");
    stream.on("data", (chunk) => {
      text += String(chunk);
      if (text.includes("\n")) settle();
    });
    stream.on("end", settle);
    stream.on("error", reject);
  });
}

describe("the sandbox CLI", () => {
  it("announces its URL, key, business id and reserved numbers, then serves", async () => {
    const sandboxProcess = run(["--port", "0"]);
    const line = await firstLine(sandboxProcess.stdout);
    expect(line).toContain(SANDBOX_API_KEY);
    expect(line).toContain(SANDBOX_BUSINESS_ID);
    for (const { number } of RESERVED_NUMBERS) expect(line).toContain(number);
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0];
    const health = await fetch(`${url}/__sandbox/health`);
    expect(health.status).toBe(200);
  });

  it("uses the API key and business id it is given", async () => {
    const sandboxProcess = run(["--port", "0", "--api-key", "k-1", "--business-id", "biz-1"]);
    const url = /http:\/\/[^ ]+:\d+/.exec(await firstLine(sandboxProcess.stdout))?.[0];
    const response = await fetch(`${url}/v1/businesses/biz-1/send/messages`, {
      method: "POST",
      headers: { "X-API-Key": "k-1" },
      body: JSON.stringify({ recipient: { id: "+16044441111", channelType: "whatsapp" }, message: { text: "Hi" } }),
    });
    expect(response.status).toBe(200);
  });

  it.each(["SIGTERM", "SIGINT"] as const)("shuts down cleanly on %s", async (signal) => {
    const sandboxProcess = run(["--port", "0"]);
    await firstLine(sandboxProcess.stdout);
    sandboxProcess.kill(signal);
    const [code] = await once(sandboxProcess, "exit");
    expect(code).toBe(0);
  });

  it("prints one line of usage and exits 2 on an unknown flag", async () => {
    const sandboxProcess = run(["--colour", "blue"]);
    let stderr = "";
    sandboxProcess.stderr.on("data", (chunk) => (stderr += String(chunk)));
    const [code] = await once(sandboxProcess, "exit");
    expect(code).toBe(2);
    expect(stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/--colour.*usage: /)]);
  });

  it("exits 2 on a port that is not a number", async () => {
    const [code] = await once(run(["--port", "http"]), "exit");
    expect(code).toBe(2);
  });

  it("plays the demo customers, signed delivery events and simulated inbound messages to --webhook-url", async () => {
    receiver = await startWebhookReceiver("cli-secret");
    const sandboxProcess = run(["--port", "0", "--webhook-url", receiver.url, "--webhook-secret", "cli-secret"]);
    const line = await firstLine(sandboxProcess.stdout);
    expect(line).toContain(`webhook: ${receiver.url}`);
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0];
    const sent = await fetch(`${url}/v1/businesses/${SANDBOX_BUSINESS_ID}/send/messages`, {
      method: "POST",
      headers: { "X-API-Key": SANDBOX_API_KEY },
      body: JSON.stringify({ recipient: { id: "+16044441111", channelType: "whatsapp" }, message: { text: "Hi" } }),
    });
    const { id } = (await sent.json()) as { id: string };
    const inbound = await fetch(`${url}/__sandbox/inbound`, {
      method: "POST",
      body: JSON.stringify({ customer: "+16044441111", text: "Thanks!" }),
    });
    expect(inbound.status).toBe(200);
    const demo = demoMessages([SANDBOX_BUSINESS_NUMBER], new Date());
    const received = await receiver.waitFor(demo.length + 2);
    expect(received.every(({ signatureValid }) => signatureValid)).toBe(true);
    expect(received.map(({ body }) => body)).toEqual(
      expect.arrayContaining([
        ...demo.map((inbound) =>
          expect.objectContaining({ message: expect.objectContaining({ id: inbound.messageId }) }),
        ),
        expect.objectContaining({ statusUpdate: { id, status: "sent", error: null } }),
        expect.objectContaining({ message: { id: expect.any(String), text: "Thanks!" } }),
      ]),
    );
  });

  it.each([
    ["--webhook-url without a secret", ["--webhook-url", "http://127.0.0.1:3000/api/webhooks/connectly"]],
    ["--webhook-secret without a URL", ["--webhook-secret", "s"]],
    ["a --webhook-url that is not http(s)", ["--webhook-url", "ftp://example.com", "--webhook-secret", "s"]],
  ])("exits 2 on %s", async (_name, args) => {
    const sandboxProcess = run(["--port", "0", ...args]);
    let stderr = "";
    sandboxProcess.stderr.on("data", (chunk) => (stderr += String(chunk)));
    const [code] = await once(sandboxProcess, "exit");
    expect(code).toBe(2);
    expect(stderr).toMatch(/--webhook-(url|secret).*usage: /);
  });
});
