import { ulid } from "ulid";
import { LIMITS } from "./limits";
import type { JsonValue } from "./request";

/**
 * The idempotency key of one composed message: made when a composer opens, sent with the action, unique in history.
 * It also rides in the request's callbackData, which Connectly echoes in every webhook about the message [C]: that
 * echo is how a delivery report finds a message whose send never got an answer (so has no Connectly id).
 */
export type SendKey = string;

/** A ULID: 26 characters of Crockford base32. */
export const SEND_KEY_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function newSendKey(): SendKey {
  return ulid();
}

export function isSendKey(value: unknown): value is SendKey {
  return typeof value === "string" && SEND_KEY_PATTERN.test(value);
}

/** The shape callbackData takes on the wire: the person's own value, if any, under `data`. */
export interface TrackedCallbackData {
  sendKey: SendKey;
  data?: JsonValue;
}

const WRAPPER_BYTES = new TextEncoder().encode(JSON.stringify({ sendKey: "0".repeat(26), data: null })).length - 4;

/** How many bytes of callbackData the person may use: Connectly's 1,024 less what the send key takes. */
export const CALLBACK_DATA_USER_BYTES = LIMITS.callbackDataBytes - WRAPPER_BYTES;

/** The request as sent: its callbackData wrapped with the send key. Pure, so the JSON panel shows exactly this. */
export function withSendKey<R extends { callbackData?: JsonValue }>(request: R, key: SendKey): R {
  const { callbackData, ...rest } = request;
  const tracked: TrackedCallbackData =
    callbackData === undefined ? { sendKey: key } : { sendKey: key, data: callbackData };
  return { ...rest, callbackData: tracked as unknown as JsonValue } as R;
}

/** The send key a webhook's callbackData echo carries, or undefined. */
export function sendKeyOf(callbackData: unknown): SendKey | undefined {
  if (typeof callbackData !== "object" || callbackData === null || Array.isArray(callbackData)) return undefined;
  const key = (callbackData as Record<string, unknown>).sendKey;
  return isSendKey(key) ? key : undefined;
}

/**
 * The person's own callbackData inside a stored request ("Edit as new"). Requests recorded before send keys existed
 * hold the person's value as it is.
 */
export function userCallbackData(callbackData: unknown): unknown {
  if (sendKeyOf(callbackData) === undefined) return callbackData;
  const keys = Object.keys(callbackData as object);
  if (!keys.every((key) => key === "sendKey" || key === "data")) return callbackData;
  return (callbackData as { data?: unknown }).data;
}
