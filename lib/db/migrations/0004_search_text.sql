DROP INDEX "messages_recipient_id_idx";--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "messages_recipient_pattern_id_idx" ON "messages" USING btree ("recipient" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "messages_search_text_trgm_idx" ON "messages" USING gin ("search_text" gin_trgm_ops);