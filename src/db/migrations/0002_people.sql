CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"perspectives" text[] NOT NULL,
	"lived_experience" text[] DEFAULT '{}'::text[] NOT NULL,
	"access_needs" text DEFAULT '' NOT NULL,
	"payment_preference" text,
	"retention_review_on" date,
	"contact_given_on" date,
	"contact_withdrawn_on" date,
	"equality_given_on" date,
	"equality_withdrawn_on" date,
	"named_given_on" date,
	"named_withdrawn_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree (lower("name"),"id");--> statement-breakpoint
CREATE INDEX "people_perspectives_idx" ON "people" USING gin ("perspectives");--> statement-breakpoint
CREATE INDEX "people_lived_experience_idx" ON "people" USING gin ("lived_experience");