import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_correspondence_channel" AS ENUM('web', 'email', 'phone', 'letter', 'counter');
  CREATE TYPE "public"."enum_correspondence_kind" AS ENUM('general', 'media', 'sponsorship', 'complaint', 'compliment', 'accessibility-feedback');
  CREATE TYPE "public"."enum_correspondence_language" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_correspondence_state" AS ENUM('new', 'assigned', 'waiting-on-customer', 'answered', 'closed');
  CREATE TYPE "public"."enum_correspondence_messages_direction" AS ENUM('in', 'out', 'call', 'note');
  CREATE TYPE "public"."enum_desk_settings_routing_kinds" AS ENUM('general', 'media', 'sponsorship', 'complaint', 'compliment', 'accessibility-feedback');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'desk-agent';
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"name_fr" varchar NOT NULL,
  	"email" varchar,
  	"manager_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "correspondence" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"subject" varchar,
  	"summary" varchar,
  	"channel" "enum_correspondence_channel" NOT NULL,
  	"kind" "enum_correspondence_kind" DEFAULT 'general' NOT NULL,
  	"topic" varchar,
  	"language" "enum_correspondence_language" DEFAULT 'en' NOT NULL,
  	"contact_name" varchar,
  	"organisation" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"postal_address" varchar,
  	"department_id" integer,
  	"assignee_id" integer,
  	"state" "enum_correspondence_state" DEFAULT 'new' NOT NULL,
  	"received_at" timestamp(3) with time zone,
  	"response_due_at" timestamp(3) with time zone,
  	"first_response_due_at" timestamp(3) with time zone,
  	"first_responded_at" timestamp(3) with time zone,
  	"standard_met" boolean,
  	"last_customer_message_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"acknowledged_at" timestamp(3) with time zone,
  	"escalated_at" timestamp(3) with time zone,
  	"notes" varchar,
  	"consent" boolean,
  	"consent_text" varchar,
  	"routed_by" varchar,
  	"sponsor_inquiry_id" integer,
  	"satisfaction" numeric,
  	"survey_comment" varchar,
  	"survey_answered_at" timestamp(3) with time zone,
  	"anonymised_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "correspondence_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_id" integer NOT NULL,
  	"direction" "enum_correspondence_messages_direction" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"author_id" integer,
  	"author_name" varchar,
  	"from_address" varchar,
  	"to_address" varchar,
  	"subject" varchar,
  	"body" varchar,
  	"message_id" varchar,
  	"await_customer" boolean,
  	"outbox_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "correspondence_messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"correspondence_files_id" integer
  );
  
  CREATE TABLE "correspondence_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"original_name" varchar,
  	"prefix" varchar DEFAULT 'private/correspondence',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "desk_audit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_id" integer,
  	"action" varchar NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"details" varchar,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "desk_settings_routing_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_desk_settings_routing_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "desk_settings_routing" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"department_id" integer NOT NULL,
  	"topics" varchar,
  	"keywords" varchar
  );
  
  CREATE TABLE "desk_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fallback_department_id" integer,
  	"digest_hour" numeric DEFAULT 8,
  	"retention_years" numeric DEFAULT 2,
  	"survey" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users" ADD COLUMN "department_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "departments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "correspondence_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "correspondence_messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "correspondence_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "desk_audit_id" integer;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_sponsor_inquiry_id_sponsor_inquiries_id_fk" FOREIGN KEY ("sponsor_inquiry_id") REFERENCES "public"."sponsor_inquiries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "correspondence_messages" ADD CONSTRAINT "correspondence_messages_case_id_correspondence_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."correspondence"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "correspondence_messages" ADD CONSTRAINT "correspondence_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "correspondence_messages_rels" ADD CONSTRAINT "correspondence_messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."correspondence_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "correspondence_messages_rels" ADD CONSTRAINT "correspondence_messages_rels_correspondence_files_fk" FOREIGN KEY ("correspondence_files_id") REFERENCES "public"."correspondence_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "desk_audit" ADD CONSTRAINT "desk_audit_case_id_correspondence_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."correspondence"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "desk_audit" ADD CONSTRAINT "desk_audit_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "desk_settings_routing_kinds" ADD CONSTRAINT "desk_settings_routing_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."desk_settings_routing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "desk_settings_routing" ADD CONSTRAINT "desk_settings_routing_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "desk_settings_routing" ADD CONSTRAINT "desk_settings_routing_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."desk_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "desk_settings" ADD CONSTRAINT "desk_settings_fallback_department_id_departments_id_fk" FOREIGN KEY ("fallback_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "departments_name_idx" ON "departments" USING btree ("name");
  CREATE INDEX "departments_manager_idx" ON "departments" USING btree ("manager_id");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE UNIQUE INDEX "correspondence_reference_idx" ON "correspondence" USING btree ("reference");
  CREATE INDEX "correspondence_channel_idx" ON "correspondence" USING btree ("channel");
  CREATE INDEX "correspondence_kind_idx" ON "correspondence" USING btree ("kind");
  CREATE INDEX "correspondence_email_idx" ON "correspondence" USING btree ("email");
  CREATE INDEX "correspondence_department_idx" ON "correspondence" USING btree ("department_id");
  CREATE INDEX "correspondence_assignee_idx" ON "correspondence" USING btree ("assignee_id");
  CREATE INDEX "correspondence_state_idx" ON "correspondence" USING btree ("state");
  CREATE INDEX "correspondence_received_at_idx" ON "correspondence" USING btree ("received_at");
  CREATE INDEX "correspondence_response_due_at_idx" ON "correspondence" USING btree ("response_due_at");
  CREATE INDEX "correspondence_first_responded_at_idx" ON "correspondence" USING btree ("first_responded_at");
  CREATE INDEX "correspondence_sponsor_inquiry_idx" ON "correspondence" USING btree ("sponsor_inquiry_id");
  CREATE INDEX "correspondence_updated_at_idx" ON "correspondence" USING btree ("updated_at");
  CREATE INDEX "correspondence_created_at_idx" ON "correspondence" USING btree ("created_at");
  CREATE INDEX "correspondence_messages_case_idx" ON "correspondence_messages" USING btree ("case_id");
  CREATE INDEX "correspondence_messages_at_idx" ON "correspondence_messages" USING btree ("at");
  CREATE INDEX "correspondence_messages_author_idx" ON "correspondence_messages" USING btree ("author_id");
  CREATE INDEX "correspondence_messages_message_id_idx" ON "correspondence_messages" USING btree ("message_id");
  CREATE INDEX "correspondence_messages_updated_at_idx" ON "correspondence_messages" USING btree ("updated_at");
  CREATE INDEX "correspondence_messages_created_at_idx" ON "correspondence_messages" USING btree ("created_at");
  CREATE INDEX "correspondence_messages_rels_order_idx" ON "correspondence_messages_rels" USING btree ("order");
  CREATE INDEX "correspondence_messages_rels_parent_idx" ON "correspondence_messages_rels" USING btree ("parent_id");
  CREATE INDEX "correspondence_messages_rels_path_idx" ON "correspondence_messages_rels" USING btree ("path");
  CREATE INDEX "correspondence_messages_rels_correspondence_files_id_idx" ON "correspondence_messages_rels" USING btree ("correspondence_files_id");
  CREATE INDEX "correspondence_files_updated_at_idx" ON "correspondence_files" USING btree ("updated_at");
  CREATE INDEX "correspondence_files_created_at_idx" ON "correspondence_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "correspondence_files_filename_idx" ON "correspondence_files" USING btree ("filename");
  CREATE INDEX "desk_audit_case_idx" ON "desk_audit" USING btree ("case_id");
  CREATE INDEX "desk_audit_action_idx" ON "desk_audit" USING btree ("action");
  CREATE INDEX "desk_audit_actor_idx" ON "desk_audit" USING btree ("actor_id");
  CREATE INDEX "desk_audit_at_idx" ON "desk_audit" USING btree ("at");
  CREATE INDEX "desk_settings_routing_kinds_order_idx" ON "desk_settings_routing_kinds" USING btree ("order");
  CREATE INDEX "desk_settings_routing_kinds_parent_idx" ON "desk_settings_routing_kinds" USING btree ("parent_id");
  CREATE INDEX "desk_settings_routing_order_idx" ON "desk_settings_routing" USING btree ("_order");
  CREATE INDEX "desk_settings_routing_parent_id_idx" ON "desk_settings_routing" USING btree ("_parent_id");
  CREATE INDEX "desk_settings_routing_department_idx" ON "desk_settings_routing" USING btree ("department_id");
  CREATE INDEX "desk_settings_fallback_department_idx" ON "desk_settings" USING btree ("fallback_department_id");
  ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_correspondence_fk" FOREIGN KEY ("correspondence_id") REFERENCES "public"."correspondence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_correspondence_messages_fk" FOREIGN KEY ("correspondence_messages_id") REFERENCES "public"."correspondence_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_correspondence_files_fk" FOREIGN KEY ("correspondence_files_id") REFERENCES "public"."correspondence_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_desk_audit_fk" FOREIGN KEY ("desk_audit_id") REFERENCES "public"."desk_audit"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_department_idx" ON "users" USING btree ("department_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_correspondence_id_idx" ON "payload_locked_documents_rels" USING btree ("correspondence_id");
  CREATE INDEX "payload_locked_documents_rels_correspondence_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("correspondence_messages_id");
  CREATE INDEX "payload_locked_documents_rels_correspondence_files_id_idx" ON "payload_locked_documents_rels" USING btree ("correspondence_files_id");
  CREATE INDEX "payload_locked_documents_rels_desk_audit_id_idx" ON "payload_locked_documents_rels" USING btree ("desk_audit_id");
  -- Staff's department was free text: each distinct name becomes a department (its French name the
  -- same until someone translates it) and each account points to its own.
  INSERT INTO "departments" ("name", "name_fr")
    SELECT DISTINCT trim("department"), trim("department") FROM "users"
    WHERE "department" IS NOT NULL AND trim("department") <> ''
      AND trim("department") NOT IN (SELECT "name" FROM "departments");
  UPDATE "users" SET "department_id" = (SELECT "id" FROM "departments" WHERE "departments"."name" = trim("users"."department"));
  ALTER TABLE "users" DROP COLUMN "department";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "department" varchar;
  UPDATE "users" SET "department" = COALESCE((SELECT "name" FROM "departments" WHERE "departments"."id" = "users"."department_id"), '');
  ALTER TABLE "users" ALTER COLUMN "department" SET NOT NULL;
  DELETE FROM "users_roles" WHERE "value" = 'desk-agent';
  ALTER TABLE "departments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "correspondence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "correspondence_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "correspondence_messages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "correspondence_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "desk_audit" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "desk_settings_routing_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "desk_settings_routing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "desk_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "correspondence" CASCADE;
  DROP TABLE "correspondence_messages" CASCADE;
  DROP TABLE "correspondence_messages_rels" CASCADE;
  DROP TABLE "correspondence_files" CASCADE;
  DROP TABLE "desk_audit" CASCADE;
  DROP TABLE "desk_settings_routing_kinds" CASCADE;
  DROP TABLE "desk_settings_routing" CASCADE;
  DROP TABLE "desk_settings" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT IF EXISTS "users_department_id_departments_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_departments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_correspondence_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_correspondence_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_correspondence_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_desk_audit_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'communications-manager', 'communications-writer', 'emergency-officer', 'sponsorship-coordinator');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "users_department_idx";
  DROP INDEX "payload_locked_documents_rels_departments_id_idx";
  DROP INDEX "payload_locked_documents_rels_correspondence_id_idx";
  DROP INDEX "payload_locked_documents_rels_correspondence_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_correspondence_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_desk_audit_id_idx";
  ALTER TABLE "users" DROP COLUMN "department_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "departments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "correspondence_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "correspondence_messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "correspondence_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "desk_audit_id";
  DROP TYPE "public"."enum_correspondence_channel";
  DROP TYPE "public"."enum_correspondence_kind";
  DROP TYPE "public"."enum_correspondence_language";
  DROP TYPE "public"."enum_correspondence_state";
  DROP TYPE "public"."enum_correspondence_messages_direction";
  DROP TYPE "public"."enum_desk_settings_routing_kinds";`)
}
