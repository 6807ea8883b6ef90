/**
 * What can go wrong when talking to Connectly, as values the server can store and the UI can explain.
 * No "server-only" here: client components import the types and explainError's input shape.
 */

/** The codes Connectly documents (reference/connectly-api.md); others may arrive and are kept as strings. */
export const CONNECTLY_ERROR_CODES = [
  "ERROR_CODE_INVALID_SENDER_ID",
  "ERROR_CODE_PHONE_NUMBER_BAD_FORMAT",
  "ERROR_CODE_MESSAGE_ATTACHMENTS_NUMBER_INVALID",
  "ERROR_CODE_MESSAGE_TEXT_EMPTY",
  "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND",
  "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID",
  "ERROR_CODE_MESSAGE_ATTACHMENT_EMPTY",
  "ERROR_CODE_MESSAGE_ATTACHMENT_INVALID",
  "ERROR_CODE_BUSINESS_MISSES_MATCHING_CHANNEL",
  "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW",
  "ERROR_CODE_BUSINESS_REACHED_LIMITS",
  "ERROR_CODE_MESSAGE_SELF_INVALID",
  "ERROR_CODE_MESSAGE_PHONE_NUMBER_INVALID",
  "ERROR_CODE_MESSAGE_CUSTOMER_OPTED_OUT",
  "ERROR_CODE_MESSAGE_CUSTOMER_NO_CONVERSATION_INITIATION",
  "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT",
  "ERROR_CODE_MESSAGE_TEMPLATE_DELETED",
  "ERROR_CODE_UNSPECIFIED",
] as const;

export type ConnectlyErrorCode = (typeof CONNECTLY_ERROR_CODES)[number];

export const UNSPECIFIED_CODE = "ERROR_CODE_UNSPECIFIED";
export const UNSPECIFIED_TYPE = "ERROR_TYPE_UNSPECIFIED";

export interface ConnectlyApiErrorInit {
  status: number;
  code: string;
  type: string;
  message: string;
  userTitle?: string;
  userMessage?: string;
  traceId?: string;
  details?: unknown;
  attempts: number;
}

/** Connectly (or something in front of it) answered with an HTTP error, or a success we cannot use. */
export class ConnectlyApiError extends Error {
  override readonly name = "ConnectlyApiError";
  readonly status: number;
  readonly code: string;
  readonly type: string;
  readonly userTitle?: string;
  readonly userMessage?: string;
  readonly traceId?: string;
  readonly details?: unknown;
  readonly attempts: number;

  constructor(init: ConnectlyApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.type = init.type;
    this.userTitle = init.userTitle;
    this.userMessage = init.userMessage;
    this.traceId = init.traceId;
    this.details = init.details;
    this.attempts = init.attempts;
  }
}

/**
 * TIMEOUT and CONNECTION_LOST mean the request may have reached Connectly (so the message may have been
 * sent); CONNECTION_FAILED means no connection was ever made, so nothing was sent.
 */
export type ConnectlyNetworkCode = "TIMEOUT" | "CONNECTION_FAILED" | "CONNECTION_LOST";

export interface ConnectlyNetworkErrorInit {
  kind: "timeout" | "network";
  code: ConnectlyNetworkCode;
  message: string;
  attempts: number;
  cause: unknown;
  timeoutMs?: number;
}

/** No HTTP answer came back: the per-attempt timeout fired, or the connection failed. */
export class ConnectlyNetworkError extends Error {
  override readonly name = "ConnectlyNetworkError";
  readonly kind: "timeout" | "network";
  readonly code: ConnectlyNetworkCode;
  readonly attempts: number;
  readonly timeoutMs?: number;

  constructor(init: ConnectlyNetworkErrorInit) {
    super(init.message, { cause: init.cause });
    this.kind = init.kind;
    this.code = init.code;
    this.attempts = init.attempts;
    this.timeoutMs = init.timeoutMs;
  }
}

/**
 * Turns any error answer into a ConnectlyApiError and never throws: a proxy's HTML page, an empty body or
 * a gRPC-style `{code: 3}` must still reach the person as an explainable error, not as a SyntaxError.
 */
