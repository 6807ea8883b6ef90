import "server-only";
import { guardedRoute } from "@/lib/auth/guard";
import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { handleWebhookRequest } from "@/lib/webhooks/handle-request";

/** Connectly's webhook address for both topics, `messages` and `delivery_status`: public, signed instead. */
export const POST = guardedRoute("POST /api/webhooks/connectly", (request) =>
  handleWebhookRequest(request, { secret: env().webhookSecret, database }),
);
