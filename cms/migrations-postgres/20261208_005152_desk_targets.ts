import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_correspondence_priority" AS ENUM('normal', 'high', 'urgent');
  CREATE TYPE "public"."enum_desk_settings_routing_priority" AS ENUM('normal', 'high', 'urgent');
  CREATE TYPE "public"."enum_desk_settings_targets_kinds" AS ENUM('general', 'media', 'sponsorship', 'complaint', 'compliment', 'accessibility-feedback');
  CREATE TYPE "public"."enum_desk_settings_targets_priorities" AS ENUM('normal', 'high', 'urgent');
  CREATE TABLE "desk_settings_targets_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_desk_settings_targets_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "desk_settings_targets_priorities" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_desk_settings_targets_priorities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "desk_settings_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"next_reply_days" numeric DEFAULT 2,
  	"resolution_days" numeric DEFAULT 10
  );
  
  ALTER TABLE "correspondence" ADD COLUMN "priority" "enum_correspondence_priority" DEFAULT 'normal' NOT NULL;
  ALTER TABLE "correspondence" ADD COLUMN "head_escalated_at" timestamp(3) with time zone;
  ALTER TABLE "correspondence" ADD COLUMN "resolution_due_at" timestamp(3) with time zone;
  ALTER TABLE "correspondence" ADD COLUMN "resolution_escalated_at" timestamp(3) with time zone;
  ALTER TABLE "correspondence" ADD COLUMN "resolution_head_escalated_at" timestamp(3) with time zone;
  ALTER TABLE "correspondence" ADD COLUMN "next_replies_met" numeric DEFAULT 0;
  ALTER TABLE "correspondence" ADD COLUMN "next_replies_missed" numeric DEFAULT 0;
  ALTER TABLE "desk_settings_routing" ADD COLUMN "priority" "enum_desk_settings_routing_priority";
  ALTER TABLE "desk_settings" ADD COLUMN "head_id" integer;
  ALTER TABLE "desk_settings" ADD COLUMN "head_after_days" numeric DEFAULT 1;
  ALTER TABLE "desk_settings_targets_kinds" ADD CONSTRAINT "desk_settings_targets_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."desk_settings_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "desk_settings_targets_priorities" ADD CONSTRAINT "desk_settings_targets_priorities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."desk_settings_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "desk_settings_targets" ADD CONSTRAINT "desk_settings_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."desk_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "desk_settings_targets_kinds_order_idx" ON "desk_settings_targets_kinds" USING btree ("order");
  CREATE INDEX "desk_settings_targets_kinds_parent_idx" ON "desk_settings_targets_kinds" USING btree ("parent_id");
  CREATE INDEX "desk_settings_targets_priorities_order_idx" ON "desk_settings_targets_priorities" USING btree ("order");
  CREATE INDEX "desk_settings_targets_priorities_parent_idx" ON "desk_settings_targets_priorities" USING btree ("parent_id");
  CREATE INDEX "desk_settings_targets_order_idx" ON "desk_settings_targets" USING btree ("_order");
  CREATE INDEX "desk_settings_targets_parent_id_idx" ON "desk_settings_targets" USING btree ("_parent_id");
  ALTER TABLE "desk_settings" ADD CONSTRAINT "desk_settings_head_id_users_id_fk" FOREIGN KEY ("head_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "correspondence_priority_idx" ON "correspondence" USING btree ("priority");
  CREATE INDEX "correspondence_resolution_due_at_idx" ON "correspondence" USING btree ("resolution_due_at");
  CREATE INDEX "desk_settings_head_idx" ON "desk_settings" USING btree ("head_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "desk_settings_targets_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "desk_settings_targets_priorities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "desk_settings_targets" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "desk_settings_targets_kinds" CASCADE;
  DROP TABLE "desk_settings_targets_priorities" CASCADE;
  DROP TABLE "desk_settings_targets" CASCADE;
  ALTER TABLE "desk_settings" DROP CONSTRAINT "desk_settings_head_id_users_id_fk";
  
  DROP INDEX "correspondence_priority_idx";
  DROP INDEX "correspondence_resolution_due_at_idx";
  DROP INDEX "desk_settings_head_idx";
  ALTER TABLE "correspondence" DROP COLUMN "priority";
  ALTER TABLE "correspondence" DROP COLUMN "head_escalated_at";
  ALTER TABLE "correspondence" DROP COLUMN "resolution_due_at";
  ALTER TABLE "correspondence" DROP COLUMN "resolution_escalated_at";
  ALTER TABLE "correspondence" DROP COLUMN "resolution_head_escalated_at";
  ALTER TABLE "correspondence" DROP COLUMN "next_replies_met";
  ALTER TABLE "correspondence" DROP COLUMN "next_replies_missed";
  ALTER TABLE "desk_settings_routing" DROP COLUMN "priority";
  ALTER TABLE "desk_settings" DROP COLUMN "head_id";
  ALTER TABLE "desk_settings" DROP COLUMN "head_after_days";
  DROP TYPE "public"."enum_correspondence_priority";
  DROP TYPE "public"."enum_desk_settings_routing_priority";
  DROP TYPE "public"."enum_desk_settings_targets_kinds";
  DROP TYPE "public"."enum_desk_settings_targets_priorities";`)
}
