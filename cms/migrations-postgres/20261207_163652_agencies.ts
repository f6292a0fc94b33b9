import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_service_requests_state" ADD VALUE 'forwarded' BEFORE 'closed';
  ALTER TYPE "public"."enum_service_request_events_action" ADD VALUE 'forwarded';
  ALTER TYPE "public"."enum_service_request_events_action" ADD VALUE 'agency-reply';
  ALTER TYPE "public"."enum_service_request_events_state" ADD VALUE 'forwarded' BEFORE 'closed';
  ALTER TABLE "departments" ADD COLUMN "external" boolean DEFAULT false;
  ALTER TABLE "service_requests" ADD COLUMN "forwarded_to_id" integer;
  ALTER TABLE "service_requests" ADD COLUMN "forwarded_at" timestamp(3) with time zone;
  ALTER TABLE "service_requests" ADD COLUMN "agency_replied_at" timestamp(3) with time zone;
  ALTER TABLE "service_requests" ADD COLUMN "agency_reminded_at" timestamp(3) with time zone;
  ALTER TABLE "service_request_settings" ADD COLUMN "agency_reminder_days" numeric DEFAULT 5;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_forwarded_to_id_departments_id_fk" FOREIGN KEY ("forwarded_to_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "service_requests_forwarded_to_idx" ON "service_requests" USING btree ("forwarded_to_id");
  CREATE INDEX "service_requests_forwarded_at_idx" ON "service_requests" USING btree ("forwarded_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_requests" DROP CONSTRAINT "service_requests_forwarded_to_id_departments_id_fk";
  
  ALTER TABLE "service_requests" ALTER COLUMN "state" SET DATA TYPE text;
  ALTER TABLE "service_requests" ALTER COLUMN "state" SET DEFAULT 'new'::text;
  DROP TYPE "public"."enum_service_requests_state";
  CREATE TYPE "public"."enum_service_requests_state" AS ENUM('new', 'acknowledged', 'assigned', 'in-progress', 'closed');
  ALTER TABLE "service_requests" ALTER COLUMN "state" SET DEFAULT 'new'::"public"."enum_service_requests_state";
  ALTER TABLE "service_requests" ALTER COLUMN "state" SET DATA TYPE "public"."enum_service_requests_state" USING "state"::"public"."enum_service_requests_state";
  ALTER TABLE "service_request_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_service_request_events_action";
  CREATE TYPE "public"."enum_service_request_events_action" AS ENUM('opened', 'status', 'assigned', 'merged', 'followed', 'emailed', 'photo', 'comment', 'reopened');
  ALTER TABLE "service_request_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_service_request_events_action" USING "action"::"public"."enum_service_request_events_action";
  ALTER TABLE "service_request_events" ALTER COLUMN "state" SET DATA TYPE text;
  DROP TYPE "public"."enum_service_request_events_state";
  CREATE TYPE "public"."enum_service_request_events_state" AS ENUM('new', 'acknowledged', 'assigned', 'in-progress', 'closed');
  ALTER TABLE "service_request_events" ALTER COLUMN "state" SET DATA TYPE "public"."enum_service_request_events_state" USING "state"::"public"."enum_service_request_events_state";
  DROP INDEX "service_requests_forwarded_to_idx";
  DROP INDEX "service_requests_forwarded_at_idx";
  ALTER TABLE "departments" DROP COLUMN "external";
  ALTER TABLE "service_requests" DROP COLUMN "forwarded_to_id";
  ALTER TABLE "service_requests" DROP COLUMN "forwarded_at";
  ALTER TABLE "service_requests" DROP COLUMN "agency_replied_at";
  ALTER TABLE "service_requests" DROP COLUMN "agency_reminded_at";
  ALTER TABLE "service_request_settings" DROP COLUMN "agency_reminder_days";`)
}
