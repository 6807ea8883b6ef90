import "server-only";
import type { Db } from "@/lib/db/client";
import { recordInboxMessage } from "@/lib/db/inbox";
import {
  type DeliveryOutcome,
  recordCustomerName,
  recordDeliveryEvent,
  recordInboundMessage,
} from "@/lib/db/lifecycle";
import { E164_PATTERN } from "@/lib/messages/recipient";
import type { WebhookEvent } from "./events";

export type WebhookOutcome =
  | ({ kind: "delivery_status" } & DeliveryOutcome)
  | { kind: "inbound"; customers: string[]; businessNumber: string; duplicate: boolean }
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
    case "inbound": {
      // The thread goes by the number when the event gives one, as the composer and history do.
      const customer = event.customers.find((id) => E164_PATTERN.test(id)) ?? event.customers[0] ?? "";
      const { message } = event;
      const stored = await recordInboxMessage(db, {
        customer,
        businessNumber: event.businessNumber,
        dedupeKey: event.dedupeKey,
        direction: event.echo ? "echo" : "inbound",
        customerName: event.echo ? null : message.customerName,
        kind: message.kind,
        text: message.text,
        content: message.content,
        replyToId: message.replyToId,
        connectlyMessageId: message.messageId,
        occurredAt: event.occurredAt,
        payload: body,
      });
      // Repeated even for a redelivery: the window only ever moves later, so doing it twice changes nothing.
      if (!event.echo) {
        for (const id of event.customers) {
          await recordInboundMessage(db, { customer: id, businessNumber: event.businessNumber, at: event.occurredAt });
          if (message.customerName) await recordCustomerName(db, id, message.customerName, event.occurredAt);
        }
      }
      return {
        kind: "inbound",
        customers: event.customers,
        businessNumber: event.businessNumber,
        duplicate: stored.duplicate,
      };
    }
    case "ignored":
      return event;
  }
}
