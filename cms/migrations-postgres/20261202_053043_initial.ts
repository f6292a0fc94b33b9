import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'communications-manager', 'communications-writer', 'emergency-officer', 'sponsorship-coordinator');
  CREATE TYPE "public"."enum_media_audience" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_media_releases_topics" AS ENUM('council', 'transportation', 'parks-recreation', 'environment', 'health-safety', 'arts-culture', 'business-economy', 'community');
  CREATE TYPE "public"."enum_media_releases_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_media_releases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__media_releases_v_version_topics" AS ENUM('council', 'transportation', 'parks-recreation', 'environment', 'health-safety', 'arts-culture', 'business-economy', 'community');
  CREATE TYPE "public"."enum__media_releases_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__media_releases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__media_releases_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_publications_formats" AS ENUM('print', 'digital');
  CREATE TYPE "public"."enum_publications_topics" AS ENUM('council', 'transportation', 'parks-recreation', 'environment', 'health-safety', 'arts-culture', 'business-economy', 'community');
  CREATE TYPE "public"."enum_publications_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_publications_audience" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_publications_kind" AS ENUM('newsletter', 'report', 'guide', 'brochure', 'magazine');
  CREATE TYPE "public"."enum_publications_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__publications_v_version_formats" AS ENUM('print', 'digital');
  CREATE TYPE "public"."enum__publications_v_version_topics" AS ENUM('council', 'transportation', 'parks-recreation', 'environment', 'health-safety', 'arts-culture', 'business-economy', 'community');
  CREATE TYPE "public"."enum__publications_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__publications_v_version_audience" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum__publications_v_version_kind" AS ENUM('newsletter', 'report', 'guide', 'brochure', 'magazine');
  CREATE TYPE "public"."enum__publications_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__publications_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_sponsorship_packages_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_sponsorship_packages_asset_type" AS ENUM('event', 'program', 'facility', 'publication', 'naming-rights');
  CREATE TYPE "public"."enum_sponsorship_packages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sponsorship_packages_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__sponsorship_packages_v_version_asset_type" AS ENUM('event', 'program', 'facility', 'publication', 'naming-rights');
  CREATE TYPE "public"."enum__sponsorship_packages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sponsorship_packages_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_emergency_bulletins_category" AS ENUM('Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other');
  CREATE TYPE "public"."enum_emergency_bulletins_response_type" AS ENUM('Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None');
  CREATE TYPE "public"."enum_emergency_bulletins_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_emergency_bulletins_cap_status" AS ENUM('Actual', 'Exercise', 'Test');
  CREATE TYPE "public"."enum_emergency_bulletins_msg_type" AS ENUM('Alert', 'Update', 'Cancel');
  CREATE TYPE "public"."enum_emergency_bulletins_event_code" AS ENUM('drinkingWate', 'heat', 'airQuality', 'civilEmerg', 'chemical', 'biological', 'radiological', 'explosives', 'fallObject', 'industryFire', 'urbanFire', 'forestFire', 'wildFire', 'flashFlood', 'damOverflow', 'stormSurge', 'landslide', 'earthquake', 'thunderstorm', 'tornado', 'hurricane', 'animalDang', 'terrorism', 'amber', '911Service', 'testMessage', 'other');
  CREATE TYPE "public"."enum_emergency_bulletins_urgency" AS ENUM('Immediate', 'Expected', 'Future', 'Past', 'Unknown');
  CREATE TYPE "public"."enum_emergency_bulletins_severity" AS ENUM('Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown');
  CREATE TYPE "public"."enum_emergency_bulletins_certainty" AS ENUM('Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown');
  CREATE TYPE "public"."enum_emergency_bulletins_broadcast_immediately" AS ENUM('Yes', 'No');
  CREATE TYPE "public"."enum_emergency_bulletins_wireless_immediate" AS ENUM('Yes', 'No');
  CREATE TYPE "public"."enum_emergency_bulletins_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__emergency_bulletins_v_version_category" AS ENUM('Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other');
  CREATE TYPE "public"."enum__emergency_bulletins_v_version_response_type" AS ENUM('Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None');
  CREATE TYPE "public"."enum__emergency_bulletins_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__emergency_bulletins_v_version_msg_type" AS ENUM('Alert', 'Update', 'Cancel');
  CREATE TYPE "public"."enum__emergency_bulletins_v_version_event_code" AS ENUM('drinkingWate', 'heat', 'airQuality', 'civilEmerg', 'chemical', 'biological', 'radiological', 'explosives', 'fallObject', 'industryFire', 'urbanFire', 'forestFire', 'wildFire', 'flashFlood', 'damOverflow', 'stormSurge', 'landslide', 'earthquake', 'thunderstorm', 'tornado', 'hurricane', 'animalDang', 'terrorism', 'amber', '911Service', 'testMessage', 'other');
  CREATE TYPE "public"."enum__emergency_bulletins_v_version_urgency" AS ENUM('Immediate', 'Expected', 'Future', 'Past', 'Unknown');
  CREATE TYPE "public"."enum__emergency_bulletins_v_version_severity" AS ENUM('Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown');
  CREATE TYPE "public"."enum__emergency_bulletins_v_version_certainty" AS ENUM('Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown');
  CREATE TYPE "public"."enum__emergency_bulletins_v_version_broadcast_immediately" AS ENUM('Yes', 'No');
  CREATE TYPE "public"."enum__emergency_bulletins_v_version_wireless_immediate" AS ENUM('Yes', 'No');
  CREATE TYPE "public"."enum__emergency_bulletins_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__emergency_bulletins_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_workflow_audit_item_collection" AS ENUM('publications', 'media-releases', 'sponsorship-packages', 'emergency-bulletins');
  CREATE TYPE "public"."enum_workflow_audit_action" AS ENUM('submit', 'approve', 'request-changes', 'publish', 'schedule', 'urgent-publish', 'confirm-review', 'withdraw', 'archive', 'delete');
  CREATE TYPE "public"."enum_workflow_audit_from_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_workflow_audit_to_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'published_needs_review', 'withdrawn', 'archived', 'deleted');
  CREATE TYPE "public"."enum_subscribers_topics" AS ENUM('emergency', 'news', 'publications', 'sponsorship');
  CREATE TYPE "public"."enum_subscribers_requested_topics" AS ENUM('emergency', 'news', 'publications', 'sponsorship');
  CREATE TYPE "public"."enum_subscribers_status" AS ENUM('pending', 'confirmed', 'unsubscribed', 'bounced');
  CREATE TYPE "public"."enum_subscribers_language" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_subscribers_requested_language" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_sends_topic" AS ENUM('emergency', 'news', 'publications', 'sponsorship');
  CREATE TYPE "public"."enum_sends_status" AS ENUM('queueing', 'sending', 'done');
  CREATE TYPE "public"."enum_deliveries_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'skipped');
  CREATE TYPE "public"."enum_sponsor_inquiries_language" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_sponsor_inquiries_state" AS ENUM('new', 'contacted', 'proposal', 'agreement', 'active', 'fulfilled', 'declined');
  CREATE TYPE "public"."enum_sponsorship_audit_action" AS ENUM('contact', 'propose', 'screen', 'approve', 'agree', 'activate', 'fulfil', 'decline');
  CREATE TYPE "public"."enum_sponsorship_audit_from_state" AS ENUM('new', 'contacted', 'proposal', 'agreement', 'active', 'fulfilled', 'declined');
  CREATE TYPE "public"."enum_sponsorship_audit_to_state" AS ENUM('new', 'contacted', 'proposal', 'agreement', 'active', 'fulfilled', 'declined');
  CREATE TYPE "public"."enum_retired_items_item_collection" AS ENUM('publications', 'media-releases', 'sponsorship-packages', 'emergency-bulletins');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDue', 'buildSite', 'sendEmail', 'sponsorInquiryMail', 'dailySiteRebuild');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDue', 'buildSite', 'sendEmail', 'sponsorInquiryMail', 'dailySiteRebuild');
  CREATE TYPE "public"."enum_site_status_state" AS ENUM('never-built', 'ok', 'failed');
  CREATE TYPE "public"."enum_city_calendar_observed_optional" AS ENUM('Civic Holiday', 'Easter Monday', 'Remembrance Day');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"first_name" varchar NOT NULL,
  	"last_name" varchar NOT NULL,
  	"department" varchar NOT NULL,
  	"phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"audience" "enum_media_audience" DEFAULT 'public' NOT NULL,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media_releases_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "media_releases_contacts_locales" (
  	"role" varchar,
  	"department" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "media_releases_quotes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"attribution" varchar
  );
  
  CREATE TABLE "media_releases_quotes_locales" (
  	"quote" varchar,
  	"attribution_role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "media_releases_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_media_releases_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "media_releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"uid" varchar,
  	"author_id" integer,
  	"last_edited_by_id" integer,
  	"workflow_state" "enum_media_releases_workflow_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"urgent_published_by_id" integer,
  	"release_at" timestamp(3) with time zone,
  	"embargo_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_media_releases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "media_releases_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"withdrawal_reason" varchar,
  	"dateline" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media_releases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_media_releases_v_version_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_media_releases_v_version_contacts_locales" (
  	"role" varchar,
  	"department" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_media_releases_v_version_quotes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"attribution" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_media_releases_v_version_quotes_locales" (
  	"quote" varchar,
  	"attribution_role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_media_releases_v_version_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__media_releases_v_version_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_media_releases_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_uid" varchar,
  	"version_author_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_workflow_state" "enum__media_releases_v_version_workflow_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_withdrawn_at" timestamp(3) with time zone,
  	"version_urgent_published_by_id" integer,
  	"version_release_at" timestamp(3) with time zone,
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__media_releases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__media_releases_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_media_releases_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_withdrawal_reason" varchar,
  	"version_dateline" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_media_releases_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "publications_formats" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_publications_formats",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "publications_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_publications_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"uid" varchar,
  	"author_id" integer,
  	"last_edited_by_id" integer,
  	"workflow_state" "enum_publications_workflow_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"urgent_published_by_id" integer,
  	"audience" "enum_publications_audience",
  	"kind" "enum_publications_kind",
  	"issue_date" timestamp(3) with time zone,
  	"print_edition_id" integer,
  	"cover_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_publications_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "publications_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"withdrawal_reason" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_publications_v_version_formats" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__publications_v_version_formats",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_publications_v_version_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__publications_v_version_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_publications_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_uid" varchar,
  	"version_author_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_workflow_state" "enum__publications_v_version_workflow_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_withdrawn_at" timestamp(3) with time zone,
  	"version_urgent_published_by_id" integer,
  	"version_audience" "enum__publications_v_version_audience",
  	"version_kind" "enum__publications_v_version_kind",
  	"version_issue_date" timestamp(3) with time zone,
  	"version_print_edition_id" integer,
  	"version_cover_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__publications_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__publications_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_publications_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_withdrawal_reason" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "sponsorship_packages_benefits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sponsorship_packages_benefits_locales" (
  	"benefit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sponsorship_packages_audience_reach" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"figure" numeric
  );
  
  CREATE TABLE "sponsorship_packages_audience_reach_locales" (
  	"channel" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sponsorship_packages_current_sponsors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"logo_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "sponsorship_packages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"uid" varchar,
  	"author_id" integer,
  	"last_edited_by_id" integer,
  	"workflow_state" "enum_sponsorship_packages_workflow_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"urgent_published_by_id" integer,
  	"tier" varchar,
  	"asset_type" "enum_sponsorship_packages_asset_type" DEFAULT 'event',
  	"value" numeric,
  	"value_max" numeric,
  	"total_slots" numeric DEFAULT 1,
  	"slots_taken_elsewhere" numeric DEFAULT 0,
  	"deadline" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sponsorship_packages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "sponsorship_packages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"withdrawal_reason" varchar,
  	"policy_exclusions" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "sponsorship_packages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_sponsorship_packages_v_version_benefits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sponsorship_packages_v_version_benefits_locales" (
  	"benefit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sponsorship_packages_v_version_audience_reach" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"figure" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sponsorship_packages_v_version_audience_reach_locales" (
  	"channel" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sponsorship_packages_v_version_current_sponsors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"logo_id" integer,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sponsorship_packages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_uid" varchar,
  	"version_author_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_workflow_state" "enum__sponsorship_packages_v_version_workflow_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_withdrawn_at" timestamp(3) with time zone,
  	"version_urgent_published_by_id" integer,
  	"version_tier" varchar,
  	"version_asset_type" "enum__sponsorship_packages_v_version_asset_type" DEFAULT 'event',
  	"version_value" numeric,
  	"version_value_max" numeric,
  	"version_total_slots" numeric DEFAULT 1,
  	"version_slots_taken_elsewhere" numeric DEFAULT 0,
  	"version_deadline" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sponsorship_packages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__sponsorship_packages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_sponsorship_packages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_withdrawal_reason" varchar,
  	"version_policy_exclusions" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sponsorship_packages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "emergency_bulletins_category" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_emergency_bulletins_category",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "emergency_bulletins_response_type" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_emergency_bulletins_response_type",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "emergency_bulletins_areas_polygons" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"polygon" varchar
  );
  
  CREATE TABLE "emergency_bulletins_areas_circles" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"circle" varchar
  );
  
  CREATE TABLE "emergency_bulletins_areas_geocodes" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value_name" varchar DEFAULT 'profile:CAP-CP:Location:0.3',
  	"value" varchar
  );
  
  CREATE TABLE "emergency_bulletins_areas" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "emergency_bulletins_areas_locales" (
  	"area_desc" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "emergency_bulletins" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"uid" varchar,
  	"author_id" integer,
  	"last_edited_by_id" integer,
  	"workflow_state" "enum_emergency_bulletins_workflow_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"withdrawn_at" timestamp(3) with time zone,
  	"urgent_published_by_id" integer,
  	"status" "enum_emergency_bulletins_cap_status" DEFAULT 'Actual',
  	"msg_type" "enum_emergency_bulletins_msg_type" DEFAULT 'Alert',
  	"event_code" "enum_emergency_bulletins_event_code",
  	"urgency" "enum_emergency_bulletins_urgency",
  	"severity" "enum_emergency_bulletins_severity",
  	"certainty" "enum_emergency_bulletins_certainty",
  	"effective" timestamp(3) with time zone,
  	"onset" timestamp(3) with time zone,
  	"expires" timestamp(3) with time zone,
  	"broadcast_immediately" "enum_emergency_bulletins_broadcast_immediately" DEFAULT 'No',
  	"wireless_immediate" "enum_emergency_bulletins_wireless_immediate" DEFAULT 'No',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_emergency_bulletins_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "emergency_bulletins_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"withdrawal_reason" varchar,
  	"event" varchar,
  	"headline" varchar,
  	"instruction" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "emergency_bulletins_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"emergency_bulletins_id" integer
  );
  
  CREATE TABLE "_emergency_bulletins_v_version_category" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__emergency_bulletins_v_version_category",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_emergency_bulletins_v_version_response_type" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__emergency_bulletins_v_version_response_type",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_emergency_bulletins_v_version_areas_polygons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"polygon" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_emergency_bulletins_v_version_areas_circles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"circle" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_emergency_bulletins_v_version_areas_geocodes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value_name" varchar DEFAULT 'profile:CAP-CP:Location:0.3',
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_emergency_bulletins_v_version_areas" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_emergency_bulletins_v_version_areas_locales" (
  	"area_desc" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_emergency_bulletins_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_uid" varchar,
  	"version_author_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_workflow_state" "enum__emergency_bulletins_v_version_workflow_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_withdrawn_at" timestamp(3) with time zone,
  	"version_urgent_published_by_id" integer,
  	"version_status" "enum_emergency_bulletins_cap_status" DEFAULT 'Actual',
  	"version_msg_type" "enum__emergency_bulletins_v_version_msg_type" DEFAULT 'Alert',
  	"version_event_code" "enum__emergency_bulletins_v_version_event_code",
  	"version_urgency" "enum__emergency_bulletins_v_version_urgency",
  	"version_severity" "enum__emergency_bulletins_v_version_severity",
  	"version_certainty" "enum__emergency_bulletins_v_version_certainty",
  	"version_effective" timestamp(3) with time zone,
  	"version_onset" timestamp(3) with time zone,
  	"version_expires" timestamp(3) with time zone,
  	"version_broadcast_immediately" "enum__emergency_bulletins_v_version_broadcast_immediately" DEFAULT 'No',
  	"version_wireless_immediate" "enum__emergency_bulletins_v_version_wireless_immediate" DEFAULT 'No',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__emergency_bulletins_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__emergency_bulletins_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_emergency_bulletins_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_withdrawal_reason" varchar,
  	"version_event" varchar,
  	"version_headline" varchar,
  	"version_instruction" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_emergency_bulletins_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"emergency_bulletins_id" integer
  );
  
  CREATE TABLE "workflow_audit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_collection" "enum_workflow_audit_item_collection" NOT NULL,
  	"item_id" varchar NOT NULL,
  	"item_title" varchar,
  	"action" "enum_workflow_audit_action" NOT NULL,
  	"from_state" "enum_workflow_audit_from_state" NOT NULL,
  	"to_state" "enum_workflow_audit_to_state" NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"actor_roles" varchar,
  	"comment" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"accessibility_override" varchar,
  	"version_id" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subscribers_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subscribers_requested_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subscribers_requested_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"status" "enum_subscribers_status" DEFAULT 'pending' NOT NULL,
  	"language" "enum_subscribers_language" DEFAULT 'en' NOT NULL,
  	"consent_text" varchar,
  	"consent_agreed_at" timestamp(3) with time zone,
  	"consent_source_page" varchar,
  	"consent_ip" varchar,
  	"consent_method" varchar,
  	"requested_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"bounce_count" numeric DEFAULT 0,
  	"last_bounce" varchar,
  	"requested_language" "enum_subscribers_requested_language",
  	"confirm_token_hash" varchar,
  	"confirm_expires_at" timestamp(3) with time zone,
  	"token_version" numeric DEFAULT 1,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sends" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"item_collection" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"item_uid" varchar,
  	"item_title" varchar,
  	"topic" "enum_sends_topic" NOT NULL,
  	"priority" numeric NOT NULL,
  	"status" "enum_sends_status" DEFAULT 'sending' NOT NULL,
  	"not_before" timestamp(3) with time zone,
  	"total" numeric DEFAULT 0,
  	"sent" numeric DEFAULT 0,
  	"failed" numeric DEFAULT 0,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"send_id" integer,
  	"subscriber_id" integer,
  	"message" jsonb,
  	"priority" numeric NOT NULL,
  	"status" "enum_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"claimed_at" timestamp(3) with time zone,
  	"claimed_by" varchar,
  	"lease_until" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sponsor_inquiries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation" varchar NOT NULL,
  	"contact_name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"package_id" integer,
  	"message" varchar NOT NULL,
  	"consent" boolean DEFAULT false NOT NULL,
  	"language" "enum_sponsor_inquiries_language" DEFAULT 'en' NOT NULL,
  	"assigned_to_id" integer,
  	"sector" varchar,
  	"proposed_value" numeric,
  	"notes" varchar,
  	"state" "enum_sponsor_inquiries_state" DEFAULT 'new' NOT NULL,
  	"response_due_at" timestamp(3) with time zone,
  	"responded_at" timestamp(3) with time zone,
  	"acknowledged_at" timestamp(3) with time zone,
  	"coordinators_notified_at" timestamp(3) with time zone,
  	"consent_text" varchar,
  	"screening_sector" varchar,
  	"screening_value" numeric,
  	"screening_excluded" boolean,
  	"screening_needs_approval" boolean,
  	"screening_reasons" varchar,
  	"screening_screened_by_id" integer,
  	"screening_screened_at" timestamp(3) with time zone,
  	"approval_sector" varchar,
  	"approval_value" numeric,
  	"approval_approved_by_id" integer,
  	"approval_approved_at" timestamp(3) with time zone,
  	"approval_reason" varchar,
  	"slot_id" integer,
  	"committed_value" numeric,
  	"agreed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sponsorship_slots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"package_id" integer NOT NULL,
  	"slot" numeric NOT NULL,
  	"inquiry_id" integer NOT NULL,
  	"label" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sponsorship_audit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"inquiry_id" integer NOT NULL,
  	"action" "enum_sponsorship_audit_action" NOT NULL,
  	"from_state" "enum_sponsorship_audit_from_state" NOT NULL,
  	"to_state" "enum_sponsorship_audit_to_state" NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"comment" varchar,
  	"details" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "retired_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_collection" "enum_retired_items_item_collection" NOT NULL,
  	"item_id" varchar NOT NULL,
  	"item_uid" varchar NOT NULL,
  	"title" varchar,
  	"path" varchar,
  	"path_hash" varchar,
  	"was_public" boolean DEFAULT false,
  	"deleted_at" timestamp(3) with time zone NOT NULL,
  	"deleted_by_id" integer,
  	"deleted_by_name" varchar,
  	"cancel" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"media_id" integer,
  	"media_releases_id" integer,
  	"publications_id" integer,
  	"sponsorship_packages_id" integer,
  	"emergency_bulletins_id" integer,
  	"workflow_audit_id" integer,
  	"subscribers_id" integer,
  	"sends_id" integer,
  	"deliveries_id" integer,
  	"sponsor_inquiries_id" integer,
  	"sponsorship_slots_id" integer,
  	"sponsorship_audit_id" integer,
  	"retired_items_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_status_scheduled_failures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" varchar,
  	"collection" varchar,
  	"item_id" varchar,
  	"title" varchar,
  	"error" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum_site_status_state" DEFAULT 'never-built',
  	"last_success_at" timestamp(3) with time zone,
  	"last_snapshot_at" timestamp(3) with time zone,
  	"last_attempt_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"pages" numeric,
  	"seconds" numeric,
  	"reason" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "style_guide_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"avoid" varchar NOT NULL,
  	"prefer" varchar NOT NULL,
  	"case_sensitive" boolean DEFAULT false
  );
  
  CREATE TABLE "style_guide" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "sponsorship_policy_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"min" numeric NOT NULL,
  	"max" numeric
  );
  
  CREATE TABLE "sponsorship_policy_sectors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"excluded" boolean DEFAULT false,
  	"note" varchar
  );
  
  CREATE TABLE "sponsorship_policy" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"approval_threshold" numeric DEFAULT 50000,
  	"annual_target" numeric DEFAULT 250000,
  	"team_name" varchar DEFAULT 'Corporate Sponsorship',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "city_calendar_observed_optional" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_city_calendar_observed_optional",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "city_calendar_closures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"reason" varchar NOT NULL
  );
  
  CREATE TABLE "city_calendar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_releases_contacts" ADD CONSTRAINT "media_releases_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_releases_contacts_locales" ADD CONSTRAINT "media_releases_contacts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_releases_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_releases_quotes" ADD CONSTRAINT "media_releases_quotes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_releases_quotes_locales" ADD CONSTRAINT "media_releases_quotes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_releases_quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_releases_topics" ADD CONSTRAINT "media_releases_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_releases" ADD CONSTRAINT "media_releases_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_releases" ADD CONSTRAINT "media_releases_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_releases" ADD CONSTRAINT "media_releases_urgent_published_by_id_users_id_fk" FOREIGN KEY ("urgent_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_releases_locales" ADD CONSTRAINT "media_releases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_releases_rels" ADD CONSTRAINT "media_releases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_releases_rels" ADD CONSTRAINT "media_releases_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_releases_v_version_contacts" ADD CONSTRAINT "_media_releases_v_version_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_releases_v_version_contacts_locales" ADD CONSTRAINT "_media_releases_v_version_contacts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_releases_v_version_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_releases_v_version_quotes" ADD CONSTRAINT "_media_releases_v_version_quotes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_releases_v_version_quotes_locales" ADD CONSTRAINT "_media_releases_v_version_quotes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_releases_v_version_quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_releases_v_version_topics" ADD CONSTRAINT "_media_releases_v_version_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_media_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_releases_v" ADD CONSTRAINT "_media_releases_v_parent_id_media_releases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_releases_v" ADD CONSTRAINT "_media_releases_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_releases_v" ADD CONSTRAINT "_media_releases_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_releases_v" ADD CONSTRAINT "_media_releases_v_version_urgent_published_by_id_users_id_fk" FOREIGN KEY ("version_urgent_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_releases_v_locales" ADD CONSTRAINT "_media_releases_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_releases_v_rels" ADD CONSTRAINT "_media_releases_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_media_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_releases_v_rels" ADD CONSTRAINT "_media_releases_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_formats" ADD CONSTRAINT "publications_formats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_topics" ADD CONSTRAINT "publications_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_urgent_published_by_id_users_id_fk" FOREIGN KEY ("urgent_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_print_edition_id_media_id_fk" FOREIGN KEY ("print_edition_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications_locales" ADD CONSTRAINT "publications_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_formats" ADD CONSTRAINT "_publications_v_version_formats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_topics" ADD CONSTRAINT "_publications_v_version_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_parent_id_publications_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_urgent_published_by_id_users_id_fk" FOREIGN KEY ("version_urgent_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_print_edition_id_media_id_fk" FOREIGN KEY ("version_print_edition_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v_locales" ADD CONSTRAINT "_publications_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsorship_packages_benefits" ADD CONSTRAINT "sponsorship_packages_benefits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sponsorship_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsorship_packages_benefits_locales" ADD CONSTRAINT "sponsorship_packages_benefits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sponsorship_packages_benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsorship_packages_audience_reach" ADD CONSTRAINT "sponsorship_packages_audience_reach_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sponsorship_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsorship_packages_audience_reach_locales" ADD CONSTRAINT "sponsorship_packages_audience_reach_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sponsorship_packages_audience_reach"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsorship_packages_current_sponsors" ADD CONSTRAINT "sponsorship_packages_current_sponsors_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsorship_packages_current_sponsors" ADD CONSTRAINT "sponsorship_packages_current_sponsors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sponsorship_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsorship_packages" ADD CONSTRAINT "sponsorship_packages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsorship_packages" ADD CONSTRAINT "sponsorship_packages_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsorship_packages" ADD CONSTRAINT "sponsorship_packages_urgent_published_by_id_users_id_fk" FOREIGN KEY ("urgent_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsorship_packages_locales" ADD CONSTRAINT "sponsorship_packages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sponsorship_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsorship_packages_rels" ADD CONSTRAINT "sponsorship_packages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sponsorship_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsorship_packages_rels" ADD CONSTRAINT "sponsorship_packages_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v_version_benefits" ADD CONSTRAINT "_sponsorship_packages_v_version_benefits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sponsorship_packages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v_version_benefits_locales" ADD CONSTRAINT "_sponsorship_packages_v_version_benefits_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sponsorship_packages_v_version_benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v_version_audience_reach" ADD CONSTRAINT "_sponsorship_packages_v_version_audience_reach_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sponsorship_packages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v_version_audience_reach_locales" ADD CONSTRAINT "_sponsorship_packages_v_version_audience_reach_locales_pa_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sponsorship_packages_v_version_audience_reach"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v_version_current_sponsors" ADD CONSTRAINT "_sponsorship_packages_v_version_current_sponsors_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v_version_current_sponsors" ADD CONSTRAINT "_sponsorship_packages_v_version_current_sponsors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sponsorship_packages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v" ADD CONSTRAINT "_sponsorship_packages_v_parent_id_sponsorship_packages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sponsorship_packages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v" ADD CONSTRAINT "_sponsorship_packages_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v" ADD CONSTRAINT "_sponsorship_packages_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v" ADD CONSTRAINT "_sponsorship_packages_v_version_urgent_published_by_id_users_id_fk" FOREIGN KEY ("version_urgent_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v_locales" ADD CONSTRAINT "_sponsorship_packages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sponsorship_packages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v_rels" ADD CONSTRAINT "_sponsorship_packages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sponsorship_packages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sponsorship_packages_v_rels" ADD CONSTRAINT "_sponsorship_packages_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emergency_bulletins_category" ADD CONSTRAINT "emergency_bulletins_category_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."emergency_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emergency_bulletins_response_type" ADD CONSTRAINT "emergency_bulletins_response_type_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."emergency_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emergency_bulletins_areas_polygons" ADD CONSTRAINT "emergency_bulletins_areas_polygons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emergency_bulletins_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emergency_bulletins_areas_circles" ADD CONSTRAINT "emergency_bulletins_areas_circles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emergency_bulletins_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emergency_bulletins_areas_geocodes" ADD CONSTRAINT "emergency_bulletins_areas_geocodes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emergency_bulletins_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emergency_bulletins_areas" ADD CONSTRAINT "emergency_bulletins_areas_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emergency_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emergency_bulletins_areas_locales" ADD CONSTRAINT "emergency_bulletins_areas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emergency_bulletins_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emergency_bulletins" ADD CONSTRAINT "emergency_bulletins_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emergency_bulletins" ADD CONSTRAINT "emergency_bulletins_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emergency_bulletins" ADD CONSTRAINT "emergency_bulletins_urgent_published_by_id_users_id_fk" FOREIGN KEY ("urgent_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emergency_bulletins_locales" ADD CONSTRAINT "emergency_bulletins_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emergency_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emergency_bulletins_rels" ADD CONSTRAINT "emergency_bulletins_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."emergency_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emergency_bulletins_rels" ADD CONSTRAINT "emergency_bulletins_rels_emergency_bulletins_fk" FOREIGN KEY ("emergency_bulletins_id") REFERENCES "public"."emergency_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_version_category" ADD CONSTRAINT "_emergency_bulletins_v_version_category_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_emergency_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_version_response_type" ADD CONSTRAINT "_emergency_bulletins_v_version_response_type_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_emergency_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_version_areas_polygons" ADD CONSTRAINT "_emergency_bulletins_v_version_areas_polygons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emergency_bulletins_v_version_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_version_areas_circles" ADD CONSTRAINT "_emergency_bulletins_v_version_areas_circles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emergency_bulletins_v_version_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_version_areas_geocodes" ADD CONSTRAINT "_emergency_bulletins_v_version_areas_geocodes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emergency_bulletins_v_version_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_version_areas" ADD CONSTRAINT "_emergency_bulletins_v_version_areas_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emergency_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_version_areas_locales" ADD CONSTRAINT "_emergency_bulletins_v_version_areas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emergency_bulletins_v_version_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v" ADD CONSTRAINT "_emergency_bulletins_v_parent_id_emergency_bulletins_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."emergency_bulletins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v" ADD CONSTRAINT "_emergency_bulletins_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v" ADD CONSTRAINT "_emergency_bulletins_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v" ADD CONSTRAINT "_emergency_bulletins_v_version_urgent_published_by_id_users_id_fk" FOREIGN KEY ("version_urgent_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_locales" ADD CONSTRAINT "_emergency_bulletins_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emergency_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_rels" ADD CONSTRAINT "_emergency_bulletins_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_emergency_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emergency_bulletins_v_rels" ADD CONSTRAINT "_emergency_bulletins_v_rels_emergency_bulletins_fk" FOREIGN KEY ("emergency_bulletins_id") REFERENCES "public"."emergency_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_audit" ADD CONSTRAINT "workflow_audit_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscribers_topics" ADD CONSTRAINT "subscribers_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_requested_topics" ADD CONSTRAINT "subscribers_requested_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_send_id_sends_id_fk" FOREIGN KEY ("send_id") REFERENCES "public"."sends"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsor_inquiries" ADD CONSTRAINT "sponsor_inquiries_package_id_sponsorship_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."sponsorship_packages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsor_inquiries" ADD CONSTRAINT "sponsor_inquiries_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsor_inquiries" ADD CONSTRAINT "sponsor_inquiries_screening_screened_by_id_users_id_fk" FOREIGN KEY ("screening_screened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsor_inquiries" ADD CONSTRAINT "sponsor_inquiries_approval_approved_by_id_users_id_fk" FOREIGN KEY ("approval_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsor_inquiries" ADD CONSTRAINT "sponsor_inquiries_slot_id_sponsorship_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."sponsorship_slots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsorship_slots" ADD CONSTRAINT "sponsorship_slots_package_id_sponsorship_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."sponsorship_packages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsorship_slots" ADD CONSTRAINT "sponsorship_slots_inquiry_id_sponsor_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."sponsor_inquiries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsorship_audit" ADD CONSTRAINT "sponsorship_audit_inquiry_id_sponsor_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."sponsor_inquiries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sponsorship_audit" ADD CONSTRAINT "sponsorship_audit_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "retired_items" ADD CONSTRAINT "retired_items_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_releases_fk" FOREIGN KEY ("media_releases_id") REFERENCES "public"."media_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sponsorship_packages_fk" FOREIGN KEY ("sponsorship_packages_id") REFERENCES "public"."sponsorship_packages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_emergency_bulletins_fk" FOREIGN KEY ("emergency_bulletins_id") REFERENCES "public"."emergency_bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_audit_fk" FOREIGN KEY ("workflow_audit_id") REFERENCES "public"."workflow_audit"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sends_fk" FOREIGN KEY ("sends_id") REFERENCES "public"."sends"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sponsor_inquiries_fk" FOREIGN KEY ("sponsor_inquiries_id") REFERENCES "public"."sponsor_inquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sponsorship_slots_fk" FOREIGN KEY ("sponsorship_slots_id") REFERENCES "public"."sponsorship_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sponsorship_audit_fk" FOREIGN KEY ("sponsorship_audit_id") REFERENCES "public"."sponsorship_audit"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_retired_items_fk" FOREIGN KEY ("retired_items_id") REFERENCES "public"."retired_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_status_scheduled_failures" ADD CONSTRAINT "site_status_scheduled_failures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_status"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "style_guide_rules" ADD CONSTRAINT "style_guide_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."style_guide"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsorship_policy_tiers" ADD CONSTRAINT "sponsorship_policy_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sponsorship_policy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sponsorship_policy_sectors" ADD CONSTRAINT "sponsorship_policy_sectors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sponsorship_policy"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "city_calendar_observed_optional" ADD CONSTRAINT "city_calendar_observed_optional_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."city_calendar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "city_calendar_closures" ADD CONSTRAINT "city_calendar_closures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."city_calendar"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_releases_contacts_order_idx" ON "media_releases_contacts" USING btree ("_order");
  CREATE INDEX "media_releases_contacts_parent_id_idx" ON "media_releases_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "media_releases_contacts_locales_locale_parent_id_unique" ON "media_releases_contacts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_releases_quotes_order_idx" ON "media_releases_quotes" USING btree ("_order");
  CREATE INDEX "media_releases_quotes_parent_id_idx" ON "media_releases_quotes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "media_releases_quotes_locales_locale_parent_id_unique" ON "media_releases_quotes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_releases_topics_order_idx" ON "media_releases_topics" USING btree ("order");
  CREATE INDEX "media_releases_topics_parent_idx" ON "media_releases_topics" USING btree ("parent_id");
  CREATE UNIQUE INDEX "media_releases_slug_idx" ON "media_releases" USING btree ("slug");
  CREATE UNIQUE INDEX "media_releases_uid_idx" ON "media_releases" USING btree ("uid");
  CREATE INDEX "media_releases_author_idx" ON "media_releases" USING btree ("author_id");
  CREATE INDEX "media_releases_last_edited_by_idx" ON "media_releases" USING btree ("last_edited_by_id");
  CREATE INDEX "media_releases_workflow_state_idx" ON "media_releases" USING btree ("workflow_state");
  CREATE INDEX "media_releases_urgent_published_by_idx" ON "media_releases" USING btree ("urgent_published_by_id");
  CREATE INDEX "media_releases_updated_at_idx" ON "media_releases" USING btree ("updated_at");
  CREATE INDEX "media_releases_created_at_idx" ON "media_releases" USING btree ("created_at");
  CREATE INDEX "media_releases__status_idx" ON "media_releases" USING btree ("_status");
  CREATE UNIQUE INDEX "media_releases_locales_locale_parent_id_unique" ON "media_releases_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_releases_rels_order_idx" ON "media_releases_rels" USING btree ("order");
  CREATE INDEX "media_releases_rels_parent_idx" ON "media_releases_rels" USING btree ("parent_id");
  CREATE INDEX "media_releases_rels_path_idx" ON "media_releases_rels" USING btree ("path");
  CREATE INDEX "media_releases_rels_media_id_idx" ON "media_releases_rels" USING btree ("media_id");
  CREATE INDEX "_media_releases_v_version_contacts_order_idx" ON "_media_releases_v_version_contacts" USING btree ("_order");
  CREATE INDEX "_media_releases_v_version_contacts_parent_id_idx" ON "_media_releases_v_version_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_media_releases_v_version_contacts_locales_locale_parent_id_" ON "_media_releases_v_version_contacts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_media_releases_v_version_quotes_order_idx" ON "_media_releases_v_version_quotes" USING btree ("_order");
  CREATE INDEX "_media_releases_v_version_quotes_parent_id_idx" ON "_media_releases_v_version_quotes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_media_releases_v_version_quotes_locales_locale_parent_id_un" ON "_media_releases_v_version_quotes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_media_releases_v_version_topics_order_idx" ON "_media_releases_v_version_topics" USING btree ("order");
  CREATE INDEX "_media_releases_v_version_topics_parent_idx" ON "_media_releases_v_version_topics" USING btree ("parent_id");
  CREATE INDEX "_media_releases_v_parent_idx" ON "_media_releases_v" USING btree ("parent_id");
  CREATE INDEX "_media_releases_v_version_version_slug_idx" ON "_media_releases_v" USING btree ("version_slug");
  CREATE INDEX "_media_releases_v_version_version_uid_idx" ON "_media_releases_v" USING btree ("version_uid");
  CREATE INDEX "_media_releases_v_version_version_author_idx" ON "_media_releases_v" USING btree ("version_author_id");
  CREATE INDEX "_media_releases_v_version_version_last_edited_by_idx" ON "_media_releases_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_media_releases_v_version_version_workflow_state_idx" ON "_media_releases_v" USING btree ("version_workflow_state");
  CREATE INDEX "_media_releases_v_version_version_urgent_published_by_idx" ON "_media_releases_v" USING btree ("version_urgent_published_by_id");
  CREATE INDEX "_media_releases_v_version_version_updated_at_idx" ON "_media_releases_v" USING btree ("version_updated_at");
  CREATE INDEX "_media_releases_v_version_version_created_at_idx" ON "_media_releases_v" USING btree ("version_created_at");
  CREATE INDEX "_media_releases_v_version_version__status_idx" ON "_media_releases_v" USING btree ("version__status");
  CREATE INDEX "_media_releases_v_created_at_idx" ON "_media_releases_v" USING btree ("created_at");
  CREATE INDEX "_media_releases_v_updated_at_idx" ON "_media_releases_v" USING btree ("updated_at");
  CREATE INDEX "_media_releases_v_snapshot_idx" ON "_media_releases_v" USING btree ("snapshot");
  CREATE INDEX "_media_releases_v_published_locale_idx" ON "_media_releases_v" USING btree ("published_locale");
  CREATE INDEX "_media_releases_v_latest_idx" ON "_media_releases_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_media_releases_v_locales_locale_parent_id_unique" ON "_media_releases_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_media_releases_v_rels_order_idx" ON "_media_releases_v_rels" USING btree ("order");
  CREATE INDEX "_media_releases_v_rels_parent_idx" ON "_media_releases_v_rels" USING btree ("parent_id");
  CREATE INDEX "_media_releases_v_rels_path_idx" ON "_media_releases_v_rels" USING btree ("path");
  CREATE INDEX "_media_releases_v_rels_media_id_idx" ON "_media_releases_v_rels" USING btree ("media_id");
  CREATE INDEX "publications_formats_order_idx" ON "publications_formats" USING btree ("order");
  CREATE INDEX "publications_formats_parent_idx" ON "publications_formats" USING btree ("parent_id");
  CREATE INDEX "publications_topics_order_idx" ON "publications_topics" USING btree ("order");
  CREATE INDEX "publications_topics_parent_idx" ON "publications_topics" USING btree ("parent_id");
  CREATE UNIQUE INDEX "publications_slug_idx" ON "publications" USING btree ("slug");
  CREATE UNIQUE INDEX "publications_uid_idx" ON "publications" USING btree ("uid");
  CREATE INDEX "publications_author_idx" ON "publications" USING btree ("author_id");
  CREATE INDEX "publications_last_edited_by_idx" ON "publications" USING btree ("last_edited_by_id");
  CREATE INDEX "publications_workflow_state_idx" ON "publications" USING btree ("workflow_state");
  CREATE INDEX "publications_urgent_published_by_idx" ON "publications" USING btree ("urgent_published_by_id");
  CREATE INDEX "publications_audience_idx" ON "publications" USING btree ("audience");
  CREATE INDEX "publications_print_edition_idx" ON "publications" USING btree ("print_edition_id");
  CREATE INDEX "publications_cover_image_idx" ON "publications" USING btree ("cover_image_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE INDEX "publications__status_idx" ON "publications" USING btree ("_status");
  CREATE UNIQUE INDEX "publications_locales_locale_parent_id_unique" ON "publications_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_publications_v_version_formats_order_idx" ON "_publications_v_version_formats" USING btree ("order");
  CREATE INDEX "_publications_v_version_formats_parent_idx" ON "_publications_v_version_formats" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_topics_order_idx" ON "_publications_v_version_topics" USING btree ("order");
  CREATE INDEX "_publications_v_version_topics_parent_idx" ON "_publications_v_version_topics" USING btree ("parent_id");
  CREATE INDEX "_publications_v_parent_idx" ON "_publications_v" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_version_slug_idx" ON "_publications_v" USING btree ("version_slug");
  CREATE INDEX "_publications_v_version_version_uid_idx" ON "_publications_v" USING btree ("version_uid");
  CREATE INDEX "_publications_v_version_version_author_idx" ON "_publications_v" USING btree ("version_author_id");
  CREATE INDEX "_publications_v_version_version_last_edited_by_idx" ON "_publications_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_publications_v_version_version_workflow_state_idx" ON "_publications_v" USING btree ("version_workflow_state");
  CREATE INDEX "_publications_v_version_version_urgent_published_by_idx" ON "_publications_v" USING btree ("version_urgent_published_by_id");
  CREATE INDEX "_publications_v_version_version_audience_idx" ON "_publications_v" USING btree ("version_audience");
  CREATE INDEX "_publications_v_version_version_print_edition_idx" ON "_publications_v" USING btree ("version_print_edition_id");
  CREATE INDEX "_publications_v_version_version_cover_image_idx" ON "_publications_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_publications_v_version_version_updated_at_idx" ON "_publications_v" USING btree ("version_updated_at");
  CREATE INDEX "_publications_v_version_version_created_at_idx" ON "_publications_v" USING btree ("version_created_at");
  CREATE INDEX "_publications_v_version_version__status_idx" ON "_publications_v" USING btree ("version__status");
  CREATE INDEX "_publications_v_created_at_idx" ON "_publications_v" USING btree ("created_at");
  CREATE INDEX "_publications_v_updated_at_idx" ON "_publications_v" USING btree ("updated_at");
  CREATE INDEX "_publications_v_snapshot_idx" ON "_publications_v" USING btree ("snapshot");
  CREATE INDEX "_publications_v_published_locale_idx" ON "_publications_v" USING btree ("published_locale");
  CREATE INDEX "_publications_v_latest_idx" ON "_publications_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_publications_v_locales_locale_parent_id_unique" ON "_publications_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sponsorship_packages_benefits_order_idx" ON "sponsorship_packages_benefits" USING btree ("_order");
  CREATE INDEX "sponsorship_packages_benefits_parent_id_idx" ON "sponsorship_packages_benefits" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sponsorship_packages_benefits_locales_locale_parent_id_uniqu" ON "sponsorship_packages_benefits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sponsorship_packages_audience_reach_order_idx" ON "sponsorship_packages_audience_reach" USING btree ("_order");
  CREATE INDEX "sponsorship_packages_audience_reach_parent_id_idx" ON "sponsorship_packages_audience_reach" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sponsorship_packages_audience_reach_locales_locale_parent_id" ON "sponsorship_packages_audience_reach_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sponsorship_packages_current_sponsors_order_idx" ON "sponsorship_packages_current_sponsors" USING btree ("_order");
  CREATE INDEX "sponsorship_packages_current_sponsors_parent_id_idx" ON "sponsorship_packages_current_sponsors" USING btree ("_parent_id");
  CREATE INDEX "sponsorship_packages_current_sponsors_logo_idx" ON "sponsorship_packages_current_sponsors" USING btree ("logo_id");
  CREATE UNIQUE INDEX "sponsorship_packages_slug_idx" ON "sponsorship_packages" USING btree ("slug");
  CREATE UNIQUE INDEX "sponsorship_packages_uid_idx" ON "sponsorship_packages" USING btree ("uid");
  CREATE INDEX "sponsorship_packages_author_idx" ON "sponsorship_packages" USING btree ("author_id");
  CREATE INDEX "sponsorship_packages_last_edited_by_idx" ON "sponsorship_packages" USING btree ("last_edited_by_id");
  CREATE INDEX "sponsorship_packages_workflow_state_idx" ON "sponsorship_packages" USING btree ("workflow_state");
  CREATE INDEX "sponsorship_packages_urgent_published_by_idx" ON "sponsorship_packages" USING btree ("urgent_published_by_id");
  CREATE INDEX "sponsorship_packages_tier_idx" ON "sponsorship_packages" USING btree ("tier");
  CREATE INDEX "sponsorship_packages_updated_at_idx" ON "sponsorship_packages" USING btree ("updated_at");
  CREATE INDEX "sponsorship_packages_created_at_idx" ON "sponsorship_packages" USING btree ("created_at");
  CREATE INDEX "sponsorship_packages__status_idx" ON "sponsorship_packages" USING btree ("_status");
  CREATE UNIQUE INDEX "sponsorship_packages_locales_locale_parent_id_unique" ON "sponsorship_packages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sponsorship_packages_rels_order_idx" ON "sponsorship_packages_rels" USING btree ("order");
  CREATE INDEX "sponsorship_packages_rels_parent_idx" ON "sponsorship_packages_rels" USING btree ("parent_id");
  CREATE INDEX "sponsorship_packages_rels_path_idx" ON "sponsorship_packages_rels" USING btree ("path");
  CREATE INDEX "sponsorship_packages_rels_media_id_idx" ON "sponsorship_packages_rels" USING btree ("media_id");
  CREATE INDEX "_sponsorship_packages_v_version_benefits_order_idx" ON "_sponsorship_packages_v_version_benefits" USING btree ("_order");
  CREATE INDEX "_sponsorship_packages_v_version_benefits_parent_id_idx" ON "_sponsorship_packages_v_version_benefits" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_sponsorship_packages_v_version_benefits_locales_locale_pare" ON "_sponsorship_packages_v_version_benefits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sponsorship_packages_v_version_audience_reach_order_idx" ON "_sponsorship_packages_v_version_audience_reach" USING btree ("_order");
  CREATE INDEX "_sponsorship_packages_v_version_audience_reach_parent_id_idx" ON "_sponsorship_packages_v_version_audience_reach" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_sponsorship_packages_v_version_audience_reach_locales_local" ON "_sponsorship_packages_v_version_audience_reach_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sponsorship_packages_v_version_current_sponsors_order_idx" ON "_sponsorship_packages_v_version_current_sponsors" USING btree ("_order");
  CREATE INDEX "_sponsorship_packages_v_version_current_sponsors_parent_id_idx" ON "_sponsorship_packages_v_version_current_sponsors" USING btree ("_parent_id");
  CREATE INDEX "_sponsorship_packages_v_version_current_sponsors_logo_idx" ON "_sponsorship_packages_v_version_current_sponsors" USING btree ("logo_id");
  CREATE INDEX "_sponsorship_packages_v_parent_idx" ON "_sponsorship_packages_v" USING btree ("parent_id");
  CREATE INDEX "_sponsorship_packages_v_version_version_slug_idx" ON "_sponsorship_packages_v" USING btree ("version_slug");
  CREATE INDEX "_sponsorship_packages_v_version_version_uid_idx" ON "_sponsorship_packages_v" USING btree ("version_uid");
  CREATE INDEX "_sponsorship_packages_v_version_version_author_idx" ON "_sponsorship_packages_v" USING btree ("version_author_id");
  CREATE INDEX "_sponsorship_packages_v_version_version_last_edited_by_idx" ON "_sponsorship_packages_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_sponsorship_packages_v_version_version_workflow_state_idx" ON "_sponsorship_packages_v" USING btree ("version_workflow_state");
  CREATE INDEX "_sponsorship_packages_v_version_version_urgent_published_idx" ON "_sponsorship_packages_v" USING btree ("version_urgent_published_by_id");
  CREATE INDEX "_sponsorship_packages_v_version_version_tier_idx" ON "_sponsorship_packages_v" USING btree ("version_tier");
  CREATE INDEX "_sponsorship_packages_v_version_version_updated_at_idx" ON "_sponsorship_packages_v" USING btree ("version_updated_at");
  CREATE INDEX "_sponsorship_packages_v_version_version_created_at_idx" ON "_sponsorship_packages_v" USING btree ("version_created_at");
  CREATE INDEX "_sponsorship_packages_v_version_version__status_idx" ON "_sponsorship_packages_v" USING btree ("version__status");
  CREATE INDEX "_sponsorship_packages_v_created_at_idx" ON "_sponsorship_packages_v" USING btree ("created_at");
  CREATE INDEX "_sponsorship_packages_v_updated_at_idx" ON "_sponsorship_packages_v" USING btree ("updated_at");
  CREATE INDEX "_sponsorship_packages_v_snapshot_idx" ON "_sponsorship_packages_v" USING btree ("snapshot");
  CREATE INDEX "_sponsorship_packages_v_published_locale_idx" ON "_sponsorship_packages_v" USING btree ("published_locale");
  CREATE INDEX "_sponsorship_packages_v_latest_idx" ON "_sponsorship_packages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_sponsorship_packages_v_locales_locale_parent_id_unique" ON "_sponsorship_packages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sponsorship_packages_v_rels_order_idx" ON "_sponsorship_packages_v_rels" USING btree ("order");
  CREATE INDEX "_sponsorship_packages_v_rels_parent_idx" ON "_sponsorship_packages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_sponsorship_packages_v_rels_path_idx" ON "_sponsorship_packages_v_rels" USING btree ("path");
  CREATE INDEX "_sponsorship_packages_v_rels_media_id_idx" ON "_sponsorship_packages_v_rels" USING btree ("media_id");
  CREATE INDEX "emergency_bulletins_category_order_idx" ON "emergency_bulletins_category" USING btree ("order");
  CREATE INDEX "emergency_bulletins_category_parent_idx" ON "emergency_bulletins_category" USING btree ("parent_id");
  CREATE INDEX "emergency_bulletins_response_type_order_idx" ON "emergency_bulletins_response_type" USING btree ("order");
  CREATE INDEX "emergency_bulletins_response_type_parent_idx" ON "emergency_bulletins_response_type" USING btree ("parent_id");
  CREATE INDEX "emergency_bulletins_areas_polygons_order_idx" ON "emergency_bulletins_areas_polygons" USING btree ("_order");
  CREATE INDEX "emergency_bulletins_areas_polygons_parent_id_idx" ON "emergency_bulletins_areas_polygons" USING btree ("_parent_id");
  CREATE INDEX "emergency_bulletins_areas_circles_order_idx" ON "emergency_bulletins_areas_circles" USING btree ("_order");
  CREATE INDEX "emergency_bulletins_areas_circles_parent_id_idx" ON "emergency_bulletins_areas_circles" USING btree ("_parent_id");
  CREATE INDEX "emergency_bulletins_areas_geocodes_order_idx" ON "emergency_bulletins_areas_geocodes" USING btree ("_order");
  CREATE INDEX "emergency_bulletins_areas_geocodes_parent_id_idx" ON "emergency_bulletins_areas_geocodes" USING btree ("_parent_id");
  CREATE INDEX "emergency_bulletins_areas_order_idx" ON "emergency_bulletins_areas" USING btree ("_order");
  CREATE INDEX "emergency_bulletins_areas_parent_id_idx" ON "emergency_bulletins_areas" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "emergency_bulletins_areas_locales_locale_parent_id_unique" ON "emergency_bulletins_areas_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "emergency_bulletins_slug_idx" ON "emergency_bulletins" USING btree ("slug");
  CREATE UNIQUE INDEX "emergency_bulletins_uid_idx" ON "emergency_bulletins" USING btree ("uid");
  CREATE INDEX "emergency_bulletins_author_idx" ON "emergency_bulletins" USING btree ("author_id");
  CREATE INDEX "emergency_bulletins_last_edited_by_idx" ON "emergency_bulletins" USING btree ("last_edited_by_id");
  CREATE INDEX "emergency_bulletins_workflow_state_idx" ON "emergency_bulletins" USING btree ("workflow_state");
  CREATE INDEX "emergency_bulletins_urgent_published_by_idx" ON "emergency_bulletins" USING btree ("urgent_published_by_id");
  CREATE INDEX "emergency_bulletins_updated_at_idx" ON "emergency_bulletins" USING btree ("updated_at");
  CREATE INDEX "emergency_bulletins_created_at_idx" ON "emergency_bulletins" USING btree ("created_at");
  CREATE INDEX "emergency_bulletins__status_idx" ON "emergency_bulletins" USING btree ("_status");
  CREATE UNIQUE INDEX "emergency_bulletins_locales_locale_parent_id_unique" ON "emergency_bulletins_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "emergency_bulletins_rels_order_idx" ON "emergency_bulletins_rels" USING btree ("order");
  CREATE INDEX "emergency_bulletins_rels_parent_idx" ON "emergency_bulletins_rels" USING btree ("parent_id");
  CREATE INDEX "emergency_bulletins_rels_path_idx" ON "emergency_bulletins_rels" USING btree ("path");
  CREATE INDEX "emergency_bulletins_rels_emergency_bulletins_id_idx" ON "emergency_bulletins_rels" USING btree ("emergency_bulletins_id");
  CREATE INDEX "_emergency_bulletins_v_version_category_order_idx" ON "_emergency_bulletins_v_version_category" USING btree ("order");
  CREATE INDEX "_emergency_bulletins_v_version_category_parent_idx" ON "_emergency_bulletins_v_version_category" USING btree ("parent_id");
  CREATE INDEX "_emergency_bulletins_v_version_response_type_order_idx" ON "_emergency_bulletins_v_version_response_type" USING btree ("order");
  CREATE INDEX "_emergency_bulletins_v_version_response_type_parent_idx" ON "_emergency_bulletins_v_version_response_type" USING btree ("parent_id");
  CREATE INDEX "_emergency_bulletins_v_version_areas_polygons_order_idx" ON "_emergency_bulletins_v_version_areas_polygons" USING btree ("_order");
  CREATE INDEX "_emergency_bulletins_v_version_areas_polygons_parent_id_idx" ON "_emergency_bulletins_v_version_areas_polygons" USING btree ("_parent_id");
  CREATE INDEX "_emergency_bulletins_v_version_areas_circles_order_idx" ON "_emergency_bulletins_v_version_areas_circles" USING btree ("_order");
  CREATE INDEX "_emergency_bulletins_v_version_areas_circles_parent_id_idx" ON "_emergency_bulletins_v_version_areas_circles" USING btree ("_parent_id");
  CREATE INDEX "_emergency_bulletins_v_version_areas_geocodes_order_idx" ON "_emergency_bulletins_v_version_areas_geocodes" USING btree ("_order");
  CREATE INDEX "_emergency_bulletins_v_version_areas_geocodes_parent_id_idx" ON "_emergency_bulletins_v_version_areas_geocodes" USING btree ("_parent_id");
  CREATE INDEX "_emergency_bulletins_v_version_areas_order_idx" ON "_emergency_bulletins_v_version_areas" USING btree ("_order");
  CREATE INDEX "_emergency_bulletins_v_version_areas_parent_id_idx" ON "_emergency_bulletins_v_version_areas" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_emergency_bulletins_v_version_areas_locales_locale_parent_i" ON "_emergency_bulletins_v_version_areas_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_emergency_bulletins_v_parent_idx" ON "_emergency_bulletins_v" USING btree ("parent_id");
  CREATE INDEX "_emergency_bulletins_v_version_version_slug_idx" ON "_emergency_bulletins_v" USING btree ("version_slug");
  CREATE INDEX "_emergency_bulletins_v_version_version_uid_idx" ON "_emergency_bulletins_v" USING btree ("version_uid");
  CREATE INDEX "_emergency_bulletins_v_version_version_author_idx" ON "_emergency_bulletins_v" USING btree ("version_author_id");
  CREATE INDEX "_emergency_bulletins_v_version_version_last_edited_by_idx" ON "_emergency_bulletins_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_emergency_bulletins_v_version_version_workflow_state_idx" ON "_emergency_bulletins_v" USING btree ("version_workflow_state");
  CREATE INDEX "_emergency_bulletins_v_version_version_urgent_published__idx" ON "_emergency_bulletins_v" USING btree ("version_urgent_published_by_id");
  CREATE INDEX "_emergency_bulletins_v_version_version_updated_at_idx" ON "_emergency_bulletins_v" USING btree ("version_updated_at");
  CREATE INDEX "_emergency_bulletins_v_version_version_created_at_idx" ON "_emergency_bulletins_v" USING btree ("version_created_at");
  CREATE INDEX "_emergency_bulletins_v_version_version__status_idx" ON "_emergency_bulletins_v" USING btree ("version__status");
  CREATE INDEX "_emergency_bulletins_v_created_at_idx" ON "_emergency_bulletins_v" USING btree ("created_at");
  CREATE INDEX "_emergency_bulletins_v_updated_at_idx" ON "_emergency_bulletins_v" USING btree ("updated_at");
  CREATE INDEX "_emergency_bulletins_v_snapshot_idx" ON "_emergency_bulletins_v" USING btree ("snapshot");
  CREATE INDEX "_emergency_bulletins_v_published_locale_idx" ON "_emergency_bulletins_v" USING btree ("published_locale");
  CREATE INDEX "_emergency_bulletins_v_latest_idx" ON "_emergency_bulletins_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_emergency_bulletins_v_locales_locale_parent_id_unique" ON "_emergency_bulletins_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_emergency_bulletins_v_rels_order_idx" ON "_emergency_bulletins_v_rels" USING btree ("order");
  CREATE INDEX "_emergency_bulletins_v_rels_parent_idx" ON "_emergency_bulletins_v_rels" USING btree ("parent_id");
  CREATE INDEX "_emergency_bulletins_v_rels_path_idx" ON "_emergency_bulletins_v_rels" USING btree ("path");
  CREATE INDEX "_emergency_bulletins_v_rels_emergency_bulletins_id_idx" ON "_emergency_bulletins_v_rels" USING btree ("emergency_bulletins_id");
  CREATE INDEX "workflow_audit_item_collection_idx" ON "workflow_audit" USING btree ("item_collection");
  CREATE INDEX "workflow_audit_item_id_idx" ON "workflow_audit" USING btree ("item_id");
  CREATE INDEX "workflow_audit_actor_idx" ON "workflow_audit" USING btree ("actor_id");
  CREATE INDEX "workflow_audit_at_idx" ON "workflow_audit" USING btree ("at");
  CREATE INDEX "workflow_audit_updated_at_idx" ON "workflow_audit" USING btree ("updated_at");
  CREATE INDEX "workflow_audit_created_at_idx" ON "workflow_audit" USING btree ("created_at");
  CREATE INDEX "subscribers_topics_order_idx" ON "subscribers_topics" USING btree ("order");
  CREATE INDEX "subscribers_topics_parent_idx" ON "subscribers_topics" USING btree ("parent_id");
  CREATE INDEX "subscribers_requested_topics_order_idx" ON "subscribers_requested_topics" USING btree ("order");
  CREATE INDEX "subscribers_requested_topics_parent_idx" ON "subscribers_requested_topics" USING btree ("parent_id");
  CREATE UNIQUE INDEX "subscribers_email_idx" ON "subscribers" USING btree ("email");
  CREATE INDEX "subscribers_status_idx" ON "subscribers" USING btree ("status");
  CREATE INDEX "subscribers_confirm_token_hash_idx" ON "subscribers" USING btree ("confirm_token_hash");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE UNIQUE INDEX "sends_key_idx" ON "sends" USING btree ("key");
  CREATE INDEX "sends_updated_at_idx" ON "sends" USING btree ("updated_at");
  CREATE INDEX "sends_created_at_idx" ON "sends" USING btree ("created_at");
  CREATE UNIQUE INDEX "deliveries_key_idx" ON "deliveries" USING btree ("key");
  CREATE INDEX "deliveries_send_idx" ON "deliveries" USING btree ("send_id");
  CREATE INDEX "deliveries_subscriber_idx" ON "deliveries" USING btree ("subscriber_id");
  CREATE INDEX "deliveries_priority_idx" ON "deliveries" USING btree ("priority");
  CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status");
  CREATE INDEX "deliveries_next_attempt_at_idx" ON "deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "deliveries_claimed_by_idx" ON "deliveries" USING btree ("claimed_by");
  CREATE INDEX "deliveries_lease_until_idx" ON "deliveries" USING btree ("lease_until");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE INDEX "sponsor_inquiries_organisation_idx" ON "sponsor_inquiries" USING btree ("organisation");
  CREATE INDEX "sponsor_inquiries_email_idx" ON "sponsor_inquiries" USING btree ("email");
  CREATE INDEX "sponsor_inquiries_package_idx" ON "sponsor_inquiries" USING btree ("package_id");
  CREATE INDEX "sponsor_inquiries_assigned_to_idx" ON "sponsor_inquiries" USING btree ("assigned_to_id");
  CREATE INDEX "sponsor_inquiries_state_idx" ON "sponsor_inquiries" USING btree ("state");
  CREATE INDEX "sponsor_inquiries_response_due_at_idx" ON "sponsor_inquiries" USING btree ("response_due_at");
  CREATE INDEX "sponsor_inquiries_responded_at_idx" ON "sponsor_inquiries" USING btree ("responded_at");
  CREATE INDEX "sponsor_inquiries_screening_screening_screened_by_idx" ON "sponsor_inquiries" USING btree ("screening_screened_by_id");
  CREATE INDEX "sponsor_inquiries_approval_approval_approved_by_idx" ON "sponsor_inquiries" USING btree ("approval_approved_by_id");
  CREATE INDEX "sponsor_inquiries_slot_idx" ON "sponsor_inquiries" USING btree ("slot_id");
  CREATE INDEX "sponsor_inquiries_agreed_at_idx" ON "sponsor_inquiries" USING btree ("agreed_at");
  CREATE INDEX "sponsor_inquiries_updated_at_idx" ON "sponsor_inquiries" USING btree ("updated_at");
  CREATE INDEX "sponsor_inquiries_created_at_idx" ON "sponsor_inquiries" USING btree ("created_at");
  CREATE INDEX "sponsorship_slots_package_idx" ON "sponsorship_slots" USING btree ("package_id");
  CREATE UNIQUE INDEX "sponsorship_slots_inquiry_idx" ON "sponsorship_slots" USING btree ("inquiry_id");
  CREATE INDEX "sponsorship_slots_updated_at_idx" ON "sponsorship_slots" USING btree ("updated_at");
  CREATE INDEX "sponsorship_slots_created_at_idx" ON "sponsorship_slots" USING btree ("created_at");
  CREATE UNIQUE INDEX "package_slot_idx" ON "sponsorship_slots" USING btree ("package_id","slot");
  CREATE INDEX "sponsorship_audit_inquiry_idx" ON "sponsorship_audit" USING btree ("inquiry_id");
  CREATE INDEX "sponsorship_audit_actor_idx" ON "sponsorship_audit" USING btree ("actor_id");
  CREATE INDEX "sponsorship_audit_at_idx" ON "sponsorship_audit" USING btree ("at");
  CREATE INDEX "sponsorship_audit_updated_at_idx" ON "sponsorship_audit" USING btree ("updated_at");
  CREATE INDEX "sponsorship_audit_created_at_idx" ON "sponsorship_audit" USING btree ("created_at");
  CREATE INDEX "retired_items_item_collection_idx" ON "retired_items" USING btree ("item_collection");
  CREATE UNIQUE INDEX "retired_items_item_uid_idx" ON "retired_items" USING btree ("item_uid");
  CREATE INDEX "retired_items_was_public_idx" ON "retired_items" USING btree ("was_public");
  CREATE INDEX "retired_items_deleted_by_idx" ON "retired_items" USING btree ("deleted_by_id");
  CREATE INDEX "retired_items_updated_at_idx" ON "retired_items" USING btree ("updated_at");
  CREATE INDEX "retired_items_created_at_idx" ON "retired_items" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_media_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("media_releases_id");
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_sponsorship_packages_id_idx" ON "payload_locked_documents_rels" USING btree ("sponsorship_packages_id");
  CREATE INDEX "payload_locked_documents_rels_emergency_bulletins_id_idx" ON "payload_locked_documents_rels" USING btree ("emergency_bulletins_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_audit_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_audit_id");
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_sends_id_idx" ON "payload_locked_documents_rels" USING btree ("sends_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_sponsor_inquiries_id_idx" ON "payload_locked_documents_rels" USING btree ("sponsor_inquiries_id");
  CREATE INDEX "payload_locked_documents_rels_sponsorship_slots_id_idx" ON "payload_locked_documents_rels" USING btree ("sponsorship_slots_id");
  CREATE INDEX "payload_locked_documents_rels_sponsorship_audit_id_idx" ON "payload_locked_documents_rels" USING btree ("sponsorship_audit_id");
  CREATE INDEX "payload_locked_documents_rels_retired_items_id_idx" ON "payload_locked_documents_rels" USING btree ("retired_items_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_status_scheduled_failures_order_idx" ON "site_status_scheduled_failures" USING btree ("_order");
  CREATE INDEX "site_status_scheduled_failures_parent_id_idx" ON "site_status_scheduled_failures" USING btree ("_parent_id");
  CREATE INDEX "style_guide_rules_order_idx" ON "style_guide_rules" USING btree ("_order");
  CREATE INDEX "style_guide_rules_parent_id_idx" ON "style_guide_rules" USING btree ("_parent_id");
  CREATE INDEX "sponsorship_policy_tiers_order_idx" ON "sponsorship_policy_tiers" USING btree ("_order");
  CREATE INDEX "sponsorship_policy_tiers_parent_id_idx" ON "sponsorship_policy_tiers" USING btree ("_parent_id");
  CREATE INDEX "sponsorship_policy_sectors_order_idx" ON "sponsorship_policy_sectors" USING btree ("_order");
  CREATE INDEX "sponsorship_policy_sectors_parent_id_idx" ON "sponsorship_policy_sectors" USING btree ("_parent_id");
  CREATE INDEX "city_calendar_observed_optional_order_idx" ON "city_calendar_observed_optional" USING btree ("order");
  CREATE INDEX "city_calendar_observed_optional_parent_idx" ON "city_calendar_observed_optional" USING btree ("parent_id");
  CREATE INDEX "city_calendar_closures_order_idx" ON "city_calendar_closures" USING btree ("_order");
  CREATE INDEX "city_calendar_closures_parent_id_idx" ON "city_calendar_closures" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "media_releases_contacts" CASCADE;
  DROP TABLE "media_releases_contacts_locales" CASCADE;
  DROP TABLE "media_releases_quotes" CASCADE;
  DROP TABLE "media_releases_quotes_locales" CASCADE;
  DROP TABLE "media_releases_topics" CASCADE;
  DROP TABLE "media_releases" CASCADE;
  DROP TABLE "media_releases_locales" CASCADE;
  DROP TABLE "media_releases_rels" CASCADE;
  DROP TABLE "_media_releases_v_version_contacts" CASCADE;
  DROP TABLE "_media_releases_v_version_contacts_locales" CASCADE;
  DROP TABLE "_media_releases_v_version_quotes" CASCADE;
  DROP TABLE "_media_releases_v_version_quotes_locales" CASCADE;
  DROP TABLE "_media_releases_v_version_topics" CASCADE;
  DROP TABLE "_media_releases_v" CASCADE;
  DROP TABLE "_media_releases_v_locales" CASCADE;
  DROP TABLE "_media_releases_v_rels" CASCADE;
  DROP TABLE "publications_formats" CASCADE;
  DROP TABLE "publications_topics" CASCADE;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "publications_locales" CASCADE;
  DROP TABLE "_publications_v_version_formats" CASCADE;
  DROP TABLE "_publications_v_version_topics" CASCADE;
  DROP TABLE "_publications_v" CASCADE;
  DROP TABLE "_publications_v_locales" CASCADE;
  DROP TABLE "sponsorship_packages_benefits" CASCADE;
  DROP TABLE "sponsorship_packages_benefits_locales" CASCADE;
  DROP TABLE "sponsorship_packages_audience_reach" CASCADE;
  DROP TABLE "sponsorship_packages_audience_reach_locales" CASCADE;
  DROP TABLE "sponsorship_packages_current_sponsors" CASCADE;
  DROP TABLE "sponsorship_packages" CASCADE;
  DROP TABLE "sponsorship_packages_locales" CASCADE;
  DROP TABLE "sponsorship_packages_rels" CASCADE;
  DROP TABLE "_sponsorship_packages_v_version_benefits" CASCADE;
  DROP TABLE "_sponsorship_packages_v_version_benefits_locales" CASCADE;
  DROP TABLE "_sponsorship_packages_v_version_audience_reach" CASCADE;
  DROP TABLE "_sponsorship_packages_v_version_audience_reach_locales" CASCADE;
  DROP TABLE "_sponsorship_packages_v_version_current_sponsors" CASCADE;
  DROP TABLE "_sponsorship_packages_v" CASCADE;
  DROP TABLE "_sponsorship_packages_v_locales" CASCADE;
  DROP TABLE "_sponsorship_packages_v_rels" CASCADE;
  DROP TABLE "emergency_bulletins_category" CASCADE;
  DROP TABLE "emergency_bulletins_response_type" CASCADE;
  DROP TABLE "emergency_bulletins_areas_polygons" CASCADE;
  DROP TABLE "emergency_bulletins_areas_circles" CASCADE;
  DROP TABLE "emergency_bulletins_areas_geocodes" CASCADE;
  DROP TABLE "emergency_bulletins_areas" CASCADE;
  DROP TABLE "emergency_bulletins_areas_locales" CASCADE;
  DROP TABLE "emergency_bulletins" CASCADE;
  DROP TABLE "emergency_bulletins_locales" CASCADE;
  DROP TABLE "emergency_bulletins_rels" CASCADE;
  DROP TABLE "_emergency_bulletins_v_version_category" CASCADE;
  DROP TABLE "_emergency_bulletins_v_version_response_type" CASCADE;
  DROP TABLE "_emergency_bulletins_v_version_areas_polygons" CASCADE;
  DROP TABLE "_emergency_bulletins_v_version_areas_circles" CASCADE;
  DROP TABLE "_emergency_bulletins_v_version_areas_geocodes" CASCADE;
  DROP TABLE "_emergency_bulletins_v_version_areas" CASCADE;
  DROP TABLE "_emergency_bulletins_v_version_areas_locales" CASCADE;
  DROP TABLE "_emergency_bulletins_v" CASCADE;
  DROP TABLE "_emergency_bulletins_v_locales" CASCADE;
  DROP TABLE "_emergency_bulletins_v_rels" CASCADE;
  DROP TABLE "workflow_audit" CASCADE;
  DROP TABLE "subscribers_topics" CASCADE;
  DROP TABLE "subscribers_requested_topics" CASCADE;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "sends" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "sponsor_inquiries" CASCADE;
  DROP TABLE "sponsorship_slots" CASCADE;
  DROP TABLE "sponsorship_audit" CASCADE;
  DROP TABLE "retired_items" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_status_scheduled_failures" CASCADE;
  DROP TABLE "site_status" CASCADE;
  DROP TABLE "style_guide_rules" CASCADE;
  DROP TABLE "style_guide" CASCADE;
  DROP TABLE "sponsorship_policy_tiers" CASCADE;
  DROP TABLE "sponsorship_policy_sectors" CASCADE;
  DROP TABLE "sponsorship_policy" CASCADE;
  DROP TABLE "city_calendar_observed_optional" CASCADE;
  DROP TABLE "city_calendar_closures" CASCADE;
  DROP TABLE "city_calendar" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_media_audience";
  DROP TYPE "public"."enum_media_releases_topics";
  DROP TYPE "public"."enum_media_releases_workflow_state";
  DROP TYPE "public"."enum_media_releases_status";
  DROP TYPE "public"."enum__media_releases_v_version_topics";
  DROP TYPE "public"."enum__media_releases_v_version_workflow_state";
  DROP TYPE "public"."enum__media_releases_v_version_status";
  DROP TYPE "public"."enum__media_releases_v_published_locale";
  DROP TYPE "public"."enum_publications_formats";
  DROP TYPE "public"."enum_publications_topics";
  DROP TYPE "public"."enum_publications_workflow_state";
  DROP TYPE "public"."enum_publications_audience";
  DROP TYPE "public"."enum_publications_kind";
  DROP TYPE "public"."enum_publications_status";
  DROP TYPE "public"."enum__publications_v_version_formats";
  DROP TYPE "public"."enum__publications_v_version_topics";
  DROP TYPE "public"."enum__publications_v_version_workflow_state";
  DROP TYPE "public"."enum__publications_v_version_audience";
  DROP TYPE "public"."enum__publications_v_version_kind";
  DROP TYPE "public"."enum__publications_v_version_status";
  DROP TYPE "public"."enum__publications_v_published_locale";
  DROP TYPE "public"."enum_sponsorship_packages_workflow_state";
  DROP TYPE "public"."enum_sponsorship_packages_asset_type";
  DROP TYPE "public"."enum_sponsorship_packages_status";
  DROP TYPE "public"."enum__sponsorship_packages_v_version_workflow_state";
  DROP TYPE "public"."enum__sponsorship_packages_v_version_asset_type";
  DROP TYPE "public"."enum__sponsorship_packages_v_version_status";
  DROP TYPE "public"."enum__sponsorship_packages_v_published_locale";
  DROP TYPE "public"."enum_emergency_bulletins_category";
  DROP TYPE "public"."enum_emergency_bulletins_response_type";
  DROP TYPE "public"."enum_emergency_bulletins_workflow_state";
  DROP TYPE "public"."enum_emergency_bulletins_cap_status";
  DROP TYPE "public"."enum_emergency_bulletins_msg_type";
  DROP TYPE "public"."enum_emergency_bulletins_event_code";
  DROP TYPE "public"."enum_emergency_bulletins_urgency";
  DROP TYPE "public"."enum_emergency_bulletins_severity";
  DROP TYPE "public"."enum_emergency_bulletins_certainty";
  DROP TYPE "public"."enum_emergency_bulletins_broadcast_immediately";
  DROP TYPE "public"."enum_emergency_bulletins_wireless_immediate";
  DROP TYPE "public"."enum_emergency_bulletins_status";
  DROP TYPE "public"."enum__emergency_bulletins_v_version_category";
  DROP TYPE "public"."enum__emergency_bulletins_v_version_response_type";
  DROP TYPE "public"."enum__emergency_bulletins_v_version_workflow_state";
  DROP TYPE "public"."enum__emergency_bulletins_v_version_msg_type";
  DROP TYPE "public"."enum__emergency_bulletins_v_version_event_code";
  DROP TYPE "public"."enum__emergency_bulletins_v_version_urgency";
  DROP TYPE "public"."enum__emergency_bulletins_v_version_severity";
  DROP TYPE "public"."enum__emergency_bulletins_v_version_certainty";
  DROP TYPE "public"."enum__emergency_bulletins_v_version_broadcast_immediately";
  DROP TYPE "public"."enum__emergency_bulletins_v_version_wireless_immediate";
  DROP TYPE "public"."enum__emergency_bulletins_v_version_status";
  DROP TYPE "public"."enum__emergency_bulletins_v_published_locale";
  DROP TYPE "public"."enum_workflow_audit_item_collection";
  DROP TYPE "public"."enum_workflow_audit_action";
  DROP TYPE "public"."enum_workflow_audit_from_state";
  DROP TYPE "public"."enum_workflow_audit_to_state";
  DROP TYPE "public"."enum_subscribers_topics";
  DROP TYPE "public"."enum_subscribers_requested_topics";
  DROP TYPE "public"."enum_subscribers_status";
  DROP TYPE "public"."enum_subscribers_language";
  DROP TYPE "public"."enum_subscribers_requested_language";
  DROP TYPE "public"."enum_sends_topic";
  DROP TYPE "public"."enum_sends_status";
  DROP TYPE "public"."enum_deliveries_status";
  DROP TYPE "public"."enum_sponsor_inquiries_language";
  DROP TYPE "public"."enum_sponsor_inquiries_state";
  DROP TYPE "public"."enum_sponsorship_audit_action";
  DROP TYPE "public"."enum_sponsorship_audit_from_state";
  DROP TYPE "public"."enum_sponsorship_audit_to_state";
  DROP TYPE "public"."enum_retired_items_item_collection";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_site_status_state";
  DROP TYPE "public"."enum_city_calendar_observed_optional";`)
}
