CREATE TABLE "rate_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity" text NOT NULL,
	"unit" text NOT NULL,
	"amount_pence" integer NOT NULL,
	"effective_from" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rate_cards_unit_check" CHECK ("rate_cards"."unit" in ('hour','session','day')),
	CONSTRAINT "rate_cards_amount_check" CHECK ("rate_cards"."amount_pence" >= 0)
);
--> statement-breakpoint
ALTER TABLE "involvements" ADD COLUMN "paid_on" date;--> statement-breakpoint
ALTER TABLE "involvements" ADD COLUMN "rate_activity" text;--> statement-breakpoint
ALTER TABLE "involvements" ADD COLUMN "quantity" numeric;--> statement-breakpoint
ALTER TABLE "involvements" ADD COLUMN "fee_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "rate_cards_activity_from_idx" ON "rate_cards" USING btree ("activity","effective_from");