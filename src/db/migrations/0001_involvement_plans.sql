CREATE TABLE "involvement_plans" (
	"work_item_id" uuid PRIMARY KEY NOT NULL,
	"considered" boolean NOT NULL,
	"considered_on" date,
	"considered_by_id" uuid,
	"level" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"budget_pence" integer,
	"reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "involvement_plans_level_check" CHECK ("involvement_plans"."level" in ('none','inform','consult','involve','collaborate','co_produce')),
	CONSTRAINT "involvement_plans_reason_check" CHECK ("involvement_plans"."level" <> 'none' or length(trim("involvement_plans"."reason")) > 0),
	CONSTRAINT "involvement_plans_budget_check" CHECK ("involvement_plans"."budget_pence" is null or "involvement_plans"."budget_pence" >= 0)
);
--> statement-breakpoint
ALTER TABLE "involvement_plans" ADD CONSTRAINT "involvement_plans_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "involvement_plans" ADD CONSTRAINT "involvement_plans_considered_by_id_users_id_fk" FOREIGN KEY ("considered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "involvement_plans_level_idx" ON "involvement_plans" USING btree ("level");