import { monotonicFactory } from "ulid";
import { SANDBOX_API_KEY, SANDBOX_BUSINESS_ID, SANDBOX_BUSINESS_NUMBER } from "./constants";
import { type CustomerWrote, createCustomerWindows } from "./customer-windows";
import { demoMessages } from "./demo-customers";
import { errorBody, invalidRequest, type Rejection } from "./error-body";
import { reservedBehaviourOf, willFailDelivery } from "./reserved";
import { inboundEvent, inboundProblem, type SimulatedInbound, writtenTo } from "./simulated-inbound";
import { type ConnectlyTemplatesResponse, SANDBOX_TEMPLATE_GROUPS } from "./templates";
import { validateSessionMessage } from "./validate-session-message";
import { bareRecipientId, validateTemplateMessage } from "./validate-template-message";
import { createPlayback, type WebhookDelivery, type WebhookOptions } from "./webhook-playback";

export interface SandboxOptions {
  apiKey?: string;
  businessId?: string;
  /** How long the never-answering number hangs before its 504. */
  hangMs?: number;
  /** Waited before every answer, standing in for the network and Connectly's own time (benchmarks use 100). */
  latencyMs?: number;
  now?: () => Date;
  /** Where to play delivery events back after each accepted send; without it there is no playback. */
  webhook?: WebhookOptions;
  /** The business numbers the demo customers write to; the sandbox's own number when empty. */
  businessNumbers?: readonly string[];
}

export interface ReceivedRequest {
  at: string;
  method: string;
  path: string;
  /** The X-API-Key header exactly as sent, so tests can check what the app sent. */
  apiKey: string | null;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: unknown;
  /** 499 when the caller gave up before an answer (nginx's "client closed request"). */
  status: number;
  response: unknown;
}

export interface Sandbox {
  handle(request: Request): Promise<Response>;
  received(): ReceivedRequest[];
  /** How many requests are being answered right now (a hanging one counts until it ends). */
  inFlight(): number;
  reset(): void;
  /**
   * Posts a signed inbound message event to the webhook, as if the customer had written; resolves once
   * the receiver answered 200 or the retries ran out. Rejects when the sandbox has no webhook.
   */
  simulateInbound(inbound: SimulatedInbound): Promise<WebhookDelivery>;
  /**
   * Plays the demo customers' messages (demo-customers.ts) to the webhook, retrying patiently, since the app may
   * still be starting. Their windows are open from the sandbox's creation whether or not this is called.
   */
  welcomeDemoCustomers(businessNumbers?: readonly string[]): Promise<WebhookDelivery[]>;
  /** Takes the app's record of who wrote when, in place of the sandbox's own (the in-process sandbox at start-up). */
  rememberWindows(all: CustomerWrote[]): void;
  /** Cancels every pending webhook event; resolves once in-flight deliveries have let go. */
  close(): Promise<void>;
}

type Route = "session" | "template" | "templates";

