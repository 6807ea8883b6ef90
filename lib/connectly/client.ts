import "server-only";
import { z } from "zod";
import type { SessionMessageRequest } from "@/lib/messages/request";
import type { TemplateMessageRequest } from "@/lib/templates/types";
import { ConnectlyApiError, ConnectlyNetworkError, parseErrorBody, UNSPECIFIED_CODE, UNSPECIFIED_TYPE } from "./errors";
import { keyRedactor } from "./redact-key";

export interface ConnectlyClientConfig {
  baseUrl: string;
  apiKey: string;
  businessId: string;
  fetch?: typeof fetch;
  /** Per attempt, covering the answer's body too. */
  timeoutMs?: number;
  /**
   * Tries in total, the first included. Only what proves Connectly did not take the message is tried again: a
   * connection that was never opened, and 429 (Connectly's rate limiter refuses before anything is processed).
   */
  maxAttempts?: number;
  /** Wait before the first retry; doubled for each further retry, with jitter. */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited out: the error is returned at once. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SentMessage {
  id: string;
  attempts: number;
}

export interface ConnectlyClient {
  sendSessionMessage(request: SessionMessageRequest): Promise<SentMessage>;
  sendTemplateMessage(request: TemplateMessageRequest): Promise<SentMessage>;
  /** Connectly's answer as received: lib/templates/normalize.ts reads it, liberally. */
  listTemplates(): Promise<unknown>;
}

const USER_AGENT = "connectly-composer";

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * The longest a send can take, retries and their waits included: the client gives up by then whatever happens. A
 * row still pending after this (plus the time to record the answer) was left behind by a process that stopped.
 */
export function sendDeadlineMs(timeoutMs = DEFAULT_TIMEOUT_MS, maxAttempts = DEFAULT_MAX_ATTEMPTS): number {
  return timeoutMs * maxAttempts;
}

const sentMessageSchema = z.object({ id: z.string().min(1) });
const anyObjectSchema = z.looseObject({});

// Only these prove the connection was never opened, so the request cannot have reached Connectly.
const CONNECT_FAILURE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

export function createConnectlyClient(config: ConnectlyClientConfig): ConnectlyClient {
  const {
    apiKey,
    businessId,
    fetch: fetchImpl = globalThis.fetch,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxAttempts = DEFAULT_MAX_ATTEMPTS,
    backoffMs = 500,
    maxRetryAfterMs = 10_000,
    sleep = wait,
  } = config;
  // fetch would reject a header value with a newline by quoting the value in its error: the key would leak.
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new Error("The Connectly API key must be non-empty and made of visible ASCII characters only");
  }
  const redact = keyRedactor(apiKey);
  const deadlineMs = sendDeadlineMs(timeoutMs, maxAttempts);
  const root = config.baseUrl.replace(/\/+$/, "");
  const businessPath = `/v1/businesses/${encodeURIComponent(businessId)}`;
  const headers = {
    "X-API-Key": apiKey,
    Accept: "application/json",
    "User-Agent": USER_AGENT,
  };

