import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_deliveries_channel" ADD VALUE 'callback';
  ALTER TABLE "api_clients" ADD COLUMN "callback_url" varchar;
  ALTER TABLE "api_clients" ADD COLUMN "callback_secret" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries" ALTER COLUMN "channel" SET DATA TYPE text;
  ALTER TABLE "deliveries" ALTER COLUMN "channel" SET DEFAULT 'email'::text;
  DROP TYPE "public"."enum_deliveries_channel";
  CREATE TYPE "public"."enum_deliveries_channel" AS ENUM('email', 'push', 'sms');
  ALTER TABLE "deliveries" ALTER COLUMN "channel" SET DEFAULT 'email'::"public"."enum_deliveries_channel";
  ALTER TABLE "deliveries" ALTER COLUMN "channel" SET DATA TYPE "public"."enum_deliveries_channel" USING "channel"::"public"."enum_deliveries_channel";
  ALTER TABLE "api_clients" DROP COLUMN "callback_url";
  ALTER TABLE "api_clients" DROP COLUMN "callback_secret";`)
}