const ROUTES: readonly [RegExp, Route][] = [
  [/^\/v1\/businesses\/([^/]+)\/send\/messages$/, "session"],
  [/^\/v1\/businesses\/([^/]+)\/send\/whatsapp_templated_messages$/, "template"],
  [/^\/v1\/businesses\/([^/]+)\/get\/templates$/, "templates"],
];
const DEFAULT_HANG_MS = 15_000;
// The app may take a while to start listening after the sandbox (or, in-process, after its own start-up hook).
const PATIENT_RETRIES_MS = [500, 1000, 2000, 4000, 8000, 15_000, 30_000];
const RECEIVED_LIMIT = 1000;
const CLIENT_CLOSED_REQUEST = 499;

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const apiKey = options.apiKey ?? SANDBOX_API_KEY;
  const businessId = options.businessId ?? SANDBOX_BUSINESS_ID;
  const hangMs = options.hangMs ?? DEFAULT_HANG_MS;
  const latencyMs = options.latencyMs ?? 0;
  const now = options.now ?? (() => new Date());
  const nextId = monotonicFactory();
  let received: ReceivedRequest[] = [];
  let answering = 0;

  const playback = options.webhook ? createPlayback(options.webhook, now) : undefined;
  const businessNumbers = options.businessNumbers?.length ? options.businessNumbers : [SANDBOX_BUSINESS_NUMBER];
  const windows = createCustomerWindows();
  const remember = (inbound: SimulatedInbound) => {
    if (inbound.echo) return;
    const at = inbound.at === undefined ? now() : new Date(inbound.at);
    // A message naming no business number counts for every number, as the app's badge counts it.
    windows.remember({ customer: inbound.customer, businessNumber: writtenTo(inbound), at });
  };
  for (const inbound of demoMessages(businessNumbers, now())) remember(inbound);

  async function answer(request: Request, path: string, parsedBody: unknown): Promise<Answer> {
    const matched = matchRoute(path);
    if (!matched) {
      return rejected(clientMistake(404, `no route for ${request.method} ${path}`));
    }
    if (request.method !== "POST") {
      return {
        ...rejected(clientMistake(405, `method ${request.method} is not allowed; use POST`)),
        headers: { Allow: "POST" },
      };
    }
    const sentKey = request.headers.get("x-api-key");
    if (!sentKey) {
      return rejected(unauthorized("the X-API-Key header is missing"));
    }
    if (sentKey !== apiKey) {
      return rejected(unauthorized("the API key is not valid"));
    }
    if (matched.businessId !== businessId) {
      return rejected(unauthorized(`the API key does not belong to business ${matched.businessId}`));
    }
    if (matched.route === "templates") {
      // A copy, so that nothing holding the answer (received() included) can change the fixture.
      const templates: ConnectlyTemplatesResponse = {
        entity: { templateGroups: structuredClone([...SANDBOX_TEMPLATE_GROUPS]) },
      };
      return { status: 200, body: templates };
    }
    if (parsedBody === undefined) {
      return rejected(clientMistake(400, "the request body is not valid JSON"));
    }
    const verdict =
      matched.route === "session"
        ? validateSessionMessage(parsedBody)
        : validateTemplateMessage(parsedBody, SANDBOX_TEMPLATE_GROUPS);
    if (!verdict.ok) return rejected(verdict.rejection);

    const trouble = await reservedTrouble(verdict.recipientId, request.signal);
    if (trouble) return trouble;
    // The other reserved numbers behave as listed whatever their window; templates need none.
    const reserved = reservedBehaviourOf(verdict.recipientId);
    if (
      matched.route === "session" &&
      (reserved === undefined || reserved === "window-closed") &&
      !windows.isOpen(verdict.recipientId, verdict.senderId, now())
    ) {
      return rejected(windowClosed());
    }

    const id = nextId(now().getTime());
    const { callbackData, campaignName } = parsedBody as { callbackData?: unknown; campaignName?: unknown };
    playback?.play(
      {
        id,
        recipientId: bareRecipientId(verdict.recipientId),
        senderId: verdict.senderId ?? SANDBOX_BUSINESS_NUMBER,
        callbackData: callbackData ?? undefined,
        campaignName: typeof campaignName === "string" ? campaignName : undefined,
      },
      willFailDelivery(verdict.recipientId),
    );
    if (reservedBehaviourOf(verdict.recipientId) === "accepted-then-unavailable") {
      return rejected(serverTrouble(503, "service unavailable"));
    }
    return { status: 200, body: { id } };
  }

  // The reserved numbers' misbehaviour; templates may go out after the window closed, so that one is for
  // session messages only.
  // The window-closed number is refused by the window check itself: its customer last wrote 25 hours ago.
  async function reservedTrouble(recipientId: string, signal: AbortSignal): Promise<Answer | undefined> {
    switch (reservedBehaviourOf(recipientId)) {
      case "opted-out":
        return rejected(
          invalidRequest("ERROR_CODE_MESSAGE_CUSTOMER_OPTED_OUT", "customer opted out of receiving messages"),
        );
      case "rate-limited":
        return {
          ...rejected(serverTrouble(429, "Too Many Requests: the limit is 200 requests per second")),
          headers: { "Retry-After": "1" },
        };
      case "server-error":
        return rejected(serverTrouble(500, "internal error"));
      case "never-answers":
        await hang(hangMs, signal);
        return rejected(serverTrouble(504, "upstream timed out"));
      default:
        return undefined;
    }
  }

  function record(entry: ReceivedRequest): void {
    received.push(entry);
    if (received.length > RECEIVED_LIMIT) received = received.slice(-RECEIVED_LIMIT);
  }

  return {
    async handle(request) {
      const at = now().toISOString();
      const path = new URL(request.url).pathname;
      const rawBody = await request.text();
      const parsedBody = parseJson(rawBody);
      const entry = {
        at,
        method: request.method,
        path,
        apiKey: request.headers.get("x-api-key"),
        body: parsedBody === undefined ? rawBody : parsedBody,
      };
      let result: Answer;
      answering++;
      try {
        if (latencyMs > 0) await hang(latencyMs, request.signal);
        result = await answer(request, path, parsedBody);
      } catch (error) {
        record({ ...entry, status: CLIENT_CLOSED_REQUEST, response: null });
        throw error;
      } finally {
        answering--;
      }
      record({ ...entry, status: result.status, response: result.body });
      return Response.json(result.body, { status: result.status, headers: result.headers });
    },
    received: () => [...received],
    inFlight: () => answering,
    reset() {
      received = [];
    },
    async simulateInbound(inbound) {
      const problem = inboundProblem(inbound);
      if (problem) throw new TypeError(problem);
      if (!playback) throw new Error("the sandbox has no webhook to post to: create it with the webhook option");
      const delivery = await playback.post(inboundEvent(inbound, now()));
      // Only a message the app took opens the window, so the two records agree.
      if (delivery.delivered) remember(inbound);
      return delivery;
    },
    async welcomeDemoCustomers(numbers = businessNumbers) {
      if (!playback) return [];
      const messages = demoMessages(numbers.length > 0 ? numbers : businessNumbers, now());
      for (const inbound of messages) remember(inbound);
      const deliveries: WebhookDelivery[] = [];
      for (const inbound of messages)
        deliveries.push(await playback.post(inboundEvent(inbound, now()), PATIENT_RETRIES_MS));
      return deliveries;
    },
    rememberWindows(all) {
      windows.replace(all);
    },
    close: async () => playback?.close(),
  };
}

