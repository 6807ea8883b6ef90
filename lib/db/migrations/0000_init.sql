CREATE TABLE "customer_windows" (
	"customer" text NOT NULL,
	"business_number" text DEFAULT '' NOT NULL,
	"last_inbound_at" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_windows_customer_business_number_pk" PRIMARY KEY("customer","business_number")
);
--> statement-breakpoint
CREATE TABLE "message_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "message_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"message_id" text,
	"connectly_id" text NOT NULL,
	"status" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"error_code" text,
	"error_message" text,
	"payload" jsonb,
	CONSTRAINT "message_events_connectly_id_status_occurred_at_unique" UNIQUE("connectly_id","status","occurred_at")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"endpoint" text NOT NULL,
	"message_type" text NOT NULL,
	"recipient" text NOT NULL,
	"recipient_name" text,
	"sender" text,
	"campaign_name" text,
	"request" jsonb NOT NULL,
	"status" text NOT NULL,
	"status_at" timestamp with time zone,
	"connectly_id" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error_code" text,
	"error_message" text,
	"error" jsonb,
	"http_status" integer,
	CONSTRAINT "messages_connectly_id_unique" UNIQUE("connectly_id")
);
--> statement-breakpoint
ALTER TABLE "message_events" ADD CONSTRAINT "message_events_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "message_events_message_id_idx" ON "message_events" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "messages_status_id_idx" ON "messages" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "messages_message_type_id_idx" ON "messages" USING btree ("message_type","id");--> statement-breakpoint
CREATE INDEX "messages_recipient_id_idx" ON "messages" USING btree ("recipient","id");