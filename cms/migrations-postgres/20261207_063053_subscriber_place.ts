import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscribers_area" AS ENUM('everywhere', 'mine');
  CREATE TYPE "public"."enum_subscribers_requested_area" AS ENUM('everywhere', 'mine');
  CREATE TYPE "public"."enum_push_subscriptions_area" AS ENUM('everywhere', 'mine');
  CREATE TYPE "public"."enum_sms_subscribers_area" AS ENUM('everywhere', 'mine');
  CREATE TYPE "public"."enum_sms_subscribers_requested_area" AS ENUM('everywhere', 'mine');
  CREATE TABLE "subscribers_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "push_subscriptions_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "sms_subscribers_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  ALTER TABLE "subscribers" ADD COLUMN "area" "enum_subscribers_area" DEFAULT 'everywhere';
  ALTER TABLE "subscribers" ADD COLUMN "address_id" integer;
  ALTER TABLE "subscribers" ADD COLUMN "requested_area" "enum_subscribers_requested_area" DEFAULT 'everywhere';
  ALTER TABLE "subscribers" ADD COLUMN "requested_address_id" integer;
  ALTER TABLE "push_subscriptions" ADD COLUMN "area" "enum_push_subscriptions_area" DEFAULT 'everywhere';
  ALTER TABLE "push_subscriptions" ADD COLUMN "address_id" integer;
  ALTER TABLE "sms_subscribers" ADD COLUMN "area" "enum_sms_subscribers_area" DEFAULT 'everywhere';
  ALTER TABLE "sms_subscribers" ADD COLUMN "address_id" integer;
  ALTER TABLE "sms_subscribers" ADD COLUMN "requested_area" "enum_sms_subscribers_requested_area" DEFAULT 'everywhere';
  ALTER TABLE "sms_subscribers" ADD COLUMN "requested_address_id" integer;
  ALTER TABLE "subscribers_numbers" ADD CONSTRAINT "subscribers_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_numbers" ADD CONSTRAINT "push_subscriptions_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sms_subscribers_numbers" ADD CONSTRAINT "sms_subscribers_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sms_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "subscribers_numbers_order_parent_idx" ON "subscribers_numbers" USING btree ("order","parent_id");
  CREATE INDEX "push_subscriptions_numbers_order_parent_idx" ON "push_subscriptions_numbers" USING btree ("order","parent_id");
  CREATE INDEX "sms_subscribers_numbers_order_parent_idx" ON "sms_subscribers_numbers" USING btree ("order","parent_id");
  ALTER TABLE "subscribers" ADD CONSTRAINT "subscribers_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscribers" ADD CONSTRAINT "subscribers_requested_address_id_addresses_id_fk" FOREIGN KEY ("requested_address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_subscribers" ADD CONSTRAINT "sms_subscribers_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sms_subscribers" ADD CONSTRAINT "sms_subscribers_requested_address_id_addresses_id_fk" FOREIGN KEY ("requested_address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "subscribers_address_idx" ON "subscribers" USING btree ("address_id");
  CREATE INDEX "subscribers_requested_address_idx" ON "subscribers" USING btree ("requested_address_id");
  CREATE INDEX "push_subscriptions_address_idx" ON "push_subscriptions" USING btree ("address_id");
  CREATE INDEX "sms_subscribers_address_idx" ON "sms_subscribers" USING btree ("address_id");
  CREATE INDEX "sms_subscribers_requested_address_idx" ON "sms_subscribers" USING btree ("requested_address_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscribers_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_subscriptions_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sms_subscribers_numbers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subscribers_numbers" CASCADE;
  DROP TABLE "push_subscriptions_numbers" CASCADE;
  DROP TABLE "sms_subscribers_numbers" CASCADE;
  ALTER TABLE "subscribers" DROP CONSTRAINT "subscribers_address_id_addresses_id_fk";
  
  ALTER TABLE "subscribers" DROP CONSTRAINT "subscribers_requested_address_id_addresses_id_fk";
  
  ALTER TABLE "push_subscriptions" DROP CONSTRAINT "push_subscriptions_address_id_addresses_id_fk";
  
  ALTER TABLE "sms_subscribers" DROP CONSTRAINT "sms_subscribers_address_id_addresses_id_fk";
  
  ALTER TABLE "sms_subscribers" DROP CONSTRAINT "sms_subscribers_requested_address_id_addresses_id_fk";
  
  DROP INDEX "subscribers_address_idx";
  DROP INDEX "subscribers_requested_address_idx";
  DROP INDEX "push_subscriptions_address_idx";
  DROP INDEX "sms_subscribers_address_idx";
  DROP INDEX "sms_subscribers_requested_address_idx";
  ALTER TABLE "subscribers" DROP COLUMN "area";
  ALTER TABLE "subscribers" DROP COLUMN "address_id";
  ALTER TABLE "subscribers" DROP COLUMN "requested_area";
  ALTER TABLE "subscribers" DROP COLUMN "requested_address_id";
  ALTER TABLE "push_subscriptions" DROP COLUMN "area";
  ALTER TABLE "push_subscriptions" DROP COLUMN "address_id";
  ALTER TABLE "sms_subscribers" DROP COLUMN "area";
  ALTER TABLE "sms_subscribers" DROP COLUMN "address_id";
  ALTER TABLE "sms_subscribers" DROP COLUMN "requested_area";
  ALTER TABLE "sms_subscribers" DROP COLUMN "requested_address_id";
  DROP TYPE "public"."enum_subscribers_area";
  DROP TYPE "public"."enum_subscribers_requested_area";
  DROP TYPE "public"."enum_push_subscriptions_area";
  DROP TYPE "public"."enum_sms_subscribers_area";
  DROP TYPE "public"."enum_sms_subscribers_requested_area";`)
}
