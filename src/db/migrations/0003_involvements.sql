CREATE TABLE "involvements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"work_item_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"hours" numeric,
	"ask" text DEFAULT '' NOT NULL,
	"expectations" text DEFAULT '' NOT NULL,
	"support" text[] DEFAULT '{}'::text[] NOT NULL,
	"fee_pence" integer,
	"expenses_pence" integer,
	"payment_status" text DEFAULT 'not_due' NOT NULL,
	"feedback" text DEFAULT '' NOT NULL,
	"impact" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "involvements_status_check" CHECK ("involvements"."status" in ('invited','confirmed','took_part','withdrew','declined')),
	CONSTRAINT "involvements_payment_check" CHECK ("involvements"."payment_status" in ('not_due','due','paid','declined')),
	CONSTRAINT "involvements_brief_check" CHECK ("involvements"."status" <> 'confirmed' or (length(trim("involvements"."ask")) > 0 and length(trim("involvements"."expectations")) > 0))
);
--> statement-breakpoint
ALTER TABLE "involvements" ADD CONSTRAINT "involvements_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "involvements" ADD CONSTRAINT "involvements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "involvements_work_item_idx" ON "involvements" USING btree ("work_item_id","created_at");--> statement-breakpoint
CREATE INDEX "involvements_person_idx" ON "involvements" USING btree ("person_id");