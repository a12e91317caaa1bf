CREATE TABLE "audit_personal_values" (
	"audit_id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"consent" text NOT NULL,
	"event" text NOT NULL,
	"on" date NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by_id" uuid,
	"recorded_by_name" text NOT NULL,
	CONSTRAINT "consent_events_consent_check" CHECK ("consent_events"."consent" in ('contact','equalityMonitoring','namedPublicly')),
	CONSTRAINT "consent_events_event_check" CHECK ("consent_events"."event" in ('given','withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_actor_id_users_id_fk";
--> statement-breakpoint
-- Every entry so far was about equality answers (hand-written: the old entries get the new columns' values).
ALTER TABLE "audit_log" ADD COLUMN "resource" text DEFAULT 'equality' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "resource" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "record_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "address" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "detail" jsonb;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "changes" jsonb;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "audit_personal_values" ADD CONSTRAINT "audit_personal_values_audit_id_audit_log_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audit_log"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_personal_values_person_idx" ON "audit_personal_values" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "consent_events_person_idx" ON "consent_events" USING btree ("person_id","recorded_at");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_person_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_record_idx" ON "audit_log" USING btree ("record_id","at");--> statement-breakpoint
-- Hand-written: the old entries' sentences become actions before the CHECK holds them to the list.
UPDATE "audit_log" SET
	"record_id" = "subject_person_id",
	"detail" = CASE "action"
		WHEN 'looked for equality answers (none recorded)' THEN '{"found": false}'::jsonb
		WHEN 'deleted equality answers (consent withdrawn)' THEN '{"reason": "consent withdrawn"}'::jsonb
	END,
	"action" = CASE
		WHEN "action" LIKE 'viewed%' OR "action" LIKE 'looked for%' THEN 'read'
		WHEN "action" LIKE 'recorded%' THEN 'update'
		ELSE 'delete'
	END;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_action_check" CHECK ("audit_log"."action" in ('create','update','delete','read','export','denied','sign_in','sign_in_failed','sign_out','erase'));--> statement-breakpoint
-- Hand-written: each consent held so far becomes its first events in the history.
INSERT INTO "consent_events" ("person_id", "consent", "event", "on", "recorded_at", "recorded_by_name")
SELECT p."id", c."consent", c."event", c."on", p."created_at", 'Recorded before the consent history was kept'
FROM "people" p
CROSS JOIN LATERAL (VALUES
	('contact', 'given', p."contact_given_on"),
	('contact', 'withdrawn', p."contact_withdrawn_on"),
	('equalityMonitoring', 'given', p."equality_given_on"),
	('equalityMonitoring', 'withdrawn', p."equality_withdrawn_on"),
	('namedPublicly', 'given', p."named_given_on"),
	('namedPublicly', 'withdrawn', p."named_withdrawn_on")
) AS c("consent", "event", "on")
WHERE c."on" IS NOT NULL;--> statement-breakpoint
-- Hand-written: the audit log is append-only, enforced by the database itself.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER "audit_log_no_update_or_delete" BEFORE UPDATE OR DELETE ON "audit_log"
	FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
	FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
