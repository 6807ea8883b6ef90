import "server-only";
import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { handleWebhookRequest } from "@/lib/webhooks/handle-request";

/** Connectly's webhook address for both topics, `messages` and `delivery_status`. */
export async function POST(request: Request): Promise<Response> {
  return handleWebhookRequest(request, { secret: env().webhookSecret, database });
}
