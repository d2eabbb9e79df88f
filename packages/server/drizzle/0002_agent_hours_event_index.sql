ALTER TABLE "agents" ADD COLUMN "working_hours" jsonb;--> statement-breakpoint
CREATE INDEX "control_events_created_idx" ON "control_events" USING btree ("created_at");