function matchRoute(path: string): { route: Route; businessId: string } | undefined {
  for (const [pattern, route] of ROUTES) {
    const businessId = pattern.exec(path)?.[1];
    if (businessId !== undefined) return { route, businessId };
  }
  return undefined;
}

function rejected(rejection: Rejection): Answer {
  return { status: rejection.status, body: errorBody(rejection) };
}

// Connectly documents no code for a wrong key; "key secret absent" reads as "no secret matches", which is
// what a wrong key and a key for another business both come to (inferred).
function unauthorized(message: string): Rejection {
  return { status: 401, type: "ERROR_TYPE_INVALID_REQUEST", code: "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT", message };
}

function clientMistake(status: number, message: string): Rejection {
  return { status, type: "ERROR_TYPE_INVALID_REQUEST", code: "ERROR_CODE_UNSPECIFIED", message };
}

// Connectly's refusal of a session message outside the 24-hour window (connectly-api.md).
function windowClosed(): Rejection {
  return {
    status: 400,
    type: "ERROR_TYPE_DEADLINE_EXCEEDED",
    code: "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
    message: "Failed to send a message because more than 24 hours have passed since the customer last replied",
  };
}

function serverTrouble(status: number, message: string): Rejection {
  return { status, type: "ERROR_TYPE_UNSPECIFIED", code: "ERROR_CODE_UNSPECIFIED", message };
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// Rejects with the signal's reason, as fetch does, so an in-process caller sees an ordinary abort.
function hang(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    function onAbort(): void {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
