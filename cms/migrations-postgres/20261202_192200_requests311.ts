import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_service_types_attributes_datatype" AS ENUM('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist');
  CREATE TYPE "public"."enum_service_requests_language" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_service_requests_channel" AS ENUM('web', 'app', 'email', 'phone', 'counter');
  CREATE TYPE "public"."enum_service_requests_state" AS ENUM('new', 'acknowledged', 'assigned', 'in-progress', 'closed');
  CREATE TYPE "public"."enum_service_requests_status" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_service_requests_closing_reason" AS ENUM('resolved', 'duplicate', 'not-city', 'cannot-locate');
  CREATE TYPE "public"."enum_service_request_events_action" AS ENUM('opened', 'status', 'assigned', 'merged', 'followed', 'emailed');
  CREATE TYPE "public"."enum_service_request_events_state" AS ENUM('new', 'acknowledged', 'assigned', 'in-progress', 'closed');
  CREATE TYPE "public"."enum_service_request_followers_language" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_service_request_followers_role" AS ENUM('reporter', 'follower');
  CREATE TABLE "wards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric NOT NULL,
  	"name" varchar NOT NULL,
  	"name_fr" varchar NOT NULL,
  	"geometry" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "addresses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"number" varchar NOT NULL,
  	"street" varchar NOT NULL,
  	"unit" varchar,
  	"search_key" varchar NOT NULL,
  	"street_key" varchar NOT NULL,
  	"lat" numeric NOT NULL,
  	"long" numeric NOT NULL,
  	"ward_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_types_attributes_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"name_fr" varchar NOT NULL
  );
  
  CREATE TABLE "service_types_attributes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"datatype" "enum_service_types_attributes_datatype" DEFAULT 'string' NOT NULL,
  	"required" boolean DEFAULT false,
  	"variable" boolean DEFAULT true,
  	"description" varchar NOT NULL,
  	"description_fr" varchar NOT NULL,
  	"hint" varchar
  );
  
  CREATE TABLE "service_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"name_fr" varchar NOT NULL,
  	"description" varchar,
  	"description_fr" varchar,
  	"group" varchar,
  	"group_fr" varchar,
  	"keywords" varchar,
  	"department_id" integer NOT NULL,
  	"target_days" numeric DEFAULT 5 NOT NULL,
  	"duplicate_radius_metres" numeric DEFAULT 50,
  	"duplicate_days" numeric DEFAULT 30,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"service_id" integer NOT NULL,
  	"service_code" varchar NOT NULL,
  	"answers" jsonb,
  	"description" varchar,
  	"address_id" integer,
  	"address_label" varchar,
  	"lat" numeric NOT NULL,
  	"long" numeric NOT NULL,
  	"ward_id" integer,
  	"first_name" varchar,
  	"last_name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"language" "enum_service_requests_language" DEFAULT 'en' NOT NULL,
  	"channel" "enum_service_requests_channel" DEFAULT 'phone' NOT NULL,
  	"state" "enum_service_requests_state" DEFAULT 'new' NOT NULL,
  	"status" "enum_service_requests_status" DEFAULT 'open' NOT NULL,
  	"closing_reason" "enum_service_requests_closing_reason",
  	"status_notes" varchar,
  	"department_id" integer,
  	"queue" varchar,
  	"assignee_id" integer,
  	"routed_by" varchar,
  	"requested_at" timestamp(3) with time zone NOT NULL,
  	"expected_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"merged_into_id" integer,
  	"possible_duplicate_of_id" integer,
  	"api_client_id" integer,
  	"token" varchar,
  	"message_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_request_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"request_id" integer NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"action" "enum_service_request_events_action" NOT NULL,
  	"state" "enum_service_request_events_state",
  	"notes" varchar,
  	"public" boolean DEFAULT false,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"details" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_request_followers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"request_id" integer NOT NULL,
  	"email" varchar NOT NULL,
  	"language" "enum_service_request_followers_language" DEFAULT 'en' NOT NULL,
  	"role" "enum_service_request_followers_role" DEFAULT 'follower' NOT NULL,
  	"token" varchar NOT NULL,
  	"stopped_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "api_clients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"contact" varchar NOT NULL,
  	"rate_limit_per_hour" numeric DEFAULT 100 NOT NULL,
  	"active" boolean DEFAULT true,
  	"key_prefix" varchar,
  	"key_hash" varchar,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_request_settings_routing_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"values" varchar NOT NULL
  );
  
  CREATE TABLE "service_request_settings_routing" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"department_id" integer NOT NULL,
  	"queue" varchar,
  	"services" varchar
  );
  
  CREATE TABLE "service_request_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "service_request_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"wards_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "wards_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "addresses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_types_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_request_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_request_followers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "api_clients_id" integer;
  ALTER TABLE "addresses" ADD CONSTRAINT "addresses_ward_id_wards_id_fk" FOREIGN KEY ("ward_id") REFERENCES "public"."wards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_types_attributes_values" ADD CONSTRAINT "service_types_attributes_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_types_attributes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_types_attributes" ADD CONSTRAINT "service_types_attributes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_types" ADD CONSTRAINT "service_types_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_service_id_service_types_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_ward_id_wards_id_fk" FOREIGN KEY ("ward_id") REFERENCES "public"."wards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_merged_into_id_service_requests_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."service_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_possible_duplicate_of_id_service_requests_id_fk" FOREIGN KEY ("possible_duplicate_of_id") REFERENCES "public"."service_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_api_client_id_api_clients_id_fk" FOREIGN KEY ("api_client_id") REFERENCES "public"."api_clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_request_events" ADD CONSTRAINT "service_request_events_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_request_events" ADD CONSTRAINT "service_request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_request_followers" ADD CONSTRAINT "service_request_followers_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_request_settings_routing_answers" ADD CONSTRAINT "service_request_settings_routing_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_request_settings_routing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_request_settings_routing" ADD CONSTRAINT "service_request_settings_routing_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_request_settings_routing" ADD CONSTRAINT "service_request_settings_routing_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_request_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_request_settings_rels" ADD CONSTRAINT "service_request_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_request_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_request_settings_rels" ADD CONSTRAINT "service_request_settings_rels_wards_fk" FOREIGN KEY ("wards_id") REFERENCES "public"."wards"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "wards_number_idx" ON "wards" USING btree ("number");
  CREATE INDEX "wards_updated_at_idx" ON "wards" USING btree ("updated_at");
  CREATE INDEX "wards_created_at_idx" ON "wards" USING btree ("created_at");
  CREATE INDEX "addresses_number_idx" ON "addresses" USING btree ("number");
  CREATE UNIQUE INDEX "addresses_search_key_idx" ON "addresses" USING btree ("search_key");
  CREATE INDEX "addresses_street_key_idx" ON "addresses" USING btree ("street_key");
  CREATE INDEX "addresses_lat_idx" ON "addresses" USING btree ("lat");
  CREATE INDEX "addresses_ward_idx" ON "addresses" USING btree ("ward_id");
  CREATE INDEX "addresses_updated_at_idx" ON "addresses" USING btree ("updated_at");
  CREATE INDEX "addresses_created_at_idx" ON "addresses" USING btree ("created_at");
  CREATE INDEX "service_types_attributes_values_order_idx" ON "service_types_attributes_values" USING btree ("_order");
  CREATE INDEX "service_types_attributes_values_parent_id_idx" ON "service_types_attributes_values" USING btree ("_parent_id");
  CREATE INDEX "service_types_attributes_order_idx" ON "service_types_attributes" USING btree ("_order");
  CREATE INDEX "service_types_attributes_parent_id_idx" ON "service_types_attributes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "service_types_code_idx" ON "service_types" USING btree ("code");
  CREATE INDEX "service_types_department_idx" ON "service_types" USING btree ("department_id");
  CREATE INDEX "service_types_updated_at_idx" ON "service_types" USING btree ("updated_at");
  CREATE INDEX "service_types_created_at_idx" ON "service_types" USING btree ("created_at");
  CREATE UNIQUE INDEX "service_requests_reference_idx" ON "service_requests" USING btree ("reference");
  CREATE INDEX "service_requests_service_idx" ON "service_requests" USING btree ("service_id");
  CREATE INDEX "service_requests_service_code_idx" ON "service_requests" USING btree ("service_code");
  CREATE INDEX "service_requests_address_idx" ON "service_requests" USING btree ("address_id");
  CREATE INDEX "service_requests_lat_idx" ON "service_requests" USING btree ("lat");
  CREATE INDEX "service_requests_ward_idx" ON "service_requests" USING btree ("ward_id");
  CREATE INDEX "service_requests_state_idx" ON "service_requests" USING btree ("state");
  CREATE INDEX "service_requests_status_idx" ON "service_requests" USING btree ("status");
  CREATE INDEX "service_requests_department_idx" ON "service_requests" USING btree ("department_id");
  CREATE INDEX "service_requests_assignee_idx" ON "service_requests" USING btree ("assignee_id");
  CREATE INDEX "service_requests_requested_at_idx" ON "service_requests" USING btree ("requested_at");
  CREATE INDEX "service_requests_expected_at_idx" ON "service_requests" USING btree ("expected_at");
  CREATE INDEX "service_requests_merged_into_idx" ON "service_requests" USING btree ("merged_into_id");
  CREATE INDEX "service_requests_possible_duplicate_of_idx" ON "service_requests" USING btree ("possible_duplicate_of_id");
  CREATE INDEX "service_requests_api_client_idx" ON "service_requests" USING btree ("api_client_id");
  CREATE INDEX "service_requests_token_idx" ON "service_requests" USING btree ("token");
  CREATE INDEX "service_requests_message_id_idx" ON "service_requests" USING btree ("message_id");
  CREATE INDEX "service_requests_updated_at_idx" ON "service_requests" USING btree ("updated_at");
  CREATE INDEX "service_requests_created_at_idx" ON "service_requests" USING btree ("created_at");
  CREATE INDEX "service_request_events_request_idx" ON "service_request_events" USING btree ("request_id");
  CREATE INDEX "service_request_events_at_idx" ON "service_request_events" USING btree ("at");
  CREATE INDEX "service_request_events_actor_idx" ON "service_request_events" USING btree ("actor_id");
  CREATE INDEX "service_request_events_updated_at_idx" ON "service_request_events" USING btree ("updated_at");
  CREATE INDEX "service_request_events_created_at_idx" ON "service_request_events" USING btree ("created_at");
  CREATE INDEX "service_request_followers_request_idx" ON "service_request_followers" USING btree ("request_id");
  CREATE INDEX "service_request_followers_email_idx" ON "service_request_followers" USING btree ("email");
  CREATE UNIQUE INDEX "service_request_followers_token_idx" ON "service_request_followers" USING btree ("token");
  CREATE INDEX "service_request_followers_updated_at_idx" ON "service_request_followers" USING btree ("updated_at");
  CREATE INDEX "service_request_followers_created_at_idx" ON "service_request_followers" USING btree ("created_at");
  CREATE INDEX "api_clients_key_prefix_idx" ON "api_clients" USING btree ("key_prefix");
  CREATE INDEX "api_clients_updated_at_idx" ON "api_clients" USING btree ("updated_at");
  CREATE INDEX "api_clients_created_at_idx" ON "api_clients" USING btree ("created_at");
  CREATE INDEX "service_request_settings_routing_answers_order_idx" ON "service_request_settings_routing_answers" USING btree ("_order");
  CREATE INDEX "service_request_settings_routing_answers_parent_id_idx" ON "service_request_settings_routing_answers" USING btree ("_parent_id");
  CREATE INDEX "service_request_settings_routing_order_idx" ON "service_request_settings_routing" USING btree ("_order");
  CREATE INDEX "service_request_settings_routing_parent_id_idx" ON "service_request_settings_routing" USING btree ("_parent_id");
  CREATE INDEX "service_request_settings_routing_department_idx" ON "service_request_settings_routing" USING btree ("department_id");
  CREATE INDEX "service_request_settings_rels_order_idx" ON "service_request_settings_rels" USING btree ("order");
  CREATE INDEX "service_request_settings_rels_parent_idx" ON "service_request_settings_rels" USING btree ("parent_id");
  CREATE INDEX "service_request_settings_rels_path_idx" ON "service_request_settings_rels" USING btree ("path");
  CREATE INDEX "service_request_settings_rels_wards_id_idx" ON "service_request_settings_rels" USING btree ("wards_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_wards_fk" FOREIGN KEY ("wards_id") REFERENCES "public"."wards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_addresses_fk" FOREIGN KEY ("addresses_id") REFERENCES "public"."addresses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_types_fk" FOREIGN KEY ("service_types_id") REFERENCES "public"."service_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_request_events_fk" FOREIGN KEY ("service_request_events_id") REFERENCES "public"."service_request_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_request_followers_fk" FOREIGN KEY ("service_request_followers_id") REFERENCES "public"."service_request_followers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_wards_id_idx" ON "payload_locked_documents_rels" USING btree ("wards_id");
  CREATE INDEX "payload_locked_documents_rels_addresses_id_idx" ON "payload_locked_documents_rels" USING btree ("addresses_id");
  CREATE INDEX "payload_locked_documents_rels_service_types_id_idx" ON "payload_locked_documents_rels" USING btree ("service_types_id");
  CREATE INDEX "payload_locked_documents_rels_service_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("service_requests_id");
  CREATE INDEX "payload_locked_documents_rels_service_request_events_id_idx" ON "payload_locked_documents_rels" USING btree ("service_request_events_id");
  CREATE INDEX "payload_locked_documents_rels_service_request_followers__idx" ON "payload_locked_documents_rels" USING btree ("service_request_followers_id");
  CREATE INDEX "payload_locked_documents_rels_api_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("api_clients_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "wards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "addresses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_types_attributes_values" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_types_attributes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_request_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_request_followers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_clients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_request_settings_routing_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_request_settings_routing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_request_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_request_settings_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "wards" CASCADE;
  DROP TABLE "addresses" CASCADE;
  DROP TABLE "service_types_attributes_values" CASCADE;
  DROP TABLE "service_types_attributes" CASCADE;
  DROP TABLE "service_types" CASCADE;
  DROP TABLE "service_requests" CASCADE;
  DROP TABLE "service_request_events" CASCADE;
  DROP TABLE "service_request_followers" CASCADE;
  DROP TABLE "api_clients" CASCADE;
  DROP TABLE "service_request_settings_routing_answers" CASCADE;
  DROP TABLE "service_request_settings_routing" CASCADE;
  DROP TABLE "service_request_settings" CASCADE;
  DROP TABLE "service_request_settings_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_wards_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_addresses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_service_types_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_service_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_service_request_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_service_request_followers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_api_clients_fk";
  
  DROP INDEX "payload_locked_documents_rels_wards_id_idx";
  DROP INDEX "payload_locked_documents_rels_addresses_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_types_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_request_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_request_followers__idx";
  DROP INDEX "payload_locked_documents_rels_api_clients_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "wards_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "addresses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_types_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_request_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_request_followers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "api_clients_id";
  DROP TYPE "public"."enum_service_types_attributes_datatype";
  DROP TYPE "public"."enum_service_requests_language";
  DROP TYPE "public"."enum_service_requests_channel";
  DROP TYPE "public"."enum_service_requests_state";
  DROP TYPE "public"."enum_service_requests_status";
  DROP TYPE "public"."enum_service_requests_closing_reason";
  DROP TYPE "public"."enum_service_request_events_action";
  DROP TYPE "public"."enum_service_request_events_state";
  DROP TYPE "public"."enum_service_request_followers_language";
  DROP TYPE "public"."enum_service_request_followers_role";`)
}