  /** `body` undefined sends an empty body, as Connectly's get/ endpoints expect. */
  async function post<T>(
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
    expected: string,
  ): Promise<{ data: T; attempts: number }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const requestHeaders = payload === undefined ? headers : { ...headers, "Content-Type": "application/json" };
    const deadline = Date.now() + deadlineMs;
    // A retry is made only if its wait leaves the attempt time to answer before the deadline.
    const fits = (wait: number) => Date.now() + wait + MIN_ATTEMPT_MS <= deadline;
    for (let attempt = 1; ; attempt++) {
      const attemptMs = Math.max(MIN_ATTEMPT_MS, Math.min(timeoutMs, deadline - Date.now()));
      const signal = AbortSignal.timeout(attemptMs);
      let status: number;
      let retryAfter: string | null;
      let text: string;
      try {
        // A redirect would carry X-API-Key to wherever it points: treat it as an answer instead.
        const response = await fetchImpl(`${root}${path}`, {
          method: "POST",
          headers: requestHeaders,
          body: payload,
          signal,
          redirect: "manual",
        });
        status = response.status;
        retryAfter = response.headers.get("retry-after");
        // Global fetch (undici) pools keep-alive sockets, but an unread body bigger than its buffer keeps
        // the socket busy until garbage collection: every answer, errors included, is read to the end here.
        text = await response.text();
      } catch (error) {
        const failure = toNetworkError(error, signal, attempt, attemptMs);
        const wait = backoff(attempt);
        if (failure.code !== "CONNECTION_FAILED" || attempt >= maxAttempts || !fits(wait)) throw failure;
        await sleep(wait);
        continue;
      }

      if (status >= 200 && status < 300) {
        const parsed = schema.safeParse(parseJson(text));
        if (parsed.success) return { data: parsed.data, attempts: attempt };
        throw new ConnectlyApiError({
          status,
          code: UNSPECIFIED_CODE,
          type: UNSPECIFIED_TYPE,
          message: `Connectly answered HTTP ${status} without ${expected}`,
          attempts: attempt,
        });
      }

      // A server or proxy may echo request headers into its error page.
      const error = parseErrorBody(status, redact(text), attempt);
      // A 500 or 503 does not say whether the message was taken, so it is not sent again: it becomes Unknown.
      const delay = attempt < maxAttempts && status === 429 ? retryDelay(retryAfter, attempt) : undefined;
      if (delay === undefined || !fits(delay)) throw error;
      await sleep(delay);
    }
  }

  /**
   * A timeout is never retried: Connectly may already have accepted the message and only its answer was
   * slow, so sending again could deliver it twice. The same holds for a connection lost mid-request.
   */
  function toNetworkError(
    error: unknown,
    signal: AbortSignal,
    attempts: number,
    attemptMs: number,
  ): ConnectlyNetworkError {
    if (signal.aborted) {
      return new ConnectlyNetworkError({
        kind: "timeout",
        code: "TIMEOUT",
        message: `Connectly did not answer within ${attemptMs} ms`,
        attempts,
        cause: error,
        timeoutMs: attemptMs,
      });
    }
    // These messages are kept in history and shown to whoever reads it: they name no address, which is this server's
    // configuration (CONNECTLY_BASE_URL), not something a person sending messages needs or should see.
    // Fetch reports every network failure as a TypeError with the socket's error as its cause; anything
    // else is a bug, not a network problem, and must surface as itself.
    if (!(error instanceof TypeError) || error.cause === undefined) throw error;
    const code = errorCode(error.cause);
    const detail = code === undefined ? "" : ` (${code})`;
    return code !== undefined && CONNECT_FAILURE_CODES.has(code)
      ? new ConnectlyNetworkError({
          kind: "network",
          code: "CONNECTION_FAILED",
          message: `Could not connect to Connectly${detail}`,
          attempts,
          cause: error,
        })
      : new ConnectlyNetworkError({
          kind: "network",
          code: "CONNECTION_LOST",
          message: `The connection to Connectly broke before it answered${detail}`,
          attempts,
          cause: error,
        });
  }

  function backoff(attempt: number): number {
    const ceiling = backoffMs * 2 ** (attempt - 1);
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
  }

  // Waiting less than Connectly asked would only earn another 429, and waiting longer would hold the person
  // at the keyboard: above the cap the error goes back to them at once.
  function retryDelay(retryAfter: string | null, attempt: number): number | undefined {
    const asked = parseRetryAfter(retryAfter);
    if (asked === undefined) return backoff(attempt);
    return asked <= maxRetryAfterMs ? asked : undefined;
  }

  return {
    async sendSessionMessage(request) {
      const path = `${businessPath}/send/messages`;
      const { data, attempts } = await post(path, request, sentMessageSchema, "a message id");
      return { id: data.id, attempts };
    },
    async sendTemplateMessage(request) {
      const path = `${businessPath}/send/whatsapp_templated_messages`;
      const { data, attempts } = await post(path, request, sentMessageSchema, "a message id");
      return { id: data.id, attempts };
    },
    async listTemplates() {
      const path = `${businessPath}/get/templates`;
      const { data } = await post(path, undefined, anyObjectSchema, "a template list");
      return data;
    },
  };
}

/** An attempt given less than this could not be answered in time anyway. */
const MIN_ATTEMPT_MS = 100;

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorCode(cause: unknown): string | undefined {
  if (typeof cause !== "object" || cause === null) return undefined;
  if ("code" in cause && typeof cause.code === "string") return cause.code;
  // Happy-eyeballs connects report an AggregateError holding one error per address tried.
  if (cause instanceof AggregateError) return cause.errors.map(errorCode).find((code) => code !== undefined);
  return undefined;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
