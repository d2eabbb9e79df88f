CREATE TABLE "ratings" (
	"id" text PRIMARY KEY NOT NULL,
	"conversation_id" text NOT NULL,
	"site_id" text NOT NULL,
	"agent_id" text,
	"resolve_version" integer NOT NULL,
	"resolved_at" timestamp with time zone NOT NULL,
	"rating" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_conv_resolve_uq" ON "ratings" USING btree ("conversation_id","resolve_version");--> statement-breakpoint
CREATE INDEX "ratings_site_resolved_idx" ON "ratings" USING btree ("site_id","resolved_at");--> statement-breakpoint
-- Ratings given before this table existed: the one each conversation still holds, for its latest resolve.
INSERT INTO "ratings" ("id", "conversation_id", "site_id", "agent_id", "resolve_version", "resolved_at", "rating", "comment", "created_at")
SELECT 'rt_' || c."id" || '_' || e."version", c."id", c."site_id", a."id", e."version", e."created_at", c."csat_rating", c."csat_comment", e."created_at"
FROM "conversations" c
JOIN LATERAL (
	SELECT "version", "actor_id", "created_at" FROM "control_events"
	WHERE "conversation_id" = c."id" AND "kind" = 'resolved' ORDER BY "version" DESC LIMIT 1
) e ON true
LEFT JOIN "agents" a ON a."id" = e."actor_id"
WHERE c."csat_rating" IS NOT NULL;
