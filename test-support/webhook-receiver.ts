import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";

/** Shared by the sandbox's tests: a real HTTP endpoint standing in for the app's webhook route. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** Checked here with WebCrypto, independently of the sandbox's own signing code. */
  signatureValid: boolean;
  body: Record<string, unknown>;
  /** What the receiver answered. */
  status: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** The statuses to answer the next requests with, in order; 200 once they are used up. */
  answerNext(...statuses: number[]): void;
  /** Resolves once `count` requests have arrived; throws with what did arrive after timeoutMs. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const answers: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const signature = req.headers["x-connectly-hmac-sha256"];
      void verify(secret, rawBody, typeof signature === "string" ? signature : "").then((signatureValid) => {
        const status = answers.shift() ?? 200;
        received.push({ headers: req.headers, rawBody, signatureValid, body: JSON.parse(rawBody), status });
        res.writeHead(status).end();
      });
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/webhooks/connectly`,
    received,
    answerNext: (...statuses) => answers.push(...statuses),
    async waitFor(count, timeoutMs = 3_000) {
      const deadline = performance.now() + timeoutMs;
      while (received.length < count) {
        if (performance.now() > deadline) {
          throw new Error(`expected ${count} webhook requests, got ${JSON.stringify(received.map((r) => r.body))}`);
        }
        await delay(5);
      }
      return [...received];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function verify(secret: string, rawBody: string, signature: string): Promise<boolean> {
  const encoder = new TextEncoder();
  try {
    const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "verify",
    ]);
    const mac = Uint8Array.from(atob(signature), (char) => char.charCodeAt(0));
    return await crypto.subtle.verify("HMAC", key, mac, encoder.encode(rawBody));
  } catch {
    return false;
  }
}
