import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_service_request_events_action" ADD VALUE 'comment';
  ALTER TYPE "public"."enum_service_request_events_action" ADD VALUE 'reopened';
  ALTER TABLE "service_types" ADD COLUMN "notice" varchar;
  ALTER TABLE "service_types" ADD COLUMN "notice_fr" varchar;
  ALTER TABLE "service_types" ADD COLUMN "safety_question" varchar;
  ALTER TABLE "service_types" ADD COLUMN "safety_question_fr" varchar;
  ALTER TABLE "service_types" ADD COLUMN "safety_stop" varchar;
  ALTER TABLE "service_types" ADD COLUMN "safety_stop_fr" varchar;
  ALTER TABLE "service_types" ADD COLUMN "safety_go" varchar;
  ALTER TABLE "service_types" ADD COLUMN "safety_go_fr" varchar;
  ALTER TABLE "service_types" ADD COLUMN "safety_instruction" varchar;
  ALTER TABLE "service_types" ADD COLUMN "safety_instruction_fr" varchar;
  ALTER TABLE "service_requests" ADD COLUMN "reopen_count" numeric DEFAULT 0;
  ALTER TABLE "service_requests" ADD COLUMN "me_too_count" numeric DEFAULT 0;
  ALTER TABLE "service_requests" ADD COLUMN "reopened_from_id" integer;
  ALTER TABLE "service_request_events" ADD COLUMN "media_url" varchar;
  ALTER TABLE "service_request_events" ADD COLUMN "external_id" varchar;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_reopened_from_id_service_requests_id_fk" FOREIGN KEY ("reopened_from_id") REFERENCES "public"."service_requests"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "service_requests_reopened_from_idx" ON "service_requests" USING btree ("reopened_from_id");
  CREATE INDEX "service_request_events_external_id_idx" ON "service_request_events" USING btree ("external_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_requests" DROP CONSTRAINT "service_requests_reopened_from_id_service_requests_id_fk";
  
  ALTER TABLE "service_request_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_service_request_events_action";
  CREATE TYPE "public"."enum_service_request_events_action" AS ENUM('opened', 'status', 'assigned', 'merged', 'followed', 'emailed', 'photo');
  ALTER TABLE "service_request_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_service_request_events_action" USING "action"::"public"."enum_service_request_events_action";
  DROP INDEX "service_requests_reopened_from_idx";
  DROP INDEX "service_request_events_external_id_idx";
  ALTER TABLE "service_types" DROP COLUMN "notice";
  ALTER TABLE "service_types" DROP COLUMN "notice_fr";
  ALTER TABLE "service_types" DROP COLUMN "safety_question";
  ALTER TABLE "service_types" DROP COLUMN "safety_question_fr";
  ALTER TABLE "service_types" DROP COLUMN "safety_stop";
  ALTER TABLE "service_types" DROP COLUMN "safety_stop_fr";
  ALTER TABLE "service_types" DROP COLUMN "safety_go";
  ALTER TABLE "service_types" DROP COLUMN "safety_go_fr";
  ALTER TABLE "service_types" DROP COLUMN "safety_instruction";
  ALTER TABLE "service_types" DROP COLUMN "safety_instruction_fr";
  ALTER TABLE "service_requests" DROP COLUMN "reopen_count";
  ALTER TABLE "service_requests" DROP COLUMN "me_too_count";
  ALTER TABLE "service_requests" DROP COLUMN "reopened_from_id";
  ALTER TABLE "service_request_events" DROP COLUMN "media_url";
  ALTER TABLE "service_request_events" DROP COLUMN "external_id";`)
}
