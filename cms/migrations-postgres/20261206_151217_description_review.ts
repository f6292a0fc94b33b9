import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_service_requests_description_review" AS ENUM('pending', 'approved', 'withheld');
  ALTER TABLE "service_requests" ADD COLUMN "description_review" "enum_service_requests_description_review" DEFAULT 'pending' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "service_requests" DROP COLUMN "description_review";
  DROP TYPE "public"."enum_service_requests_description_review";`)
}
