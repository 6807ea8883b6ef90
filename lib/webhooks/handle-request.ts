import "server-only";
import type { Db } from "@/lib/db/client";
import { describeError } from "@/lib/logging/describe-error";
import { parseWebhookEvent } from "./events";
import { processWebhookEvent } from "./process-event";
import { isValidWebhookSignature, SIGNATURE_HEADER } from "./signature";

/** Connectly's events are a few kilobytes; anything near this is not one of them. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

export interface WebhookDependencies {
  /** CONNECTLY_WEBHOOK_SECRET; without it every delivery is refused, since none can be verified. */
  secret: string | undefined;
  database: () => Promise<Db>;
}

// On globalThis so the warning is printed once per process even if Next evaluates this module more than once.
const once = globalThis as typeof globalThis & { __connectlyWebhookSecretWarned?: boolean };

/**
 * Verifies the signature over the raw bytes, then parses, then stores. Nothing is read into the database before
 * the signature checks out. Well-formed events get 200 even when they match no message, or Connectly retries.
 */
export async function handleWebhookRequest(request: Request, deps: WebhookDependencies): Promise<Response> {
  if (!deps.secret) {
    if (!once.__connectlyWebhookSecretWarned) {
      once.__connectlyWebhookSecretWarned = true;
      console.error(
        "Connectly webhooks are refused: CONNECTLY_WEBHOOK_SECRET is not set. Set it to the secret registered for this address with Connectly.",
      );
    }
    return json(503, { error: "Webhooks are disabled: CONNECTLY_WEBHOOK_SECRET is not set on this server." });
  }

  const bytes = await readCapped(request, MAX_WEBHOOK_BYTES);
  if (!bytes) return json(413, { error: `The body is larger than ${MAX_WEBHOOK_BYTES} bytes.` });
  if (!isValidWebhookSignature(deps.secret, bytes, request.headers.get(SIGNATURE_HEADER))) {
    return json(401, { error: `Missing or invalid ${SIGNATURE_HEADER} signature.` });
  }

  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return json(400, { error: "The body is not JSON." });
  }
  const parsed = parseWebhookEvent(body);
  if (!parsed.ok) return json(400, { error: `Not a Connectly webhook event: ${parsed.problem}.` });

  try {
    const outcome = await processWebhookEvent(await deps.database(), parsed.event, body);
    return json(200, { ok: true, ...outcome });
  } catch (error) {
    console.error(`A Connectly webhook event could not be stored: ${describeError(error)}`);
    // A 5xx makes Connectly deliver it again later, which is what a passing database outage needs.
    return json(500, { error: "The event could not be stored; deliver it again later." });
  }
}

// Streamed with a cap, so a huge body (with or without Content-Length) is refused without being held in memory.
async function readCapped(request: Request, max: number): Promise<Uint8Array | null> {
  if (Number(request.headers.get("content-length")) > max) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function json(status: number, body: object): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
