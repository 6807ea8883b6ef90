// No "server-only" here: the sandbox's standalone CLI signs its webhook deliveries with this under plain Node, where
// that package throws. The secret is always passed in; this module reads no configuration.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-connectly-hmac-sha256";

/** Connectly's webhook signature: Base64(HMAC-SHA256(secret, raw body bytes)). */
export function signWebhookBody(secret: string, body: string | Uint8Array): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}

/** Compares in constant time; a missing or wrongly sized signature is simply not valid. */
export function isValidWebhookSignature(secret: string, body: Uint8Array, signature: string | null): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signWebhookBody(secret, body));
  const given = Buffer.from(signature.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
