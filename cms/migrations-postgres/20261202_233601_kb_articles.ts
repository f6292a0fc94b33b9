import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_kb_articles_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_kb_articles_audience" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_kb_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__kb_articles_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__kb_articles_v_version_audience" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum__kb_articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__kb_articles_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_kb_search_misses_language" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_kb_search_misses_source" AS ENUM('agent', 'site');
  CREATE TYPE "public"."enum_kb_feedback_language" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_kb_views_language" AS ENUM('en', 'fr');
  ALTER TYPE "public"."enum_workflow_audit_item_collection" ADD VALUE 'kb-articles';
  ALTER TYPE "public"."enum_retired_items_item_collection" ADD VALUE 'kb-articles';
  ALTER TYPE "public"."enum_language_policy_french_required" ADD VALUE 'kb-articles';
  CREATE TABLE "kb_articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"slug_fr" varchar,
  	"uid" varchar,
  	"author_id" integer,
  	"last_edited_by_id" integer,
  	"workflow_state" "enum_kb_articles_workflow_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"urgent_published_by_id" integer,
  	"audience" "enum_kb_articles_audience",
  	"department_id" integer,
  	"review_by" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_kb_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "kb_articles_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"withdrawal_reason" varchar,
  	"keywords" varchar,
  	"phone_script" varchar,
  	"internal_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "kb_articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"service_types_id" integer,
  	"kb_articles_id" integer
  );
  
  CREATE TABLE "_kb_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_slug_fr" varchar,
  	"version_uid" varchar,
  	"version_author_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_workflow_state" "enum__kb_articles_v_version_workflow_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_withdrawn_at" timestamp(3) with time zone,
  	"version_urgent_published_by_id" integer,
  	"version_audience" "enum__kb_articles_v_version_audience",
  	"version_department_id" integer,
  	"version_review_by" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__kb_articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__kb_articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_kb_articles_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_withdrawal_reason" varchar,
  	"version_keywords" varchar,
  	"version_phone_script" varchar,
  	"version_internal_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_kb_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"service_types_id" integer,
  	"kb_articles_id" integer
  );
  
  CREATE TABLE "kb_search_misses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"query" varchar NOT NULL,
  	"language" "enum_kb_search_misses_language" DEFAULT 'en' NOT NULL,
  	"source" "enum_kb_search_misses_source" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kb_feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"helpful" boolean DEFAULT false NOT NULL,
  	"comment" varchar,
  	"language" "enum_kb_feedback_language" DEFAULT 'en' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kb_views" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"article_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"language" "enum_kb_views_language" DEFAULT 'en' NOT NULL,
  	"views" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kb_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"synonyms_en" varchar DEFAULT 'garbage, trash, refuse, rubbish
  collection, pickup
  couch, sofa, chesterfield
  cart, bin
  plow, plough, snowplow, snowplough
  streetlight, lamppost, streetlamp
  licence, license
  ticket, citation
  pothole, crater
  centre, center
  neighbour, neighbor',
  	"synonyms_fr" varchar DEFAULT 'ordures, déchets, poubelles, vidanges
  collecte, ramassage, cueillette
  divan, canapé, sofa
  bac, poubelle
  lampadaire, réverbère
  contravention, amende, ticket
  déneigement, déblaiement
  stationnement, parking',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kb_articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kb_search_misses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kb_feedback_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "kb_views_id" integer;
  ALTER TABLE "kb_articles" ADD CONSTRAINT "kb_articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kb_articles" ADD CONSTRAINT "kb_articles_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kb_articles" ADD CONSTRAINT "kb_articles_urgent_published_by_id_users_id_fk" FOREIGN KEY ("urgent_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kb_articles" ADD CONSTRAINT "kb_articles_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kb_articles_locales" ADD CONSTRAINT "kb_articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kb_articles_rels" ADD CONSTRAINT "kb_articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kb_articles_rels" ADD CONSTRAINT "kb_articles_rels_service_types_fk" FOREIGN KEY ("service_types_id") REFERENCES "public"."service_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kb_articles_rels" ADD CONSTRAINT "kb_articles_rels_kb_articles_fk" FOREIGN KEY ("kb_articles_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_kb_articles_v" ADD CONSTRAINT "_kb_articles_v_parent_id_kb_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kb_articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_kb_articles_v" ADD CONSTRAINT "_kb_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_kb_articles_v" ADD CONSTRAINT "_kb_articles_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_kb_articles_v" ADD CONSTRAINT "_kb_articles_v_version_urgent_published_by_id_users_id_fk" FOREIGN KEY ("version_urgent_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_kb_articles_v" ADD CONSTRAINT "_kb_articles_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_kb_articles_v_locales" ADD CONSTRAINT "_kb_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_kb_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_kb_articles_v_rels" ADD CONSTRAINT "_kb_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_kb_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_kb_articles_v_rels" ADD CONSTRAINT "_kb_articles_v_rels_service_types_fk" FOREIGN KEY ("service_types_id") REFERENCES "public"."service_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_kb_articles_v_rels" ADD CONSTRAINT "_kb_articles_v_rels_kb_articles_fk" FOREIGN KEY ("kb_articles_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "kb_feedback" ADD CONSTRAINT "kb_feedback_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kb_views" ADD CONSTRAINT "kb_views_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "kb_articles_slug_idx" ON "kb_articles" USING btree ("slug");
  CREATE UNIQUE INDEX "kb_articles_slug_fr_idx" ON "kb_articles" USING btree ("slug_fr");
  CREATE UNIQUE INDEX "kb_articles_uid_idx" ON "kb_articles" USING btree ("uid");
  CREATE INDEX "kb_articles_author_idx" ON "kb_articles" USING btree ("author_id");
  CREATE INDEX "kb_articles_last_edited_by_idx" ON "kb_articles" USING btree ("last_edited_by_id");
  CREATE INDEX "kb_articles_workflow_state_idx" ON "kb_articles" USING btree ("workflow_state");
  CREATE INDEX "kb_articles_urgent_published_by_idx" ON "kb_articles" USING btree ("urgent_published_by_id");
  CREATE INDEX "kb_articles_audience_idx" ON "kb_articles" USING btree ("audience");
  CREATE INDEX "kb_articles_department_idx" ON "kb_articles" USING btree ("department_id");
  CREATE INDEX "kb_articles_review_by_idx" ON "kb_articles" USING btree ("review_by");
  CREATE INDEX "kb_articles_updated_at_idx" ON "kb_articles" USING btree ("updated_at");
  CREATE INDEX "kb_articles_created_at_idx" ON "kb_articles" USING btree ("created_at");
  CREATE INDEX "kb_articles__status_idx" ON "kb_articles" USING btree ("_status");
  CREATE UNIQUE INDEX "kb_articles_locales_locale_parent_id_unique" ON "kb_articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "kb_articles_locales_parent_id_idx" ON "kb_articles_locales" USING btree ("_parent_id");
  CREATE INDEX "kb_articles_rels_order_idx" ON "kb_articles_rels" USING btree ("order");
  CREATE INDEX "kb_articles_rels_parent_idx" ON "kb_articles_rels" USING btree ("parent_id");
  CREATE INDEX "kb_articles_rels_path_idx" ON "kb_articles_rels" USING btree ("path");
  CREATE INDEX "kb_articles_rels_service_types_id_idx" ON "kb_articles_rels" USING btree ("service_types_id");
  CREATE INDEX "kb_articles_rels_kb_articles_id_idx" ON "kb_articles_rels" USING btree ("kb_articles_id");
  CREATE INDEX "_kb_articles_v_parent_idx" ON "_kb_articles_v" USING btree ("parent_id");
  CREATE INDEX "_kb_articles_v_version_version_slug_idx" ON "_kb_articles_v" USING btree ("version_slug");
  CREATE INDEX "_kb_articles_v_version_version_slug_fr_idx" ON "_kb_articles_v" USING btree ("version_slug_fr");
  CREATE INDEX "_kb_articles_v_version_version_uid_idx" ON "_kb_articles_v" USING btree ("version_uid");
  CREATE INDEX "_kb_articles_v_version_version_author_idx" ON "_kb_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_kb_articles_v_version_version_last_edited_by_idx" ON "_kb_articles_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_kb_articles_v_version_version_workflow_state_idx" ON "_kb_articles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_kb_articles_v_version_version_urgent_published_by_idx" ON "_kb_articles_v" USING btree ("version_urgent_published_by_id");
  CREATE INDEX "_kb_articles_v_version_version_audience_idx" ON "_kb_articles_v" USING btree ("version_audience");
  CREATE INDEX "_kb_articles_v_version_version_department_idx" ON "_kb_articles_v" USING btree ("version_department_id");
  CREATE INDEX "_kb_articles_v_version_version_review_by_idx" ON "_kb_articles_v" USING btree ("version_review_by");
  CREATE INDEX "_kb_articles_v_version_version_updated_at_idx" ON "_kb_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_kb_articles_v_version_version_created_at_idx" ON "_kb_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_kb_articles_v_version_version__status_idx" ON "_kb_articles_v" USING btree ("version__status");
  CREATE INDEX "_kb_articles_v_created_at_idx" ON "_kb_articles_v" USING btree ("created_at");
  CREATE INDEX "_kb_articles_v_updated_at_idx" ON "_kb_articles_v" USING btree ("updated_at");
  CREATE INDEX "_kb_articles_v_snapshot_idx" ON "_kb_articles_v" USING btree ("snapshot");
  CREATE INDEX "_kb_articles_v_published_locale_idx" ON "_kb_articles_v" USING btree ("published_locale");
  CREATE INDEX "_kb_articles_v_latest_idx" ON "_kb_articles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_kb_articles_v_locales_locale_parent_id_unique" ON "_kb_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_kb_articles_v_locales_parent_id_idx" ON "_kb_articles_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_kb_articles_v_rels_order_idx" ON "_kb_articles_v_rels" USING btree ("order");
  CREATE INDEX "_kb_articles_v_rels_parent_idx" ON "_kb_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_kb_articles_v_rels_path_idx" ON "_kb_articles_v_rels" USING btree ("path");
  CREATE INDEX "_kb_articles_v_rels_service_types_id_idx" ON "_kb_articles_v_rels" USING btree ("service_types_id");
  CREATE INDEX "_kb_articles_v_rels_kb_articles_id_idx" ON "_kb_articles_v_rels" USING btree ("kb_articles_id");
  CREATE INDEX "kb_search_misses_query_idx" ON "kb_search_misses" USING btree ("query");
  CREATE INDEX "kb_search_misses_updated_at_idx" ON "kb_search_misses" USING btree ("updated_at");
  CREATE INDEX "kb_search_misses_created_at_idx" ON "kb_search_misses" USING btree ("created_at");
  CREATE INDEX "kb_feedback_article_idx" ON "kb_feedback" USING btree ("article_id");
  CREATE INDEX "kb_feedback_helpful_idx" ON "kb_feedback" USING btree ("helpful");
  CREATE INDEX "kb_feedback_updated_at_idx" ON "kb_feedback" USING btree ("updated_at");
  CREATE INDEX "kb_feedback_created_at_idx" ON "kb_feedback" USING btree ("created_at");
  CREATE UNIQUE INDEX "kb_views_key_idx" ON "kb_views" USING btree ("key");
  CREATE INDEX "kb_views_article_idx" ON "kb_views" USING btree ("article_id");
  CREATE INDEX "kb_views_day_idx" ON "kb_views" USING btree ("day");
  CREATE INDEX "kb_views_updated_at_idx" ON "kb_views" USING btree ("updated_at");
  CREATE INDEX "kb_views_created_at_idx" ON "kb_views" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kb_articles_fk" FOREIGN KEY ("kb_articles_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kb_search_misses_fk" FOREIGN KEY ("kb_search_misses_id") REFERENCES "public"."kb_search_misses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kb_feedback_fk" FOREIGN KEY ("kb_feedback_id") REFERENCES "public"."kb_feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kb_views_fk" FOREIGN KEY ("kb_views_id") REFERENCES "public"."kb_views"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_kb_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("kb_articles_id");
  CREATE INDEX "payload_locked_documents_rels_kb_search_misses_id_idx" ON "payload_locked_documents_rels" USING btree ("kb_search_misses_id");
  CREATE INDEX "payload_locked_documents_rels_kb_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("kb_feedback_id");
  CREATE INDEX "payload_locked_documents_rels_kb_views_id_idx" ON "payload_locked_documents_rels" USING btree ("kb_views_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "kb_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kb_articles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kb_articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_kb_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_kb_articles_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_kb_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kb_search_misses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kb_feedback" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kb_views" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "kb_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "kb_articles" CASCADE;
  DROP TABLE "kb_articles_locales" CASCADE;
  DROP TABLE "kb_articles_rels" CASCADE;
  DROP TABLE "_kb_articles_v" CASCADE;
  DROP TABLE "_kb_articles_v_locales" CASCADE;
  DROP TABLE "_kb_articles_v_rels" CASCADE;
  DROP TABLE "kb_search_misses" CASCADE;
  DROP TABLE "kb_feedback" CASCADE;
  DROP TABLE "kb_views" CASCADE;
  DROP TABLE "kb_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_kb_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_kb_search_misses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_kb_feedback_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_kb_views_fk";
  
  ALTER TABLE "workflow_audit" ALTER COLUMN "item_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_audit_item_collection";
  CREATE TYPE "public"."enum_workflow_audit_item_collection" AS ENUM('publications', 'media-releases', 'sponsorship-packages', 'emergency-bulletins');
  ALTER TABLE "workflow_audit" ALTER COLUMN "item_collection" SET DATA TYPE "public"."enum_workflow_audit_item_collection" USING "item_collection"::"public"."enum_workflow_audit_item_collection";
  ALTER TABLE "retired_items" ALTER COLUMN "item_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_retired_items_item_collection";
  CREATE TYPE "public"."enum_retired_items_item_collection" AS ENUM('publications', 'media-releases', 'sponsorship-packages', 'emergency-bulletins');
  ALTER TABLE "retired_items" ALTER COLUMN "item_collection" SET DATA TYPE "public"."enum_retired_items_item_collection" USING "item_collection"::"public"."enum_retired_items_item_collection";
  ALTER TABLE "language_policy_french_required" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_language_policy_french_required";
  CREATE TYPE "public"."enum_language_policy_french_required" AS ENUM('publications', 'media-releases', 'sponsorship-packages', 'emergency-bulletins');
  ALTER TABLE "language_policy_french_required" ALTER COLUMN "value" SET DATA TYPE "public"."enum_language_policy_french_required" USING "value"::"public"."enum_language_policy_french_required";
  DROP INDEX "payload_locked_documents_rels_kb_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_kb_search_misses_id_idx";
  DROP INDEX "payload_locked_documents_rels_kb_feedback_id_idx";
  DROP INDEX "payload_locked_documents_rels_kb_views_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kb_articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kb_search_misses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kb_feedback_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "kb_views_id";
  DROP TYPE "public"."enum_kb_articles_workflow_state";
  DROP TYPE "public"."enum_kb_articles_audience";
  DROP TYPE "public"."enum_kb_articles_status";
  DROP TYPE "public"."enum__kb_articles_v_version_workflow_state";
  DROP TYPE "public"."enum__kb_articles_v_version_audience";
  DROP TYPE "public"."enum__kb_articles_v_version_status";
  DROP TYPE "public"."enum__kb_articles_v_published_locale";
  DROP TYPE "public"."enum_kb_search_misses_language";
  DROP TYPE "public"."enum_kb_search_misses_source";
  DROP TYPE "public"."enum_kb_feedback_language";
  DROP TYPE "public"."enum_kb_views_language";`)
}
