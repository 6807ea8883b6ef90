import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createSandbox, type Sandbox, type SandboxOptions } from "./handler";
import { inboundProblem, type SimulatedInbound } from "./simulated-inbound";
import type { WebhookDelivery } from "./webhook-playback";

export interface SandboxServerOptions extends SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  log?: (line: string) => void;
}

export interface SandboxServer {
  url: string;
  port: number;
  sandbox: Sandbox;
  close(): Promise<void>;
}

const INSPECTION_PREFIX = "/__sandbox/";

// Set by Node per connection; a fetch Request must not carry them.
const HOP_BY_HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection"]);

/**
 * Serves the sandbox over real HTTP, plus endpoints under /__sandbox/ that Connectly does not have:
 * GET /__sandbox/health, GET and DELETE /__sandbox/requests, and POST /__sandbox/inbound
 * {customer, businessNumber? (null: none named), text, customerName?}, which plays a customer's message to the webhook.
 */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const { port = 0, host = "127.0.0.1", log, ...sandboxOptions } = options;
  const sandbox = createSandbox(sandboxOptions);

  const server = createServer((req, res) => {
    const started = performance.now();
    res.on("close", () => {
      const outcome = res.writableFinished ? String(res.statusCode) : "aborted";
      log?.(`${req.method} ${req.url} ${outcome} ${Math.round(performance.now() - started)}ms`);
    });
    const path = new URL(req.url ?? "/", "http://sandbox").pathname;
    const serve = path.startsWith(INSPECTION_PREFIX) ? inspect(sandbox, path, req, res) : bridge(sandbox, req, res);
    serve.catch((error: unknown) => {
      // A client that went away (the usual reason to land here) has nobody left to answer.
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      sendJson(res, 500, { message: error instanceof Error ? error.message : String(error) });
    });
  });

  server.listen(port, host);
  await once(server, "listening");
  const address = server.address() as AddressInfo;
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;

  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    sandbox,
    close: async () => {
      await Promise.all([
        sandbox.close(),
        new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          // Idle keep-alive sockets and hanging requests would otherwise hold close() open.
          server.closeAllConnections();
        }),
      ]);
    },
  };
}

async function inspect(sandbox: Sandbox, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (path === "/__sandbox/inbound" && req.method === "POST") {
    await simulateInbound(sandbox, await readBody(req), res);
    return;
  }
  req.resume();
  if (path === "/__sandbox/health" && (req.method === "GET" || req.method === "HEAD")) {
    sendJson(res, 200, { ok: true });
  } else if (path === "/__sandbox/requests" && req.method === "GET") {
    sendJson(res, 200, sandbox.received());
  } else if (path === "/__sandbox/requests" && req.method === "DELETE") {
    sandbox.reset();
    res.writeHead(204).end();
  } else {
    sendJson(res, 404, { message: `no sandbox inspection endpoint ${req.method} ${path}` });
  }
}

// Answers 200 with the delivery once the app took it, 502 when it did not, 409 without a webhook to post to.
async function simulateInbound(sandbox: Sandbox, body: Buffer<ArrayBuffer>, res: ServerResponse): Promise<void> {
  let inbound: unknown;
  try {
    inbound = JSON.parse(body.toString("utf8"));
  } catch {
    sendJson(res, 400, { message: "the body is not valid JSON" });
    return;
  }
  const problem = inboundProblem(inbound);
  if (problem) {
    sendJson(res, 400, { message: problem });
    return;
  }
  let delivery: WebhookDelivery;
  try {
    delivery = await sandbox.simulateInbound(inbound as SimulatedInbound);
  } catch (error) {
    sendJson(res, 409, { message: error instanceof Error ? error.message : String(error) });
    return;
  }
  sendJson(res, delivery.delivered ? 200 : 502, delivery);
}

async function readBody(req: IncomingMessage): Promise<Buffer<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function bridge(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort(new Error("the client disconnected"));
  });

  const body = await readBody(req);

  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] ?? "";
    if (!HOP_BY_HOP_HEADERS.has(name.toLowerCase())) headers.append(name, req.rawHeaders[i + 1] ?? "");
  }
  const method = req.method ?? "GET";
  const request = new Request(new URL(req.url ?? "/", `http://${req.headers.host ?? "sandbox"}`), {
    method,
    headers,
    body: method === "GET" || method === "HEAD" ? undefined : body,
    signal: controller.signal,
  });

  const response = await sandbox.handle(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body) {
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (!res.write(chunk.value)) await once(res, "drain", { signal: controller.signal });
    }
  }
  res.end();
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) }).end(text);
}
