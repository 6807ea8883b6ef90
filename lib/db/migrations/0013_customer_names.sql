CREATE TABLE "customer_names" (
	"customer" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"named_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "customer_names_name_trgm_idx" ON "customer_names" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
-- Each customer's latest profile name from what they already wrote.
INSERT INTO "customer_names" ("customer", "name", "named_at")
SELECT DISTINCT ON ("customer") "customer", "customer_name", "occurred_at"
FROM "inbox_messages"
WHERE "direction" = 'inbound' AND "customer_name" IS NOT NULL AND "customer_name" <> ''
ORDER BY "customer", "occurred_at" DESC;
