import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`kb_articles\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`slug_fr\` text,
  	\`uid\` text,
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`published_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawn_at\` text,
  	\`urgent_published_by_id\` integer,
  	\`audience\` text,
  	\`department_id\` integer,
  	\`review_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kb_articles_slug_idx\` ON \`kb_articles\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`kb_articles_slug_fr_idx\` ON \`kb_articles\` (\`slug_fr\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`kb_articles_uid_idx\` ON \`kb_articles\` (\`uid\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_author_idx\` ON \`kb_articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_last_edited_by_idx\` ON \`kb_articles\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_workflow_state_idx\` ON \`kb_articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_urgent_published_by_idx\` ON \`kb_articles\` (\`urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_audience_idx\` ON \`kb_articles\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_department_idx\` ON \`kb_articles\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_review_by_idx\` ON \`kb_articles\` (\`review_by\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_updated_at_idx\` ON \`kb_articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_created_at_idx\` ON \`kb_articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles__status_idx\` ON \`kb_articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`kb_articles_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`withdrawal_reason\` text,
  	\`keywords\` text,
  	\`phone_script\` text,
  	\`internal_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kb_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kb_articles_locales_locale_parent_id_unique\` ON \`kb_articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  // By hand, as in 20261202_080500_locale_parent_indexes: translations are read by `_parent_id` alone.
  await db.run(sql`CREATE INDEX \`kb_articles_locales_parent_id_idx\` ON \`kb_articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kb_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_types_id\` integer,
  	\`kb_articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kb_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_types_id\`) REFERENCES \`service_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kb_articles_id\`) REFERENCES \`kb_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kb_articles_rels_order_idx\` ON \`kb_articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_rels_parent_idx\` ON \`kb_articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_rels_path_idx\` ON \`kb_articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_rels_service_types_id_idx\` ON \`kb_articles_rels\` (\`service_types_id\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_rels_kb_articles_id_idx\` ON \`kb_articles_rels\` (\`kb_articles_id\`);`)
  await db.run(sql`CREATE TABLE \`_kb_articles_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_slug_fr\` text,
  	\`version_uid\` text,
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_published_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_urgent_published_by_id\` integer,
  	\`version_audience\` text,
  	\`version_department_id\` integer,
  	\`version_review_by\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kb_articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_parent_idx\` ON \`_kb_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_slug_idx\` ON \`_kb_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_slug_fr_idx\` ON \`_kb_articles_v\` (\`version_slug_fr\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_uid_idx\` ON \`_kb_articles_v\` (\`version_uid\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_author_idx\` ON \`_kb_articles_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_last_edited_by_idx\` ON \`_kb_articles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_workflow_state_idx\` ON \`_kb_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_urgent_published_by_idx\` ON \`_kb_articles_v\` (\`version_urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_audience_idx\` ON \`_kb_articles_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_department_idx\` ON \`_kb_articles_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_review_by_idx\` ON \`_kb_articles_v\` (\`version_review_by\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_updated_at_idx\` ON \`_kb_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version_created_at_idx\` ON \`_kb_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_version__status_idx\` ON \`_kb_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_created_at_idx\` ON \`_kb_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_updated_at_idx\` ON \`_kb_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_snapshot_idx\` ON \`_kb_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_published_locale_idx\` ON \`_kb_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_latest_idx\` ON \`_kb_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_kb_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_keywords\` text,
  	\`version_phone_script\` text,
  	\`version_internal_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kb_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_kb_articles_v_locales_locale_parent_id_unique\` ON \`_kb_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_locales_parent_id_idx\` ON \`_kb_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kb_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_types_id\` integer,
  	\`kb_articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_kb_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_types_id\`) REFERENCES \`service_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kb_articles_id\`) REFERENCES \`kb_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_rels_order_idx\` ON \`_kb_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_rels_parent_idx\` ON \`_kb_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_rels_path_idx\` ON \`_kb_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_rels_service_types_id_idx\` ON \`_kb_articles_v_rels\` (\`service_types_id\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_rels_kb_articles_id_idx\` ON \`_kb_articles_v_rels\` (\`kb_articles_id\`);`)
  await db.run(sql`CREATE TABLE \`kb_search_misses\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`query\` text NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`source\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`kb_search_misses_query_idx\` ON \`kb_search_misses\` (\`query\`);`)
  await db.run(sql`CREATE INDEX \`kb_search_misses_updated_at_idx\` ON \`kb_search_misses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kb_search_misses_created_at_idx\` ON \`kb_search_misses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`kb_feedback\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`helpful\` integer DEFAULT false NOT NULL,
  	\`comment\` text,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`kb_articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`kb_feedback_article_idx\` ON \`kb_feedback\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`kb_feedback_helpful_idx\` ON \`kb_feedback\` (\`helpful\`);`)
  await db.run(sql`CREATE INDEX \`kb_feedback_updated_at_idx\` ON \`kb_feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kb_feedback_created_at_idx\` ON \`kb_feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`kb_views\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`day\` text NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`views\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`kb_articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kb_views_key_idx\` ON \`kb_views\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`kb_views_article_idx\` ON \`kb_views\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`kb_views_day_idx\` ON \`kb_views\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`kb_views_updated_at_idx\` ON \`kb_views\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kb_views_created_at_idx\` ON \`kb_views\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`kb_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`synonyms_en\` text DEFAULT 'garbage, trash, refuse, rubbish
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
  	\`synonyms_fr\` text DEFAULT 'ordures, déchets, poubelles, vidanges
  collecte, ramassage, cueillette
  divan, canapé, sofa
  bac, poubelle
  lampadaire, réverbère
  contravention, amende, ticket
  déneigement, déblaiement
  stationnement, parking',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`kb_articles_id\` integer REFERENCES kb_articles(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`kb_search_misses_id\` integer REFERENCES kb_search_misses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`kb_feedback_id\` integer REFERENCES kb_feedback(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`kb_views_id\` integer REFERENCES kb_views(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kb_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`kb_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kb_search_misses_id_idx\` ON \`payload_locked_documents_rels\` (\`kb_search_misses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kb_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`kb_feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kb_views_id_idx\` ON \`payload_locked_documents_rels\` (\`kb_views_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`kb_articles\`;`)
  await db.run(sql`DROP TABLE \`kb_articles_locales\`;`)
  await db.run(sql`DROP TABLE \`kb_articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_kb_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_kb_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_kb_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`kb_search_misses\`;`)
  await db.run(sql`DROP TABLE \`kb_feedback\`;`)
  await db.run(sql`DROP TABLE \`kb_views\`;`)
  await db.run(sql`DROP TABLE \`kb_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`media_releases_id\` integer,
  	\`publications_id\` integer,
  	\`sponsorship_packages_id\` integer,
  	\`emergency_bulletins_id\` integer,
  	\`workflow_audit_id\` integer,
  	\`subscribers_id\` integer,
  	\`sends_id\` integer,
  	\`deliveries_id\` integer,
  	\`sponsor_inquiries_id\` integer,
  	\`sponsorship_slots_id\` integer,
  	\`sponsorship_audit_id\` integer,
  	\`retired_items_id\` integer,
  	\`process_leases_id\` integer,
  	\`rate_limit_hits_id\` integer,
  	\`site_build_requests_id\` integer,
  	\`departments_id\` integer,
  	\`correspondence_id\` integer,
  	\`correspondence_messages_id\` integer,
  	\`correspondence_files_id\` integer,
  	\`desk_audit_id\` integer,
  	\`wards_id\` integer,
  	\`addresses_id\` integer,
  	\`service_types_id\` integer,
  	\`service_requests_id\` integer,
  	\`service_request_events_id\` integer,
  	\`service_request_followers_id\` integer,
  	\`request_photos_id\` integer,
  	\`request_photo_copies_id\` integer,
  	\`api_clients_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_releases_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsorship_packages_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`emergency_bulletins_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_audit_id\`) REFERENCES \`workflow_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sends_id\`) REFERENCES \`sends\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsor_inquiries_id\`) REFERENCES \`sponsor_inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsorship_slots_id\`) REFERENCES \`sponsorship_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsorship_audit_id\`) REFERENCES \`sponsorship_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`retired_items_id\`) REFERENCES \`retired_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_leases_id\`) REFERENCES \`process_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limit_hits_id\`) REFERENCES \`rate_limit_hits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_build_requests_id\`) REFERENCES \`site_build_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_id\`) REFERENCES \`correspondence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_messages_id\`) REFERENCES \`correspondence_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`correspondence_files_id\`) REFERENCES \`correspondence_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`desk_audit_id\`) REFERENCES \`desk_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wards_id\`) REFERENCES \`wards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`addresses_id\`) REFERENCES \`addresses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_types_id\`) REFERENCES \`service_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_requests_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_request_events_id\`) REFERENCES \`service_request_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_request_followers_id\`) REFERENCES \`service_request_followers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`request_photos_id\`) REFERENCES \`request_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`request_photo_copies_id\`) REFERENCES \`request_photo_copies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id", "sponsor_inquiries_id", "sponsorship_slots_id", "sponsorship_audit_id", "retired_items_id", "process_leases_id", "rate_limit_hits_id", "site_build_requests_id", "departments_id", "correspondence_id", "correspondence_messages_id", "correspondence_files_id", "desk_audit_id", "wards_id", "addresses_id", "service_types_id", "service_requests_id", "service_request_events_id", "service_request_followers_id", "request_photos_id", "request_photo_copies_id", "api_clients_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id", "sponsor_inquiries_id", "sponsorship_slots_id", "sponsorship_audit_id", "retired_items_id", "process_leases_id", "rate_limit_hits_id", "site_build_requests_id", "departments_id", "correspondence_id", "correspondence_messages_id", "correspondence_files_id", "desk_audit_id", "wards_id", "addresses_id", "service_types_id", "service_requests_id", "service_request_events_id", "service_request_followers_id", "request_photos_id", "request_photo_copies_id", "api_clients_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`media_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_packages_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_packages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_emergency_bulletins_id_idx\` ON \`payload_locked_documents_rels\` (\`emergency_bulletins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sends_id_idx\` ON \`payload_locked_documents_rels\` (\`sends_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsor_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsor_inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retired_items_id_idx\` ON \`payload_locked_documents_rels\` (\`retired_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_process_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`process_leases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_build_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`site_build_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondence_files_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondence_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_desk_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`desk_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wards_id_idx\` ON \`payload_locked_documents_rels\` (\`wards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_addresses_id_idx\` ON \`payload_locked_documents_rels\` (\`addresses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_types_id_idx\` ON \`payload_locked_documents_rels\` (\`service_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_request_events_id_idx\` ON \`payload_locked_documents_rels\` (\`service_request_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_request_followers__idx\` ON \`payload_locked_documents_rels\` (\`service_request_followers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_request_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`request_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_request_photo_copies_id_idx\` ON \`payload_locked_documents_rels\` (\`request_photo_copies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
}
