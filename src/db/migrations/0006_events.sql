CREATE TABLE "agenda_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"work_item_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"format" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agenda_sessions_format_check" CHECK ("agenda_sessions"."format" in ('keynote','panel','workshop','talk','other'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"subject_person_id" uuid,
	"subject_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bursaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"work_item_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"status_history" jsonb NOT NULL,
	"ticket_value_pence" integer DEFAULT 0 NOT NULL,
	"travel_pence" integer DEFAULT 0 NOT NULL,
	"accommodation_pence" integer DEFAULT 0 NOT NULL,
	"care_pence" integer DEFAULT 0 NOT NULL,
	"claimed_on" date,
	"paid_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bursaries_status_check" CHECK ("bursaries"."status" in ('applied','offered','accepted','attended','no_show','declined','withdrawn')),
	CONSTRAINT "bursaries_money_check" CHECK ("bursaries"."ticket_value_pence" >= 0 and "bursaries"."travel_pence" >= 0 and "bursaries"."accommodation_pence" >= 0 and "bursaries"."care_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "equality_answers" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"age_band" text,
	"sex" text,
	"gender_same_as_birth" text,
	"ethnicity" text,
	"disability" text,
	"sexual_orientation" text,
	"region" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "equality_answers_values_check" CHECK ("equality_answers"."age_band" in ('16-24','25-34','35-44','45-54','55-64','65+','prefer_not_to_say')
        and "equality_answers"."sex" in ('female','male','prefer_not_to_say')
        and "equality_answers"."gender_same_as_birth" in ('yes','no','prefer_not_to_say')
        and "equality_answers"."ethnicity" in ('asian','black','mixed','white','other','prefer_not_to_say')
        and "equality_answers"."disability" in ('yes','no','prefer_not_to_say')
        and "equality_answers"."sexual_orientation" in ('heterosexual','gay_or_lesbian','bisexual','other','prefer_not_to_say'))
);
--> statement-breakpoint
CREATE TABLE "event_details" (
	"work_item_id" uuid PRIMARY KEY NOT NULL,
	"bursary_places" integer DEFAULT 0 NOT NULL,
	"bursary_budget_pence" integer DEFAULT 0 NOT NULL,
	"advice_sought" boolean,
	"advice_outcome" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_details_places_check" CHECK ("event_details"."bursary_places" >= 0),
	CONSTRAINT "event_details_budget_check" CHECK ("event_details"."bursary_budget_pence" >= 0)
);
--> statement-breakpoint
ALTER TABLE "involvements" ADD COLUMN "session_id" uuid;--> statement-breakpoint
ALTER TABLE "agenda_sessions" ADD CONSTRAINT "agenda_sessions_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bursaries" ADD CONSTRAINT "bursaries_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bursaries" ADD CONSTRAINT "bursaries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equality_answers" ADD CONSTRAINT "equality_answers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_details" ADD CONSTRAINT "event_details_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_sessions_work_item_idx" ON "agenda_sessions" USING btree ("work_item_id","starts_at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "bursaries_work_item_idx" ON "bursaries" USING btree ("work_item_id","status");--> statement-breakpoint
CREATE INDEX "bursaries_person_idx" ON "bursaries" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "involvements" ADD CONSTRAINT "involvements_session_id_agenda_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."agenda_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "involvements_session_idx" ON "involvements" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "involvements_role_status_idx" ON "involvements" USING btree ("role","status");