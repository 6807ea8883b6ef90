CREATE INDEX "messages_recipient_left3_id_idx" ON "messages" USING btree (left("recipient", 3),"id");--> statement-breakpoint
CREATE INDEX "messages_recipient_left4_id_idx" ON "messages" USING btree (left("recipient", 4),"id");--> statement-breakpoint
CREATE INDEX "messages_recipient_left5_id_idx" ON "messages" USING btree (left("recipient", 5),"id");--> statement-breakpoint
CREATE INDEX "messages_recipient_left6_id_idx" ON "messages" USING btree (left("recipient", 6),"id");--> statement-breakpoint
CREATE INDEX "messages_recipient_left7_id_idx" ON "messages" USING btree (left("recipient", 7),"id");