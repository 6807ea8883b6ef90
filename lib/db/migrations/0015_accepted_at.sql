ALTER TABLE "messages" ADD COLUMN "accepted_at" timestamp with time zone;--> statement-breakpoint
-- Until now the answer's time lived only in status_at, and only while the status was still the answer's "sent": a
-- row WhatsApp has reported on no longer knows it, and stays NULL. Neither does a row whose id came from a delivery
-- report (its error still says why the answer was Unknown), nor one whose status_at is a report's that reached it
-- before the answer.
UPDATE "messages" SET "accepted_at" = "status_at"
WHERE "status" = 'sent' AND "connectly_id" IS NOT NULL AND "error" IS NULL AND "status_at" IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM "message_events"
    WHERE "message_events"."message_id" = "messages"."id" AND "message_events"."occurred_at" = "messages"."status_at"
  );
