import type { MessageStatus } from "@/lib/db/schema";

/** A status as people read it: the badge, the Status filter and the CSV export say the same words. */
export const STATUS_LABELS: Readonly<Record<MessageStatus, string>> = {
  pending: "Sending",
  unknown: "Unknown",
  sent: "Sent",
  delivered: "Delivered",
  read: "Read",
  failed: "Failed",
  delivery_failed: "Delivery failed",
};

/** The filter lists them in the order a message moves through them. */
export const STATUS_ORDER: readonly MessageStatus[] = [
  "pending",
  "unknown",
  "sent",
  "delivered",
  "read",
  "failed",
  "delivery_failed",
];

export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status;
}
