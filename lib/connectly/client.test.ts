import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { SessionMessageRequest } from "@/lib/messages/request";
import type { TemplateMessageRequest } from "@/lib/templates/types";
import { type ConnectlyClientConfig, createConnectlyClient } from "./client";
import { ConnectlyApiError, ConnectlyNetworkError, toErrorInfo } from "./errors";

const API_KEY = "test-key-5f1c0e7a9b2d";
const BUSINESS_ID = "2b8c4a6e-1f3d-4c5b-9a7e-0d2f4b6c8e1a";
const SEND_PATH = `/v1/businesses/${BUSINESS_ID}/send/messages`;

const request: SessionMessageRequest = {
  recipient: { id: "+16044441111", channelType: "whatsapp" },
  message: { text: "Your order has shipped" },
  campaignName: "shipping",
};

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

interface TestServer {
  url: string;
  received: Received[];
  connections: () => number;
}

type Responder = (res: ServerResponse, index: number, received: Received) => void;

const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** Answers the nth request with responders[n], the last responder repeating. */
async function serve(...responders: Responder[]): Promise<TestServer> {
  const received: Received[] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const entry = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(entry);
      const respond = responders[Math.min(received.length, responders.length) - 1];
      respond?.(res, received.length - 1, entry);
    });
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, connections: () => connections };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Responder {
  return (res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
}

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

function client(baseUrl: string, overrides: Partial<ConnectlyClientConfig> = {}) {
  const waits: number[] = [];
  const instance = createConnectlyClient({
    baseUrl,
    apiKey: API_KEY,
    businessId: BUSINESS_ID,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...overrides,
  });
  return { instance, waits };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

const connectlyError = {
  message: "message outside of eligibility window",
  type: "ERROR_TYPE_DEADLINE_EXCEEDED",
  code: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
  userTitle: "Window closed",
  userMessage: "The customer has not written in the last 24 hours.",
  cntTraceId: "trace-7f3a",
  details: [{ field: "recipient" }],
};

describe("sendSessionMessage", () => {
  it("posts the request to the business's send path with the key and JSON headers and returns the id", async () => {
    const server = await serve(json(200, { id: "01HZY3T6V9K2M4N8P0Q5R7S1TW" }));
    const { instance } = client(server.url);

    const sent = await instance.sendSessionMessage(request);

    expect(sent).toEqual({ id: "01HZY3T6V9K2M4N8P0Q5R7S1TW", attempts: 1 });
    expect(server.received).toHaveLength(1);
    const [received] = server.received;
    expect(received?.method).toBe("POST");
    expect(received?.url).toBe(SEND_PATH);
    expect(received?.headers["x-api-key"]).toBe(API_KEY);
    expect(received?.headers["content-type"]).toBe("application/json");
    expect(received?.headers.accept).toBe("application/json");
    expect(received?.headers["user-agent"]).toBe("connectly-composer");
    expect(JSON.parse(received?.body ?? "")).toEqual(request);
  });

  it("accepts 201 as success", async () => {
    const server = await serve(json(201, { id: "01HZY3T6V9K2M4N8P0Q5R7S1TX" }));

    await expect(client(server.url).instance.sendSessionMessage(request)).resolves.toEqual({
      id: "01HZY3T6V9K2M4N8P0Q5R7S1TX",
      attempts: 1,
    });
  });

  it("keeps the business id in one path segment and tolerates a trailing slash on the base URL", async () => {
    const server = await serve(json(200, { id: "x1" }));
    const { instance } = client(`${server.url}/`, { businessId: "biz/../1 2" });

    await instance.sendSessionMessage(request);

    expect(server.received[0]?.url).toBe("/v1/businesses/biz%2F..%2F1%202/send/messages");
  });

  it("waits as long as Retry-After says after a 429, then succeeds on the second attempt", async () => {
    const server = await serve(json(429, { message: "slow down" }, { "retry-after": "2" }), json(200, { id: "x2" }));
    const { instance, waits } = client(server.url);

    await expect(instance.sendSessionMessage(request)).resolves.toEqual({ id: "x2", attempts: 2 });
    expect(waits).toEqual([2000]);
    expect(server.received).toHaveLength(2);
  });

  it("honours a Retry-After given as an HTTP date", async () => {
    const later = new Date(Date.now() + 3000).toUTCString();
    const server = await serve(json(429, {}, { "retry-after": later }), json(200, { id: "x3" }));
    const { instance, waits } = client(server.url);

    await instance.sendSessionMessage(request);

    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1000);
    expect(waits[0]).toBeLessThanOrEqual(3000);
  });

  it("returns the 429 at once when Retry-After asks for longer than the cap", async () => {
    const server = await serve(json(429, { message: "slow down" }, { "retry-after": "60" }), json(200, { id: "x4" }));
    const { instance, waits } = client(server.url, { maxRetryAfterMs: 10_000 });

    const error = await failure(instance.sendSessionMessage(request));

    expect(error).toBeInstanceOf(ConnectlyApiError);
    expect((error as ConnectlyApiError).status).toBe(429);
    expect((error as ConnectlyApiError).attempts).toBe(1);
    expect(waits).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it("gives up after three 429s, backing off longer each time without Retry-After", async () => {
    const server = await serve(json(429, { message: "slow down", code: "ERROR_CODE_UNSPECIFIED" }));
    const { instance, waits } = client(server.url, { backoffMs: 500 });

    const error = await failure(instance.sendSessionMessage(request));

    expect(error).toBeInstanceOf(ConnectlyApiError);
    expect((error as ConnectlyApiError).status).toBe(429);
    expect((error as ConnectlyApiError).attempts).toBe(3);
    expect(server.received).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(250);
    expect(waits[0]).toBeLessThanOrEqual(500);
    expect(waits[1]).toBeGreaterThanOrEqual(500);
    expect(waits[1]).toBeLessThanOrEqual(1000);
  });

  it("honours maxAttempts", async () => {
    const server = await serve(json(429, {}));
    const { instance } = client(server.url, { maxAttempts: 1 });

    const error = await failure(instance.sendSessionMessage(request));

    expect((error as ConnectlyApiError).attempts).toBe(1);
    expect(server.received).toHaveLength(1);
  });

  it.each([500, 502, 503, 504])(
    "does not send again after a %i, which does not prove the message was not taken",
    async (status) => {
      const server = await serve(
        json(status, { message: "internal", code: "ERROR_CODE_UNSPECIFIED" }),
        json(200, { id: "x5" }),
      );
      const { instance, waits } = client(server.url);

      const error = await failure(instance.sendSessionMessage(request));

      expect(error).toMatchObject({ status, attempts: 1 });
      expect(server.received).toHaveLength(1);
      expect(waits).toEqual([]);
    },
  );

  it("does not start a retry that the send's deadline leaves no time for", async () => {
    const server = await serve(json(429, {}, { "retry-after": "2" }), json(200, { id: "x6" }));
    const { instance, waits } = client(server.url, { timeoutMs: 500, maxRetryAfterMs: 10_000 });

    const error = await failure(instance.sendSessionMessage(request));

    expect(error).toMatchObject({ status: 429, attempts: 1 });
    expect(waits).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it("maps Connectly's 400 error body field by field and does not retry it", async () => {
    const server = await serve(json(400, connectlyError));
    const { instance } = client(server.url);

    const error = await failure(instance.sendSessionMessage(request));

    expect(error).toBeInstanceOf(ConnectlyApiError);
    expect(error).toMatchObject({
      status: 400,
      code: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
      type: "ERROR_TYPE_DEADLINE_EXCEEDED",
      message: "message outside of eligibility window",
      userTitle: "Window closed",
      userMessage: "The customer has not written in the last 24 hours.",
      traceId: "trace-7f3a",
      details: [{ field: "recipient" }],
      attempts: 1,
    });
    expect(server.received).toHaveLength(1);
  });

  it("reports a 401 without retrying it", async () => {
    const server = await serve(
      json(401, {
        message: "invalid api key",
        code: "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT",
        type: "ERROR_TYPE_INVALID_REQUEST",
      }),
    );
    const { instance } = client(server.url);

    const error = await failure(instance.sendSessionMessage(request));

    expect(error).toMatchObject({ status: 401, code: "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT", attempts: 1 });
    expect(server.received).toHaveLength(1);
  });

  it("maps a proxy's HTML 502 page to an API error instead of a parse error", async () => {
    const server = await serve((res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>nginx</body></html>");
    });
    const { instance } = client(server.url);

    const error = await failure(instance.sendSessionMessage(request));

    expect(error).toBeInstanceOf(ConnectlyApiError);
    expect(error).toMatchObject({ status: 502, code: "ERROR_CODE_UNSPECIFIED", attempts: 1 });
    expect((error as Error).message).toContain("502 Bad Gateway");
  });

  it("treats a success without an id as an error", async () => {
    const server = await serve(json(200, { ok: true }));
    const { instance } = client(server.url);

    const error = await failure(instance.sendSessionMessage(request));

    expect(error).toBeInstanceOf(ConnectlyApiError);
    expect(error).toMatchObject({ status: 200, code: "ERROR_CODE_UNSPECIFIED", attempts: 1 });
    expect((error as Error).message).toContain("without a message id");
    expect(server.received).toHaveLength(1);
  });

  it("times out a server that never answers after one attempt only", async () => {
    const server = await serve(() => {});
    const { instance, waits } = client(server.url, { timeoutMs: 200 });

    const started = Date.now();
    const error = await failure(instance.sendSessionMessage(request));

    expect(error).toBeInstanceOf(ConnectlyNetworkError);
    expect(error).toMatchObject({ kind: "timeout", code: "TIMEOUT", attempts: 1, timeoutMs: 200 });
    expect((error as Error).message).toBe("Connectly did not answer within 200 ms");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("times out an answer whose body stalls", async () => {
    const server = await serve((res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"id":');
    });
    const { instance } = client(server.url, { timeoutMs: 200 });

    const error = await failure(instance.sendSessionMessage(request));

    expect(error).toMatchObject({ kind: "timeout", attempts: 1 });
  });

  it("retries a refused connection and reports a network error after three attempts", async () => {
    const { instance, waits } = client(await closedPortUrl());

    const error = await failure(instance.sendSessionMessage(request));

    expect(error).toBeInstanceOf(ConnectlyNetworkError);
    expect(error).toMatchObject({ kind: "network", code: "CONNECTION_FAILED", attempts: 3 });
    expect((error as Error).message).toBe("Could not connect to Connectly (ECONNREFUSED)");
    expect(waits).toHaveLength(2);
  });

  it("does not retry when the connection drops after the request was sent", async () => {
    const server = await serve((res) => res.socket?.destroy());
    const { instance } = client(server.url);

    const error = await failure(instance.sendSessionMessage(request));

    expect(error).toMatchObject({ kind: "network", code: "CONNECTION_LOST", attempts: 1 });
    // Kept in history and shown there: no address of this server's configuration.
    expect((error as Error).message).not.toMatch(/127\.0\.0\.1|http/);
    expect(server.received).toHaveLength(1);
  });

  it("does not follow a redirect, so the key never reaches another host", async () => {
    const elsewhere = await serve(json(200, { id: "stolen" }));
    const server = await serve((res) => {
      res.writeHead(307, { location: `${elsewhere.url}${SEND_PATH}` });
      res.end();
    });

    const error = await failure(client(server.url).instance.sendSessionMessage(request));

    expect(error).toMatchObject({ status: 307 });
    expect(elsewhere.received).toHaveLength(0);
  });

  it("reuses one keep-alive connection across sends, large error answers included", async () => {
    // Larger than undici's read buffer: an unread body would hold the socket and force a new connection.
    const large =
      (status: number): Responder =>
      (res) => {
        res.writeHead(status, { "content-type": "text/html" });
        res.end(`<p>${"x".repeat(200_000)}</p>`);
      };
    const server = await serve(large(400), large(500), json(200, { id: "x6" }));
    const { instance } = client(server.url, { maxAttempts: 1 });
    // Undici hands the socket back to its pool a tick after the body's last byte has been read.
    const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

    await failure(instance.sendSessionMessage(request));
    await tick();
    await failure(instance.sendSessionMessage(request));
    await tick();
    await instance.sendSessionMessage(request);

    expect(server.received).toHaveLength(3);
    expect(server.connections()).toBe(1);
  });

  it("passes an error thrown by a custom fetch through unchanged", async () => {
    const bug = new RangeError("sandbox bug");
    const { instance } = client("http://127.0.0.1:9", {
      fetch: async () => {
        throw bug;
      },
    });

    await expect(instance.sendSessionMessage(request)).rejects.toBe(bug);
  });
});

describe("sendTemplateMessage", () => {
  const templateRequest: TemplateMessageRequest = {
    number: "+16044441111",
    templateName: "order_shipped",
    language: "en_US",
    parameters: [
      { name: "header_document", value: "https://example.com/invoice.pdf", filename: "invoice.pdf" },
      { name: "body_1", value: "Ana" },
      { name: "button_1_url", value: "4521" },
    ],
    sender: "+14151111234",
    campaignName: "shipping",
  };

  it("posts the request to the templated-messages path with the key and JSON headers and returns the id", async () => {
    const server = await serve(json(200, { id: "01HZY3T6V9K2M4N8P0Q5R7S1TY" }));

    const sent = await client(server.url).instance.sendTemplateMessage(templateRequest);

    expect(sent).toEqual({ id: "01HZY3T6V9K2M4N8P0Q5R7S1TY", attempts: 1 });
    const [received] = server.received;
    expect(received?.method).toBe("POST");
    expect(received?.url).toBe(`/v1/businesses/${BUSINESS_ID}/send/whatsapp_templated_messages`);
    expect(received?.headers["x-api-key"]).toBe(API_KEY);
    expect(received?.headers["content-type"]).toBe("application/json");
    expect(received?.body).toBe(JSON.stringify(templateRequest));
  });

  it("retries a 429 and maps Connectly's error body like a session send", async () => {
    const server = await serve(
      json(429, {}),
      json(400, {
        message: "template not found",
        type: "ERROR_TYPE_INVALID_REQUEST",
        code: "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND",
      }),
    );
    const { instance, waits } = client(server.url);

    const error = await failure(instance.sendTemplateMessage(templateRequest));

    expect(error).toBeInstanceOf(ConnectlyApiError);
    expect(error).toMatchObject({ status: 400, code: "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND", attempts: 2 });
    expect(waits).toHaveLength(1);
  });
});

describe("listTemplates", () => {
  const answer = { entity: { templateGroups: [{ id: "g1", name: "order_shipped", templates: [] }] } };

  it("posts an empty body to the business's get/templates path and returns the answer as received", async () => {
    const server = await serve(json(200, answer));

    const templates = await client(server.url).instance.listTemplates();

    expect(templates).toEqual(answer);
    const [received] = server.received;
    expect(received?.method).toBe("POST");
    expect(received?.url).toBe(`/v1/businesses/${BUSINESS_ID}/get/templates`);
    expect(received?.headers["x-api-key"]).toBe(API_KEY);
    expect(received?.headers.accept).toBe("application/json");
    expect(received?.headers["content-type"]).toBeUndefined();
    expect(received?.headers["content-length"]).toBe("0");
    expect(received?.body).toBe("");
  });

  it("treats an answer that is not a JSON object as an error", async () => {
    const server = await serve((res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<p>maintenance</p>");
    });

    const error = await failure(client(server.url).instance.listTemplates());

    expect(error).toBeInstanceOf(ConnectlyApiError);
    expect((error as Error).message).toContain("without a template list");
  });

  it("reports a 401 without retrying it", async () => {
    const server = await serve(json(401, { code: "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT", message: "invalid key" }));

    const error = await failure(client(server.url).instance.listTemplates());

    expect(error).toMatchObject({ status: 401, code: "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT", attempts: 1 });
    expect(server.received).toHaveLength(1);
  });
});

describe("the API key", () => {
  it("never appears in an error or its stored form, even when the server echoes it", async () => {
    const echo = await serve((res, _index, received) => {
      res.writeHead(400, { "content-type": "application/json" });
      const key = String(received.headers["x-api-key"]);
      res.end(JSON.stringify({ message: `bad key ${key}`, userMessage: key, cntTraceId: key }));
    });
    const htmlEcho = await serve((res, _index, received) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end(`<p>upstream rejected ${String(received.headers["x-api-key"])}</p>`);
    });
    const silent = await serve(() => {});
    const dropping = await serve((res) => res.socket?.destroy());

    const errors = await Promise.all([
      failure(client(echo.url).instance.sendSessionMessage(request)),
      failure(client(htmlEcho.url).instance.sendSessionMessage(request)),
      failure(client(silent.url, { timeoutMs: 200 }).instance.sendSessionMessage(request)),
      failure(client(dropping.url).instance.sendSessionMessage(request)),
      failure(client(await closedPortUrl()).instance.sendSessionMessage(request)),
    ]);

    expect(echo.received[0]?.headers["x-api-key"]).toBe(API_KEY);
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).not.toContain(API_KEY);
      expect(JSON.stringify(error)).not.toContain(API_KEY);
      expect(JSON.stringify(toErrorInfo(error))).not.toContain(API_KEY);
    }
    expect((errors[0] as Error).message).toContain("[redacted]");
  });

  it("is redacted in its Base64 and URL-encoded forms too, wherever the encoding starts", async () => {
    const key = "k3y/with+odd=chars";
    const forms = (received: Received) => {
      const sent = String(received.headers["x-api-key"]);
      return [
        encodeURIComponent(sent),
        Buffer.from(sent).toString("base64"),
        Buffer.from(`x:${sent}`).toString("base64"),
        Buffer.from(`xy:${sent}`).toString("base64url"),
      ].join(" | ");
    };
    const echo = await serve((res, _index, received) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `echo ${forms(received)}` }));
    });

    const error = await failure(client(echo.url, { apiKey: key }).instance.sendSessionMessage(request));

    const message = (error as Error).message;
    expect(message).toContain("[redacted]");
    expect(message).not.toContain(encodeURIComponent(key));
    expect(message).not.toContain(Buffer.from(key).toString("base64").slice(2, -4));
    expect(message).not.toContain(Buffer.from(`x:${key}`).toString("base64").slice(4, -4));
    expect(message).not.toContain(Buffer.from(`xy:${key}`).toString("base64url").slice(5, -4));
  });

  it("is rejected at creation when it could not be sent as a header, without quoting it", () => {
    const create = (apiKey: string) => () =>
      createConnectlyClient({ baseUrl: "http://127.0.0.1:9", apiKey, businessId: BUSINESS_ID });

    expect(create("secret-with\nnewline")).toThrow(
      /^The Connectly API key must be non-empty and made of visible ASCII characters only$/,
    );
    expect(create("")).toThrow(/non-empty/);
  });
});