export function parseErrorBody(status: number, text: string, attempts = 1): ConnectlyApiError {
  const body = parseJsonObject(text);
  if (body === undefined) {
    return new ConnectlyApiError({
      status,
      code: UNSPECIFIED_CODE,
      type: UNSPECIFIED_TYPE,
      message: describeUnstructuredBody(status, text),
      attempts,
    });
  }
  const userMessage = nonEmptyString(body.userMessage);
  return new ConnectlyApiError({
    status,
    code: nonEmptyString(body.code) ?? UNSPECIFIED_CODE,
    type: nonEmptyString(body.type) ?? UNSPECIFIED_TYPE,
    message:
      nonEmptyString(body.message) ?? userMessage ?? `Connectly answered HTTP ${status} without an error message`,
    userTitle: nonEmptyString(body.userTitle),
    userMessage,
    traceId: nonEmptyString(body.cntTraceId),
    details: body.details,
    attempts,
  });
}

/** "interrupted": the process stopped before the answer was recorded (the start-up sweeper says so). */
export type ConnectlyErrorKind = "api" | "timeout" | "network" | "unexpected" | "interrupted";

/** What the person is told about every send whose outcome is unknown, word for word. */
export const UNKNOWN_OUTCOME_WORDS =
  "Connectly may have sent this. Wait for a delivery report, or check with the customer, before sending again.";

/**
 * Whether a failed call leaves it open that Connectly took the message: no answer came (a timeout, a connection
 * lost after the request was written, a crash), or the answer does not say (a 5xx without one of Connectly's
 * specific codes, a success without an id). Only a definite refusal is "Failed": a 4xx, a 429, an error code that
 * names what is wrong, or a connection that was never opened.
 */
export function isUnknownOutcome(info: ConnectlyErrorInfo): boolean {
  switch (info.kind) {
    case "timeout":
    case "interrupted":
    case "unexpected":
      return true;
    case "network":
      return info.code !== "CONNECTION_FAILED";
    case "api": {
      const status = info.status ?? 0;
      if (status >= 200 && status < 300) return true;
      const specific =
        info.code !== UNSPECIFIED_CODE && (CONNECTLY_ERROR_CODES as readonly string[]).includes(info.code);
      return status >= 500 && !specific;
    }
  }
}

/** A plain, JSON-safe record of a failed call: stored in history and returned from server actions. */
export interface ConnectlyErrorInfo {
  kind: ConnectlyErrorKind;
  code: string;
  message: string;
  status?: number;
  type?: string;
  userTitle?: string;
  userMessage?: string;
  traceId?: string;
  attempts?: number;
  timeoutMs?: number;
}

export const UNEXPECTED_CODE = "UNEXPECTED_ERROR";

export function toErrorInfo(err: unknown): ConnectlyErrorInfo {
  if (err instanceof ConnectlyApiError) {
    return withoutUndefined({
      kind: "api",
      code: err.code,
      message: err.message,
      status: err.status,
      type: err.type,
      userTitle: err.userTitle,
      userMessage: err.userMessage,
      traceId: err.traceId,
      attempts: err.attempts,
    });
  }
  if (err instanceof ConnectlyNetworkError) {
    return withoutUndefined({
      kind: err.kind,
      code: err.code,
      message: err.message,
      attempts: err.attempts,
      timeoutMs: err.timeoutMs,
    });
  }
  return {
    kind: "unexpected",
    code: UNEXPECTED_CODE,
    message: err instanceof Error && err.message !== "" ? err.message : "An unexpected error occurred",
  };
}

const EXCERPT_LENGTH = 200;

function describeUnstructuredBody(status: number, text: string): string {
  const excerpt = text
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (excerpt === "") return `Connectly answered HTTP ${status} with an empty body`;
  const shown = excerpt.length > EXCERPT_LENGTH ? `${excerpt.slice(0, EXCERPT_LENGTH)}…` : excerpt;
  return `Connectly answered HTTP ${status} with a body that is not Connectly's error format: ${shown}`;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

// Server actions and history rows serialize these; absent fields should be absent, not `undefined`.
function withoutUndefined(info: ConnectlyErrorInfo): ConnectlyErrorInfo {
  return Object.fromEntries(Object.entries(info).filter(([, value]) => value !== undefined)) as ConnectlyErrorInfo;
}
