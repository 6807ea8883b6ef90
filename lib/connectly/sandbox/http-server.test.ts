import { Agent, request as httpRequest } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { SEND_PATH, textTo } from "@/test-support/sandbox-requests";
import { startWebhookReceiver, type WebhookReceiver } from "@/test-support/webhook-receiver";
import { SANDBOX_API_KEY } from "./constants";
import { type SandboxServer, type SandboxServerOptions, startSandboxServer } from "./http-server";
import { reservedNumberFor } from "./reserved";

let server: SandboxServer | undefined;
let receiver: WebhookReceiver | undefined;

afterEach(async () => {
  await server?.close();
  await receiver?.close();
  server = undefined;
  receiver = undefined;
});

function postInbound(base: SandboxServer, body: unknown): Promise<Response> {
  return fetch(`${base.url}/__sandbox/inbound`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function start(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  server = await startSandboxServer(options);
  return server;
}

function post(base: SandboxServer, body: unknown, init: RequestInit = {}): Promise<Response> {
  return fetch(`${base.url}${SEND_PATH}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-API-Key": SANDBOX_API_KEY },
    body: JSON.stringify(body),
    ...init,
  });
}

async function eventually<T>(read: () => T, accept: (value: T) => boolean, timeoutMs = 2_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (accept(value) || performance.now() > deadline) return value;
    await delay(10);
  }
}

describe("the sandbox HTTP server", () => {
  it("listens on a free port of 127.0.0.1 by default", async () => {
    const { url, port } = await start();
    expect(url).toBe(`http://127.0.0.1:${port}`);
    expect(port).toBeGreaterThan(0);
  });

  it("answers its health check", async () => {
    const response = await fetch(`${(await start()).url}/__sandbox/health`);
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { ok: true } });
  });

  it("answers a send over the socket with an id, and the request reaches received()", async () => {
    const sandboxServer = await start();
    const response = await post(sandboxServer, textTo("+16044441111"));
    const answer = await response.json();
    expect({ status: response.status, type: response.headers.get("content-type") }).toEqual({
      status: 200,
      type: "application/json",
    });
    expect(sandboxServer.sandbox.received()).toMatchObject([
      {
        method: "POST",
        path: SEND_PATH,
        apiKey: SANDBOX_API_KEY,
        body: textTo("+16044441111"),
        status: 200,
        response: answer,
      },
    ]);
  });

  it("passes Connectly's error answers and their headers through", async () => {
    const response = await post(await start(), textTo(reservedNumberFor("rate-limited")));
    expect({ status: response.status, retryAfter: response.headers.get("retry-after") }).toEqual({
      status: 429,
      retryAfter: "1",
    });
    expect(await response.json()).toMatchObject({ code: "ERROR_CODE_UNSPECIFIED" });
  });

  it("hands the handler the whole of a large body", async () => {
    const sandboxServer = await start();
    const text = "a".repeat(300_000);
    const response = await post(sandboxServer, textTo("+16044441111", text));
    // Refused for WhatsApp's 4,096 characters, which only a body read to its end can tell.
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: expect.stringMatching(/4096 characters/) });
    expect(sandboxServer.sandbox.received()[0]?.body).toEqual(textTo("+16044441111", text));
  });

  it("lists received requests at /__sandbox/requests", async () => {
    const sandboxServer = await start();
    await post(sandboxServer, textTo("+16044441111"), { headers: { "X-API-Key": "wrong" } });
    const listed = await (await fetch(`${sandboxServer.url}/__sandbox/requests`)).json();
    expect(listed).toMatchObject([{ method: "POST", apiKey: "wrong", status: 401 }]);
  });

  it("clears received requests on DELETE /__sandbox/requests", async () => {
    const sandboxServer = await start();
    await post(sandboxServer, textTo("+16044441111"));
    const cleared = await fetch(`${sandboxServer.url}/__sandbox/requests`, { method: "DELETE" });
    const listed = await (await fetch(`${sandboxServer.url}/__sandbox/requests`)).json();
    expect({ status: cleared.status, listed }).toEqual({ status: 204, listed: [] });
  });

  it("answers 404 for an inspection endpoint it does not have", async () => {
    const response = await fetch(`${(await start()).url}/__sandbox/nothing`);
    expect(response.status).toBe(404);
  });

  it("stops a hanging request when its client disconnects", async () => {
    const sandboxServer = await start({ hangMs: 10_000 });
    const started = performance.now();
    const outcome = post(sandboxServer, textTo(reservedNumberFor("never-answers")), {
      signal: AbortSignal.timeout(100),
    });
    await expect(outcome).rejects.toMatchObject({ name: "TimeoutError" });
    const received = await eventually(
      () => sandboxServer.sandbox.received(),
      (requests) => requests.length > 0,
    );
    expect(received.map(({ status }) => status)).toEqual([499]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("keeps a connection alive across requests", async () => {
    const { url } = await start();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ status: number | undefined; reused: boolean }>((resolve, reject) => {
        const req = httpRequest(`${url}/__sandbox/health`, { agent }, (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode, reused: req.reusedSocket }));
        });
        req.on("error", reject).end();
      });
    try {
      const first = await get();
      const second = await get();
      expect([first, second]).toEqual([
        { status: 200, reused: false },
        { status: 200, reused: true },
      ]);
    } finally {
      agent.destroy();
    }
  });

  it("logs one line per request with method, path, status and time", async () => {
    const lines: string[] = [];
    const sandboxServer = await start({ log: (line) => lines.push(line) });
    await (await post(sandboxServer, textTo("+16044441111"))).json();
    const logged = await eventually(
      () => lines,
      (all) => all.length > 0,
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^POST \/v1\/businesses\/[^ ]+\/send\/messages 200 \d+ms$/);
  });

  it("closes promptly even while a request hangs", async () => {
    const sandboxServer = await start({ hangMs: 10_000 });
    const hanging = post(sandboxServer, textTo(reservedNumberFor("never-answers"))).catch((error: unknown) => error);
    await delay(100); // for the request to reach the server and start hanging
    const started = performance.now();
    await sandboxServer.close();
    server = undefined;
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await hanging).toBeInstanceOf(Error);
  });

  it("plays a customer's message to the webhook on POST /__sandbox/inbound", async () => {
    receiver = await startWebhookReceiver("secret-1");
    const sandboxServer = await start({ webhook: { url: receiver.url, secret: "secret-1" } });
    const response = await postInbound(sandboxServer, { customer: "+16044441111", text: "Is it in stock?" });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: { delivered: true, attempts: 1, status: 200 },
    });
    expect(receiver.received).toMatchObject([
      { signatureValid: true, body: { sender: { id: "+16044441111" }, message: { text: "Is it in stock?" } } },
    ]);
  });

  it("answers 400 naming the problem with a simulated inbound message", async () => {
    receiver = await startWebhookReceiver("secret-1");
    const sandboxServer = await start({ webhook: { url: receiver.url, secret: "secret-1" } });
    const response = await postInbound(sandboxServer, { customer: "+16044441111" });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 400,
      body: { message: "give text, an attachment, a location, a buttonResponse or a listResponse" },
    });
    expect((await postInbound(sandboxServer, "{not json")).status).toBe(400);
  });

  it("answers 409 to a simulated inbound message when it has no webhook", async () => {
    const response = await postInbound(await start(), { customer: "+16044441111", text: "Hi" });
    expect(response.status).toBe(409);
  });

  it("answers 502 when the webhook never took the simulated message", async () => {
    receiver = await startWebhookReceiver("secret-1");
    receiver.answerNext(500, 500);
    const sandboxServer = await start({ webhook: { url: receiver.url, secret: "secret-1", retryDelaysMs: [10] } });
    const response = await postInbound(sandboxServer, { customer: "+16044441111", text: "Hi" });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 502,
      body: { delivered: false, attempts: 2, status: 500 },
    });
  });

  it("stops its pending webhook events when it closes", async () => {
    receiver = await startWebhookReceiver("secret-1");
    const sandboxServer = await start({ webhook: { url: receiver.url, secret: "secret-1", delaysMs: [10, 200, 300] } });
    await (await post(sandboxServer, textTo("+16044441111"))).json();
    await receiver.waitFor(1);
    await sandboxServer.close();
    server = undefined;
    await delay(350);
    expect(receiver.received).toHaveLength(1);
  });
});
