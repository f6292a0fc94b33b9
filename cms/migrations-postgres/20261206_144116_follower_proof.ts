import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_request_followers" ADD COLUMN "confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "service_request_followers" ADD COLUMN "code_hash" varchar;
  ALTER TABLE "service_request_followers" ADD COLUMN "code_expires_at" timestamp(3) with time zone;
  ALTER TABLE "service_request_followers" ADD COLUMN "code_attempts" numeric DEFAULT 0;
  CREATE INDEX "service_request_followers_confirmed_at_idx" ON "service_request_followers" USING btree ("confirmed_at");`)
  // Reporters gave their contact with their report, and a push subscription is its own proof;
  // followers by email or text who never proved theirs must follow again (README, Security).
  await db.execute(sql`UPDATE "service_request_followers" SET "confirmed_at" = "created_at" WHERE "role" = 'reporter' OR "push_subscription_id" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "service_request_followers_confirmed_at_idx";
  ALTER TABLE "service_request_followers" DROP COLUMN "confirmed_at";
  ALTER TABLE "service_request_followers" DROP COLUMN "code_hash";
  ALTER TABLE "service_request_followers" DROP COLUMN "code_expires_at";
  ALTER TABLE "service_request_followers" DROP COLUMN "code_attempts";`)
}
