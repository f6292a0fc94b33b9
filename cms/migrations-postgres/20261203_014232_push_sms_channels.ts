import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_deliveries_channel" AS ENUM('email', 'push', 'sms');
  CREATE TYPE "public"."enum_push_subscriptions_topics" AS ENUM('emergency', 'news', 'publications', 'sponsorship');
  CREATE TYPE "public"."enum_push_subscriptions_language" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_sms_subscribers_topics" AS ENUM('emergency', 'news', 'publications', 'sponsorship');
  CREATE TYPE "public"."enum_sms_subscribers_requested_topics" AS ENUM('emergency', 'news', 'publications', 'sponsorship');
  CREATE TYPE "public"."enum_sms_subscribers_status" AS ENUM('pending', 'confirmed', 'unsubscribed');
  CREATE TYPE "public"."enum_sms_subscribers_language" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_sms_subscribers_requested_language" AS ENUM('en', 'fr');
  CREATE TABLE "push_subscriptions_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_push_subscriptions_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "push_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"endpoint" varchar NOT NULL,
  	"service" varchar,
  	"p256dh" varchar NOT NULL,
  	"auth" varchar NOT NULL,
  	"language" "enum_push_subscriptions_language" DEFAULT 'en' NOT NULL,
  	"consent_text" varchar,
  	"consent_agreed_at" timestamp(3) with time zone,
  	"consent_source_page" varchar,
  	"consent_ip" varchar,
  	"consent_method" varchar,
  	"last_sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sms_subscribers_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sms_subscribers_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sms_subscribers_requested_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sms_subscribers_requested_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sms_subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"phone" varchar NOT NULL,
  	"status" "enum_sms_subscribers_status" DEFAULT 'pending' NOT NULL,
  	"language" "enum_sms_subscribers_language" DEFAULT 'en' NOT NULL,
  	"consent_text" varchar,
  	"consent_agreed_at" timestamp(3) with time zone,
  	"consent_source_page" varchar,
  	"consent_ip" varchar,
  	"consent_method" varchar,
  	"requested_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"unsubscribed_by" varchar,
  	"requested_language" "enum_sms_subscribers_requested_language",
  	"code_hash" varchar,
  	"code_expires_at" timestamp(3) with time zone,
  	"code_attempts" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "push_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"public_key" varchar,
  	"private_key" varchar,
  	"generated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "service_request_followers" ALTER COLUMN "email" DROP NOT NULL;
  ALTER TABLE "sends" ADD COLUMN "by_channel" jsonb;
  ALTER TABLE "deliveries" ADD COLUMN "channel" "enum_deliveries_channel" DEFAULT 'email' NOT NULL;
  ALTER TABLE "deliveries" ADD COLUMN "push_subscription_id" integer;
  ALTER TABLE "deliveries" ADD COLUMN "sms_subscriber_id" integer;
  ALTER TABLE "service_request_followers" ADD COLUMN "phone" varchar;
  ALTER TABLE "service_request_followers" ADD COLUMN "push_subscription_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "push_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sms_subscribers_id" integer;
  ALTER TABLE "push_subscriptions_topics" ADD CONSTRAINT "push_subscriptions_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sms_subscribers_topics" ADD CONSTRAINT "sms_subscribers_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sms_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sms_subscribers_requested_topics" ADD CONSTRAINT "sms_subscribers_requested_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sms_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "push_subscriptions_topics_order_idx" ON "push_subscriptions_topics" USING btree ("order");
  CREATE INDEX "push_subscriptions_topics_parent_idx" ON "push_subscriptions_topics" USING btree ("parent_id");
  CREATE UNIQUE INDEX "push_subscriptions_endpoint_idx" ON "push_subscriptions" USING btree ("endpoint");
  CREATE INDEX "push_subscriptions_updated_at_idx" ON "push_subscriptions" USING btree ("updated_at");
  CREATE INDEX "push_subscriptions_created_at_idx" ON "push_subscriptions" USING btree ("created_at");
  CREATE INDEX "sms_subscribers_topics_order_idx" ON "sms_subscribers_topics" USING btree ("order");
  CREATE INDEX "sms_subscribers_topics_parent_idx" ON "sms_subscribers_topics" USING btree ("parent_id");
  CREATE INDEX "sms_subscribers_requested_topics_order_idx" ON "sms_subscribers_requested_topics" USING btree ("order");
  CREATE INDEX "sms_subscribers_requested_topics_parent_idx" ON "sms_subscribers_requested_topics" USING btree ("parent_id");
  CREATE UNIQUE INDEX "sms_subscribers_phone_idx" ON "sms_subscribers" USING btree ("phone");
  CREATE INDEX "sms_subscribers_status_idx" ON "sms_subscribers" USING btree ("status");
  CREATE INDEX "sms_subscribers_updated_at_idx" ON "sms_subscribers" USING btree ("updated_at");
  CREATE INDEX "sms_subscribers_created_at_idx" ON "sms_subscribers" USING btree ("created_at");
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_push_subscription_id_push_subscriptions_id_fk" FOREIGN KEY ("push_subscription_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_sms_subscriber_id_sms_subscribers_id_fk" FOREIGN KEY ("sms_subscriber_id") REFERENCES "public"."sms_subscribers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_request_followers" ADD CONSTRAINT "service_request_followers_push_subscription_id_push_subscriptions_id_fk" FOREIGN KEY ("push_subscription_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_push_subscriptions_fk" FOREIGN KEY ("push_subscriptions_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sms_subscribers_fk" FOREIGN KEY ("sms_subscribers_id") REFERENCES "public"."sms_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "deliveries_channel_idx" ON "deliveries" USING btree ("channel");
  CREATE INDEX "deliveries_push_subscription_idx" ON "deliveries" USING btree ("push_subscription_id");
  CREATE INDEX "deliveries_sms_subscriber_idx" ON "deliveries" USING btree ("sms_subscriber_id");
  CREATE INDEX "service_request_followers_phone_idx" ON "service_request_followers" USING btree ("phone");
  CREATE INDEX "service_request_followers_push_subscription_idx" ON "service_request_followers" USING btree ("push_subscription_id");
  CREATE INDEX "payload_locked_documents_rels_push_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("push_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_sms_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("sms_subscribers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "push_subscriptions_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sms_subscribers_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sms_subscribers_requested_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sms_subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "push_subscriptions_topics" CASCADE;
  DROP TABLE "push_subscriptions" CASCADE;
  DROP TABLE "sms_subscribers_topics" CASCADE;
  DROP TABLE "sms_subscribers_requested_topics" CASCADE;
  DROP TABLE "sms_subscribers" CASCADE;
  DROP TABLE "push_keys" CASCADE;
  ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_push_subscription_id_push_subscriptions_id_fk";
  
  ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_sms_subscriber_id_sms_subscribers_id_fk";
  
  ALTER TABLE "service_request_followers" DROP CONSTRAINT "service_request_followers_push_subscription_id_push_subscriptions_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_push_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_sms_subscribers_fk";
  
  DROP INDEX "deliveries_channel_idx";
  DROP INDEX "deliveries_push_subscription_idx";
  DROP INDEX "deliveries_sms_subscriber_idx";
  DROP INDEX "service_request_followers_phone_idx";
  DROP INDEX "service_request_followers_push_subscription_idx";
  DROP INDEX "payload_locked_documents_rels_push_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_sms_subscribers_id_idx";
  ALTER TABLE "service_request_followers" ALTER COLUMN "email" SET NOT NULL;
  ALTER TABLE "sends" DROP COLUMN "by_channel";
  ALTER TABLE "deliveries" DROP COLUMN "channel";
  ALTER TABLE "deliveries" DROP COLUMN "push_subscription_id";
  ALTER TABLE "deliveries" DROP COLUMN "sms_subscriber_id";
  ALTER TABLE "service_request_followers" DROP COLUMN "phone";
  ALTER TABLE "service_request_followers" DROP COLUMN "push_subscription_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "push_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sms_subscribers_id";
  DROP TYPE "public"."enum_deliveries_channel";
  DROP TYPE "public"."enum_push_subscriptions_topics";
  DROP TYPE "public"."enum_push_subscriptions_language";
  DROP TYPE "public"."enum_sms_subscribers_topics";
  DROP TYPE "public"."enum_sms_subscribers_requested_topics";
  DROP TYPE "public"."enum_sms_subscribers_status";
  DROP TYPE "public"."enum_sms_subscribers_language";
  DROP TYPE "public"."enum_sms_subscribers_requested_language";`)
}
