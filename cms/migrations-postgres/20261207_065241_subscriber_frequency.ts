import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscribers_frequency" AS ENUM('immediate', 'daily', 'weekly');
  CREATE TYPE "public"."enum_subscribers_requested_frequency" AS ENUM('immediate', 'daily', 'weekly');
  ALTER TABLE "subscribers" ADD COLUMN "frequency" "enum_subscribers_frequency" DEFAULT 'immediate';
  ALTER TABLE "subscribers" ADD COLUMN "requested_frequency" "enum_subscribers_requested_frequency" DEFAULT 'immediate';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscribers" DROP COLUMN "frequency";
  ALTER TABLE "subscribers" DROP COLUMN "requested_frequency";
  DROP TYPE "public"."enum_subscribers_frequency";
  DROP TYPE "public"."enum_subscribers_requested_frequency";`)
}
