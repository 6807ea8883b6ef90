import "server-only";
import type { Db } from "@/lib/db/client";
import { type DeliveryOutcome, recordDeliveryEvent, recordInboundMessage } from "@/lib/db/lifecycle";
import type { WebhookEvent } from "./events";

export type WebhookOutcome =
  | ({ kind: "delivery_status" } & DeliveryOutcome)
  | { kind: "inbound"; customers: string[]; businessNumber: string }
  | { kind: "ignored"; reason: string };

/** Applies one verified, parsed event. Safe to repeat: Connectly redelivers whatever it thinks failed. */
export async function processWebhookEvent(db: Db, event: WebhookEvent, body: unknown): Promise<WebhookOutcome> {
  switch (event.kind) {
    case "delivery_status": {
      const outcome = await recordDeliveryEvent(db, {
        connectlyId: event.connectlyId,
        status: event.status,
        occurredAt: event.occurredAt,
        errorCode: event.errorCode,
        errorMessage: event.errorMessage,
        sendKey: event.sendKey,
        payload: body,
      });
      return { kind: "delivery_status", ...outcome };
    }
    case "inbound":
      for (const customer of event.customers) {
        await recordInboundMessage(db, { customer, businessNumber: event.businessNumber, at: event.occurredAt });
      }
      return { kind: "inbound", customers: event.customers, businessNumber: event.businessNumber };
    case "ignored":
      return event;
  }
}
