ALTER TABLE "campaigns" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "audience_count" integer;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "enqueued_at" timestamp with time zone;