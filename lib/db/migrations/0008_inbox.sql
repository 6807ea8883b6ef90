CREATE TABLE "inbox_assignments" (
	"customer" text NOT NULL,
	"business_number" text NOT NULL,
	"user_id" text NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_assignments_customer_business_number_pk" PRIMARY KEY("customer","business_number")
);
--> statement-breakpoint
CREATE TABLE "inbox_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"dedupe_key" text NOT NULL,
	"direction" text NOT NULL,
	"customer" text NOT NULL,
	"business_number" text DEFAULT '' NOT NULL,
	"customer_name" text,
	"kind" text NOT NULL,
	"text" text,
	"content" jsonb NOT NULL,
	"reply_to_id" text,
	"connectly_message_id" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"payload" jsonb,
	CONSTRAINT "inbox_messages_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "inbox_reads" (
	"customer" text NOT NULL,
	"business_number" text NOT NULL,
	"user_id" text NOT NULL,
	"read_up_to" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_reads_customer_business_number_user_id_pk" PRIMARY KEY("customer","business_number","user_id")
);
--> statement-breakpoint
CREATE TABLE "saved_replies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"body" text NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_replies_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "inbox_assignments" ADD CONSTRAINT "inbox_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_reads" ADD CONSTRAINT "inbox_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_replies" ADD CONSTRAINT "saved_replies_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inbox_assignments_user_idx" ON "inbox_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "inbox_messages_thread_idx" ON "inbox_messages" USING btree ("customer","business_number","occurred_at");--> statement-breakpoint
CREATE INDEX "inbox_messages_occurred_at_idx" ON "inbox_messages" USING btree ("occurred_at");