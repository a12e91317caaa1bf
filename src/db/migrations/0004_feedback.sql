CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"work_item_id" uuid,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"summary" text NOT NULL,
	"action" text DEFAULT '' NOT NULL,
	"action_owner_id" uuid,
	"action_due_on" date,
	"action_status" text DEFAULT 'open' NOT NULL,
	"wont_do_reason" text DEFAULT '' NOT NULL,
	"told_back_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "feedback_action_status_check" CHECK ("feedback"."action_status" in ('open','in_progress','done','wont_do')),
	CONSTRAINT "feedback_wont_do_check" CHECK ("feedback"."action_status" <> 'wont_do' or length(trim("feedback"."wont_do_reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_action_owner_id_users_id_fk" FOREIGN KEY ("action_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_open_actions_idx" ON "feedback" USING btree ("action_status","action_due_on");--> statement-breakpoint
CREATE INDEX "feedback_work_item_idx" ON "feedback" USING btree ("work_item_id");--> statement-breakpoint
CREATE INDEX "feedback_person_idx" ON "feedback" USING btree ("person_id");