import { isValidPhoneNumber } from "libphonenumber-js";
import { type ErrorCode, invalidRequest, type Rejection } from "./error-body";

/** What the sandbox's body checks share: how they refuse, and the field checks both send endpoints make. */
export type Fields = Record<string, unknown>;

export const E164 = /^\+[1-9]\d{1,14}$/;
export const BSUID = /^[A-Z]{2}\.[A-Za-z0-9]+$/;
const CALLBACK_DATA_MAX_BYTES = 1024;

class Invalid extends Error {
  constructor(readonly rejection: Rejection) {
    super(rejection.message);
  }
}

export function reject(code: ErrorCode, message: string, field?: string): never {
  throw new Invalid(invalidRequest(code, message, field));
}

// Connectly has no specific code for a malformed request; ERROR_CODE_UNSPECIFIED is what remains.
export function malformed(message: string, field?: string): never {
  return reject("ERROR_CODE_UNSPECIFIED", message, field);
}

/** Runs checks that throw through reject(), turning the first refusal into a value. */
export function attempt<T>(checks: () => T): { ok: true; value: T } | { ok: false; rejection: Rejection } {
  try {
    return { ok: true, value: checks() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, rejection: error.rejection };
    throw error;
  }
}

// Protobuf JSON reads null as "not set", so null and absent are treated alike throughout.
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isPhoneNumber(id: string): boolean {
  return E164.test(id) && isValidPhoneNumber(id);
}

// Connectly fetches media itself, so only a URL it can fetch over HTTP(S) will do.
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

export function checkCallbackData(callbackData: unknown): void {
  if (callbackData === undefined) return;
  const bytes = new TextEncoder().encode(JSON.stringify(callbackData)).length;
  if (bytes > CALLBACK_DATA_MAX_BYTES) {
    malformed(`callbackData is ${bytes} bytes serialized, over the ${CALLBACK_DATA_MAX_BYTES} allowed`, "callbackData");
  }
}
