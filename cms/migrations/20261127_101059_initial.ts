import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`first_name\` text NOT NULL,
  	\`last_name\` text NOT NULL,
  	\`department\` text NOT NULL,
  	\`phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`audience\` text DEFAULT 'public' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_releases_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_releases_contacts_order_idx\` ON \`media_releases_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_contacts_parent_id_idx\` ON \`media_releases_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_releases_contacts_locales\` (
  	\`role\` text,
  	\`department\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_releases_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_releases_contacts_locales_locale_parent_id_unique\` ON \`media_releases_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_releases_quotes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`attribution\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_releases_quotes_order_idx\` ON \`media_releases_quotes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_quotes_parent_id_idx\` ON \`media_releases_quotes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_releases_quotes_locales\` (
  	\`quote\` text,
  	\`attribution_role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_releases_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_releases_quotes_locales_locale_parent_id_unique\` ON \`media_releases_quotes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_releases_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_releases_topics_order_idx\` ON \`media_releases_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_topics_parent_idx\` ON \`media_releases_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`release_at\` text,
  	\`embargo_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_releases_slug_idx\` ON \`media_releases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_author_idx\` ON \`media_releases\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_last_edited_by_idx\` ON \`media_releases\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_updated_at_idx\` ON \`media_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_created_at_idx\` ON \`media_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`media_releases__status_idx\` ON \`media_releases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`media_releases_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`dateline\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_releases_locales_locale_parent_id_unique\` ON \`media_releases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_releases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_releases_rels_order_idx\` ON \`media_releases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_rels_parent_idx\` ON \`media_releases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_rels_path_idx\` ON \`media_releases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_rels_media_id_idx\` ON \`media_releases_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_releases_v_version_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_contacts_order_idx\` ON \`_media_releases_v_version_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_contacts_parent_id_idx\` ON \`_media_releases_v_version_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_releases_v_version_contacts_locales\` (
  	\`role\` text,
  	\`department\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_releases_v_version_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_media_releases_v_version_contacts_locales_locale_parent_id_\` ON \`_media_releases_v_version_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_releases_v_version_quotes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`attribution\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_quotes_order_idx\` ON \`_media_releases_v_version_quotes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_quotes_parent_id_idx\` ON \`_media_releases_v_version_quotes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_releases_v_version_quotes_locales\` (
  	\`quote\` text,
  	\`attribution_role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_releases_v_version_quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_media_releases_v_version_quotes_locales_locale_parent_id_un\` ON \`_media_releases_v_version_quotes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_releases_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_media_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_topics_order_idx\` ON \`_media_releases_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_topics_parent_idx\` ON \`_media_releases_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_releases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_release_at\` text,
  	\`version_embargo_until\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_releases_v_parent_idx\` ON \`_media_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_slug_idx\` ON \`_media_releases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_author_idx\` ON \`_media_releases_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_last_edited_by_idx\` ON \`_media_releases_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_updated_at_idx\` ON \`_media_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_created_at_idx\` ON \`_media_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version__status_idx\` ON \`_media_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_created_at_idx\` ON \`_media_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_updated_at_idx\` ON \`_media_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_snapshot_idx\` ON \`_media_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_published_locale_idx\` ON \`_media_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_latest_idx\` ON \`_media_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_media_releases_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_dateline\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_media_releases_v_locales_locale_parent_id_unique\` ON \`_media_releases_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_releases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_media_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_releases_v_rels_order_idx\` ON \`_media_releases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_rels_parent_idx\` ON \`_media_releases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_rels_path_idx\` ON \`_media_releases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_rels_media_id_idx\` ON \`_media_releases_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_formats_order_idx\` ON \`publications_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_formats_parent_idx\` ON \`publications_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_topics_order_idx\` ON \`publications_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_topics_parent_idx\` ON \`publications_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`audience\` text,
  	\`kind\` text,
  	\`issue_date\` text,
  	\`print_edition_id\` integer,
  	\`cover_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`print_edition_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_slug_idx\` ON \`publications\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`publications_author_idx\` ON \`publications\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_last_edited_by_idx\` ON \`publications\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_audience_idx\` ON \`publications\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`publications_print_edition_idx\` ON \`publications\` (\`print_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_cover_image_idx\` ON \`publications\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`publications_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_locales_locale_parent_id_unique\` ON \`publications_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_formats_order_idx\` ON \`_publications_v_version_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_formats_parent_idx\` ON \`_publications_v_version_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_topics_order_idx\` ON \`_publications_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_topics_parent_idx\` ON \`_publications_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_audience\` text,
  	\`version_kind\` text,
  	\`version_issue_date\` text,
  	\`version_print_edition_id\` integer,
  	\`version_cover_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_print_edition_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_slug_idx\` ON \`_publications_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_author_idx\` ON \`_publications_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_last_edited_by_idx\` ON \`_publications_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_audience_idx\` ON \`_publications_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_print_edition_idx\` ON \`_publications_v\` (\`version_print_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_cover_image_idx\` ON \`_publications_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_updated_at_idx\` ON \`_publications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_created_at_idx\` ON \`_publications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version__status_idx\` ON \`_publications_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_created_at_idx\` ON \`_publications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_updated_at_idx\` ON \`_publications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_snapshot_idx\` ON \`_publications_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_published_locale_idx\` ON \`_publications_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_latest_idx\` ON \`_publications_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_publications_v_locales_locale_parent_id_unique\` ON \`_publications_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_packages_benefits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_benefits_order_idx\` ON \`sponsorship_packages_benefits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_benefits_parent_id_idx\` ON \`sponsorship_packages_benefits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_packages_benefits_locales\` (
  	\`benefit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sponsorship_packages_benefits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_packages_benefits_locales_locale_parent_id_uniqu\` ON \`sponsorship_packages_benefits_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_packages_audience_reach\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`figure\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_audience_reach_order_idx\` ON \`sponsorship_packages_audience_reach\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_audience_reach_parent_id_idx\` ON \`sponsorship_packages_audience_reach\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_packages_audience_reach_locales\` (
  	\`channel\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sponsorship_packages_audience_reach\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_packages_audience_reach_locales_locale_parent_id\` ON \`sponsorship_packages_audience_reach_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_packages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`tier\` text,
  	\`asset_type\` text,
  	\`value\` numeric,
  	\`value_max\` numeric,
  	\`total_slots\` numeric,
  	\`available_slots\` numeric,
  	\`deadline\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_packages_slug_idx\` ON \`sponsorship_packages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_author_idx\` ON \`sponsorship_packages\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_last_edited_by_idx\` ON \`sponsorship_packages\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_updated_at_idx\` ON \`sponsorship_packages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_created_at_idx\` ON \`sponsorship_packages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages__status_idx\` ON \`sponsorship_packages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_packages_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`policy_exclusions\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_packages_locales_locale_parent_id_unique\` ON \`sponsorship_packages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_packages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_rels_order_idx\` ON \`sponsorship_packages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_rels_parent_idx\` ON \`sponsorship_packages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_rels_path_idx\` ON \`sponsorship_packages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_rels_media_id_idx\` ON \`sponsorship_packages_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_sponsorship_packages_v_version_benefits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sponsorship_packages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_benefits_order_idx\` ON \`_sponsorship_packages_v_version_benefits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_benefits_parent_id_idx\` ON \`_sponsorship_packages_v_version_benefits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sponsorship_packages_v_version_benefits_locales\` (
  	\`benefit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sponsorship_packages_v_version_benefits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sponsorship_packages_v_version_benefits_locales_locale_pare\` ON \`_sponsorship_packages_v_version_benefits_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sponsorship_packages_v_version_audience_reach\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`figure\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sponsorship_packages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_audience_reach_order_idx\` ON \`_sponsorship_packages_v_version_audience_reach\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_audience_reach_parent_id_idx\` ON \`_sponsorship_packages_v_version_audience_reach\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sponsorship_packages_v_version_audience_reach_locales\` (
  	\`channel\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sponsorship_packages_v_version_audience_reach\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sponsorship_packages_v_version_audience_reach_locales_local\` ON \`_sponsorship_packages_v_version_audience_reach_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sponsorship_packages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_tier\` text,
  	\`version_asset_type\` text,
  	\`version_value\` numeric,
  	\`version_value_max\` numeric,
  	\`version_total_slots\` numeric,
  	\`version_available_slots\` numeric,
  	\`version_deadline\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_parent_idx\` ON \`_sponsorship_packages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_slug_idx\` ON \`_sponsorship_packages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_author_idx\` ON \`_sponsorship_packages_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_last_edited_by_idx\` ON \`_sponsorship_packages_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_updated_at_idx\` ON \`_sponsorship_packages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_created_at_idx\` ON \`_sponsorship_packages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version__status_idx\` ON \`_sponsorship_packages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_created_at_idx\` ON \`_sponsorship_packages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_updated_at_idx\` ON \`_sponsorship_packages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_snapshot_idx\` ON \`_sponsorship_packages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_published_locale_idx\` ON \`_sponsorship_packages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_latest_idx\` ON \`_sponsorship_packages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_sponsorship_packages_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_policy_exclusions\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sponsorship_packages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sponsorship_packages_v_locales_locale_parent_id_unique\` ON \`_sponsorship_packages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sponsorship_packages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sponsorship_packages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_rels_order_idx\` ON \`_sponsorship_packages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_rels_parent_idx\` ON \`_sponsorship_packages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_rels_path_idx\` ON \`_sponsorship_packages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_rels_media_id_idx\` ON \`_sponsorship_packages_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`emergency_bulletins_category\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_category_order_idx\` ON \`emergency_bulletins_category\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_category_parent_idx\` ON \`emergency_bulletins_category\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`emergency_bulletins_response_type\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_response_type_order_idx\` ON \`emergency_bulletins_response_type\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_response_type_parent_idx\` ON \`emergency_bulletins_response_type\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`emergency_bulletins_areas_polygons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`polygon\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`emergency_bulletins_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_areas_polygons_order_idx\` ON \`emergency_bulletins_areas_polygons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_areas_polygons_parent_id_idx\` ON \`emergency_bulletins_areas_polygons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`emergency_bulletins_areas_circles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`circle\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`emergency_bulletins_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_areas_circles_order_idx\` ON \`emergency_bulletins_areas_circles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_areas_circles_parent_id_idx\` ON \`emergency_bulletins_areas_circles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`emergency_bulletins_areas_geocodes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value_name\` text DEFAULT 'profile:CAP-CP:Location:0.3',
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`emergency_bulletins_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_areas_geocodes_order_idx\` ON \`emergency_bulletins_areas_geocodes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_areas_geocodes_parent_id_idx\` ON \`emergency_bulletins_areas_geocodes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`emergency_bulletins_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_areas_order_idx\` ON \`emergency_bulletins_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_areas_parent_id_idx\` ON \`emergency_bulletins_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`emergency_bulletins_areas_locales\` (
  	\`area_desc\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`emergency_bulletins_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`emergency_bulletins_areas_locales_locale_parent_id_unique\` ON \`emergency_bulletins_areas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`emergency_bulletins\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`status\` text DEFAULT 'Actual',
  	\`msg_type\` text DEFAULT 'Alert',
  	\`event_code\` text,
  	\`urgency\` text,
  	\`severity\` text,
  	\`certainty\` text,
  	\`effective\` text,
  	\`onset\` text,
  	\`expires\` text,
  	\`broadcast_immediately\` text DEFAULT 'No',
  	\`wireless_immediate\` text DEFAULT 'No',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`emergency_bulletins_slug_idx\` ON \`emergency_bulletins\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_author_idx\` ON \`emergency_bulletins\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_last_edited_by_idx\` ON \`emergency_bulletins\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_updated_at_idx\` ON \`emergency_bulletins\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_created_at_idx\` ON \`emergency_bulletins\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins__status_idx\` ON \`emergency_bulletins\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`emergency_bulletins_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`event\` text,
  	\`headline\` text,
  	\`instruction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`emergency_bulletins_locales_locale_parent_id_unique\` ON \`emergency_bulletins_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`emergency_bulletins_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`emergency_bulletins_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`emergency_bulletins_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_rels_order_idx\` ON \`emergency_bulletins_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_rels_parent_idx\` ON \`emergency_bulletins_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_rels_path_idx\` ON \`emergency_bulletins_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_rels_emergency_bulletins_id_idx\` ON \`emergency_bulletins_rels\` (\`emergency_bulletins_id\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v_version_category\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_emergency_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_category_order_idx\` ON \`_emergency_bulletins_v_version_category\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_category_parent_idx\` ON \`_emergency_bulletins_v_version_category\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v_version_response_type\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_emergency_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_response_type_order_idx\` ON \`_emergency_bulletins_v_version_response_type\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_response_type_parent_idx\` ON \`_emergency_bulletins_v_version_response_type\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v_version_areas_polygons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`polygon\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_emergency_bulletins_v_version_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_polygons_order_idx\` ON \`_emergency_bulletins_v_version_areas_polygons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_polygons_parent_id_idx\` ON \`_emergency_bulletins_v_version_areas_polygons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v_version_areas_circles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`circle\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_emergency_bulletins_v_version_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_circles_order_idx\` ON \`_emergency_bulletins_v_version_areas_circles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_circles_parent_id_idx\` ON \`_emergency_bulletins_v_version_areas_circles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v_version_areas_geocodes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value_name\` text DEFAULT 'profile:CAP-CP:Location:0.3',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_emergency_bulletins_v_version_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_geocodes_order_idx\` ON \`_emergency_bulletins_v_version_areas_geocodes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_geocodes_parent_id_idx\` ON \`_emergency_bulletins_v_version_areas_geocodes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v_version_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_emergency_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_order_idx\` ON \`_emergency_bulletins_v_version_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_parent_id_idx\` ON \`_emergency_bulletins_v_version_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v_version_areas_locales\` (
  	\`area_desc\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_emergency_bulletins_v_version_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_emergency_bulletins_v_version_areas_locales_locale_parent_i\` ON \`_emergency_bulletins_v_version_areas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_status\` text DEFAULT 'Actual',
  	\`version_msg_type\` text DEFAULT 'Alert',
  	\`version_event_code\` text,
  	\`version_urgency\` text,
  	\`version_severity\` text,
  	\`version_certainty\` text,
  	\`version_effective\` text,
  	\`version_onset\` text,
  	\`version_expires\` text,
  	\`version_broadcast_immediately\` text DEFAULT 'No',
  	\`version_wireless_immediate\` text DEFAULT 'No',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_parent_idx\` ON \`_emergency_bulletins_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_slug_idx\` ON \`_emergency_bulletins_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_author_idx\` ON \`_emergency_bulletins_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_last_edited_by_idx\` ON \`_emergency_bulletins_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_updated_at_idx\` ON \`_emergency_bulletins_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_created_at_idx\` ON \`_emergency_bulletins_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version__status_idx\` ON \`_emergency_bulletins_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_created_at_idx\` ON \`_emergency_bulletins_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_updated_at_idx\` ON \`_emergency_bulletins_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_snapshot_idx\` ON \`_emergency_bulletins_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_published_locale_idx\` ON \`_emergency_bulletins_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_latest_idx\` ON \`_emergency_bulletins_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_event\` text,
  	\`version_headline\` text,
  	\`version_instruction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_emergency_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_emergency_bulletins_v_locales_locale_parent_id_unique\` ON \`_emergency_bulletins_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`emergency_bulletins_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_emergency_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`emergency_bulletins_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_rels_order_idx\` ON \`_emergency_bulletins_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_rels_parent_idx\` ON \`_emergency_bulletins_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_rels_path_idx\` ON \`_emergency_bulletins_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_rels_emergency_bulletins_id_idx\` ON \`_emergency_bulletins_v_rels\` (\`emergency_bulletins_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_releases_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsorship_packages_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`emergency_bulletins_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`media_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_packages_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_packages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_emergency_bulletins_id_idx\` ON \`payload_locked_documents_rels\` (\`emergency_bulletins_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`media_releases_contacts\`;`)
  await db.run(sql`DROP TABLE \`media_releases_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`media_releases_quotes\`;`)
  await db.run(sql`DROP TABLE \`media_releases_quotes_locales\`;`)
  await db.run(sql`DROP TABLE \`media_releases_topics\`;`)
  await db.run(sql`DROP TABLE \`media_releases\`;`)
  await db.run(sql`DROP TABLE \`media_releases_locales\`;`)
  await db.run(sql`DROP TABLE \`media_releases_rels\`;`)
  await db.run(sql`DROP TABLE \`_media_releases_v_version_contacts\`;`)
  await db.run(sql`DROP TABLE \`_media_releases_v_version_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`_media_releases_v_version_quotes\`;`)
  await db.run(sql`DROP TABLE \`_media_releases_v_version_quotes_locales\`;`)
  await db.run(sql`DROP TABLE \`_media_releases_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_media_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_media_releases_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_media_releases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`publications_formats\`;`)
  await db.run(sql`DROP TABLE \`publications_topics\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications_locales\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_formats\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_locales\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_packages_benefits\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_packages_benefits_locales\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_packages_audience_reach\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_packages_audience_reach_locales\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_packages\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_packages_locales\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_packages_rels\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v_version_benefits\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v_version_benefits_locales\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v_version_audience_reach\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v_version_audience_reach_locales\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v_rels\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins_category\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins_response_type\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins_areas_polygons\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins_areas_circles\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins_areas_geocodes\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins_areas\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins_areas_locales\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins_locales\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins_rels\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_category\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_response_type\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_areas_polygons\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_areas_circles\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_areas_geocodes\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_areas\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_areas_locales\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
