CREATE TABLE "tickets" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"conversation_id" text,
	"visitor_id" text NOT NULL,
	"email" text NOT NULL,
	"message" text NOT NULL,
	"skill" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wait_estimates" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"queued_at" timestamp with time zone NOT NULL,
	"skill" text NOT NULL,
	"estimated_seconds" integer NOT NULL,
	"low_seconds" integer NOT NULL,
	"high_seconds" integer NOT NULL,
	"estimated_at" timestamp with time zone NOT NULL,
	"actual_seconds" integer,
	"outcome" text
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_visitor_id_visitors_id_fk" FOREIGN KEY ("visitor_id") REFERENCES "public"."visitors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wait_estimates" ADD CONSTRAINT "wait_estimates_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wait_estimates" ADD CONSTRAINT "wait_estimates_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tickets_site_created_idx" ON "tickets" USING btree ("site_id","created_at");--> statement-breakpoint
CREATE INDEX "tickets_visitor_idx" ON "tickets" USING btree ("visitor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wait_estimates_conv_queued_uq" ON "wait_estimates" USING btree ("conversation_id","queued_at");--> statement-breakpoint
CREATE INDEX "wait_estimates_site_at_idx" ON "wait_estimates" USING btree ("site_id","estimated_at");