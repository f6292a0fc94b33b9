import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_service_requests_still_fixed" AS ENUM('yes', 'no');
  ALTER TABLE "service_requests" ADD COLUMN "survey_score" numeric;
  ALTER TABLE "service_requests" ADD COLUMN "survey_answered_at" timestamp(3) with time zone;
  ALTER TABLE "service_requests" ADD COLUMN "survey_comment" varchar;
  ALTER TABLE "service_requests" ADD COLUMN "still_fixed_asked_at" timestamp(3) with time zone;
  ALTER TABLE "service_requests" ADD COLUMN "still_fixed" "enum_service_requests_still_fixed";
  CREATE INDEX "service_requests_still_fixed_asked_at_idx" ON "service_requests" USING btree ("still_fixed_asked_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "service_requests_still_fixed_asked_at_idx";
  ALTER TABLE "service_requests" DROP COLUMN "survey_score";
  ALTER TABLE "service_requests" DROP COLUMN "survey_answered_at";
  ALTER TABLE "service_requests" DROP COLUMN "survey_comment";
  ALTER TABLE "service_requests" DROP COLUMN "still_fixed_asked_at";
  ALTER TABLE "service_requests" DROP COLUMN "still_fixed";
  DROP TYPE "public"."enum_service_requests_still_fixed";`)
}
