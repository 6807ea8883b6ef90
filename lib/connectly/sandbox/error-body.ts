/**
 * Connectly's error body, per docs.connectly.ai "Error codes". Only documented types and codes are used.
 * Which of them go with 401/404/405/429/5xx is not documented, so that pairing is inferred: the
 * client's mistakes are ERROR_TYPE_INVALID_REQUEST, the server's trouble ERROR_TYPE_UNSPECIFIED.
 */
export type ErrorType = "ERROR_TYPE_INVALID_REQUEST" | "ERROR_TYPE_DEADLINE_EXCEEDED" | "ERROR_TYPE_UNSPECIFIED";

export type ErrorCode =
  | "ERROR_CODE_UNSPECIFIED"
  | "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT"
  | "ERROR_CODE_BUSINESS_MISSES_MATCHING_CHANNEL"
  | "ERROR_CODE_PHONE_NUMBER_BAD_FORMAT"
  | "ERROR_CODE_INVALID_SENDER_ID"
  | "ERROR_CODE_MESSAGE_TEXT_EMPTY"
  | "ERROR_CODE_MESSAGE_ATTACHMENTS_NUMBER_INVALID"
  | "ERROR_CODE_MESSAGE_ATTACHMENT_EMPTY"
  | "ERROR_CODE_MESSAGE_ATTACHMENT_INVALID"
  | "ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW"
  | "ERROR_CODE_MESSAGE_CUSTOMER_OPTED_OUT"
  | "ERROR_CODE_MESSAGE_PHONE_NUMBER_INVALID"
  | "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND"
  | "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID";

export interface ConnectlyErrorBody {
  message: string;
  type: ErrorType;
  code: ErrorCode;
  userTitle: string;
  userMessage: string;
  cntTraceId: string;
  details: Record<string, unknown>;
}

export interface Rejection {
  status: number;
  type: ErrorType;
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export function invalidRequest(code: ErrorCode, message: string, field?: string): Rejection {
  return { status: 400, type: "ERROR_TYPE_INVALID_REQUEST", code, message, details: field ? { field } : {} };
}

export function errorBody(rejection: Rejection): ConnectlyErrorBody {
  const cntTraceId = traceId();
  return {
    message: rejection.message,
    type: rejection.type,
    code: rejection.code,
    userTitle: rejection.message,
    userMessage: `Pass along the connectly trace id '${cntTraceId}' to the team for more information.`,
    cntTraceId,
    details: rejection.details ?? {},
  };
}

function traceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
