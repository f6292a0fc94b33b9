import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { checkForeignKeys, copyRowsByName, dropIdMaps, prepareIdMaps, skipRememberedIds } from '../db/autoIncrementCopy'

/**
 * Every table's id becomes AUTOINCREMENT, so SQLite never hands a deleted row's id to a new row (ADR
 * 0007). The table definitions are drizzle-kit's; the copying is not: drizzle-kit's generated copies
 * turned foreign keys back on after the first table (so dropping a parent table would have deleted its
 * children through ON DELETE CASCADE) and could not move the text ids of version array rows to the new
 * integer ids. `copyRowsByName` copies by column name, translates those ids, and counts rows.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await prepareIdMaps(db)
  await db.run(sql`CREATE TABLE \`__new_users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, 'users_roles')
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_roles\` RENAME TO \`users_roles\`;`)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
  await copyRowsByName(db, 'users')
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
  await copyRowsByName(db, 'media')
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_media_releases_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, 'media_releases_topics')
  await db.run(sql`DROP TABLE \`media_releases_topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_media_releases_topics\` RENAME TO \`media_releases_topics\`;`)
  await db.run(sql`CREATE INDEX \`media_releases_topics_order_idx\` ON \`media_releases_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_topics_parent_idx\` ON \`media_releases_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_media_releases\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`uid\` text,
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`published_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawn_at\` text,
  	\`urgent_published_by_id\` integer,
  	\`release_at\` text,
  	\`embargo_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, 'media_releases')
  await db.run(sql`DROP TABLE \`media_releases\`;`)
  await db.run(sql`ALTER TABLE \`__new_media_releases\` RENAME TO \`media_releases\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_releases_slug_idx\` ON \`media_releases\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_releases_uid_idx\` ON \`media_releases\` (\`uid\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_author_idx\` ON \`media_releases\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_last_edited_by_idx\` ON \`media_releases\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_workflow_state_idx\` ON \`media_releases\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_urgent_published_by_idx\` ON \`media_releases\` (\`urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_updated_at_idx\` ON \`media_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_created_at_idx\` ON \`media_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`media_releases__status_idx\` ON \`media_releases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__media_releases_v_version_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_media_releases_v_version_contacts')
  await db.run(sql`DROP TABLE \`_media_releases_v_version_contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new__media_releases_v_version_contacts\` RENAME TO \`_media_releases_v_version_contacts\`;`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_contacts_order_idx\` ON \`_media_releases_v_version_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_contacts_parent_id_idx\` ON \`_media_releases_v_version_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__media_releases_v_version_quotes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`attribution\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_media_releases_v_version_quotes')
  await db.run(sql`DROP TABLE \`_media_releases_v_version_quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new__media_releases_v_version_quotes\` RENAME TO \`_media_releases_v_version_quotes\`;`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_quotes_order_idx\` ON \`_media_releases_v_version_quotes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_quotes_parent_id_idx\` ON \`_media_releases_v_version_quotes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__media_releases_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_media_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_media_releases_v_version_topics')
  await db.run(sql`DROP TABLE \`_media_releases_v_version_topics\`;`)
  await db.run(sql`ALTER TABLE \`__new__media_releases_v_version_topics\` RENAME TO \`_media_releases_v_version_topics\`;`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_topics_order_idx\` ON \`_media_releases_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_topics_parent_idx\` ON \`_media_releases_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__media_releases_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_uid\` text,
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_published_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_urgent_published_by_id\` integer,
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
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, '_media_releases_v')
  await db.run(sql`DROP TABLE \`_media_releases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__media_releases_v\` RENAME TO \`_media_releases_v\`;`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_parent_idx\` ON \`_media_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_slug_idx\` ON \`_media_releases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_uid_idx\` ON \`_media_releases_v\` (\`version_uid\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_author_idx\` ON \`_media_releases_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_last_edited_by_idx\` ON \`_media_releases_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_workflow_state_idx\` ON \`_media_releases_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_urgent_published_by_idx\` ON \`_media_releases_v\` (\`version_urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_updated_at_idx\` ON \`_media_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_created_at_idx\` ON \`_media_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version__status_idx\` ON \`_media_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_created_at_idx\` ON \`_media_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_updated_at_idx\` ON \`_media_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_snapshot_idx\` ON \`_media_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_published_locale_idx\` ON \`_media_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_latest_idx\` ON \`_media_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_publications_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, 'publications_formats')
  await db.run(sql`DROP TABLE \`publications_formats\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications_formats\` RENAME TO \`publications_formats\`;`)
  await db.run(sql`CREATE INDEX \`publications_formats_order_idx\` ON \`publications_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_formats_parent_idx\` ON \`publications_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_publications_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, 'publications_topics')
  await db.run(sql`DROP TABLE \`publications_topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications_topics\` RENAME TO \`publications_topics\`;`)
  await db.run(sql`CREATE INDEX \`publications_topics_order_idx\` ON \`publications_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_topics_parent_idx\` ON \`publications_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_publications\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
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
  	\`kind\` text,
  	\`issue_date\` text,
  	\`print_edition_id\` integer,
  	\`cover_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`print_edition_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, 'publications')
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications\` RENAME TO \`publications\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_slug_idx\` ON \`publications\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_uid_idx\` ON \`publications\` (\`uid\`);`)
  await db.run(sql`CREATE INDEX \`publications_author_idx\` ON \`publications\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_last_edited_by_idx\` ON \`publications\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_workflow_state_idx\` ON \`publications\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`publications_urgent_published_by_idx\` ON \`publications\` (\`urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_audience_idx\` ON \`publications\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`publications_print_edition_idx\` ON \`publications\` (\`print_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_cover_image_idx\` ON \`publications\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__publications_v_version_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_publications_v_version_formats')
  await db.run(sql`DROP TABLE \`_publications_v_version_formats\`;`)
  await db.run(sql`ALTER TABLE \`__new__publications_v_version_formats\` RENAME TO \`_publications_v_version_formats\`;`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_formats_order_idx\` ON \`_publications_v_version_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_formats_parent_idx\` ON \`_publications_v_version_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__publications_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_publications_v_version_topics')
  await db.run(sql`DROP TABLE \`_publications_v_version_topics\`;`)
  await db.run(sql`ALTER TABLE \`__new__publications_v_version_topics\` RENAME TO \`_publications_v_version_topics\`;`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_topics_order_idx\` ON \`_publications_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_topics_parent_idx\` ON \`_publications_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__publications_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
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
  	FOREIGN KEY (\`version_urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_print_edition_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, '_publications_v')
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__publications_v\` RENAME TO \`_publications_v\`;`)
  await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_slug_idx\` ON \`_publications_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_uid_idx\` ON \`_publications_v\` (\`version_uid\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_author_idx\` ON \`_publications_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_last_edited_by_idx\` ON \`_publications_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_workflow_state_idx\` ON \`_publications_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_urgent_published_by_idx\` ON \`_publications_v\` (\`version_urgent_published_by_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_sponsorship_packages\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`uid\` text,
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`published_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawn_at\` text,
  	\`urgent_published_by_id\` integer,
  	\`tier\` text,
  	\`asset_type\` text DEFAULT 'event',
  	\`value\` numeric,
  	\`value_max\` numeric,
  	\`total_slots\` numeric DEFAULT 1,
  	\`slots_taken_elsewhere\` numeric DEFAULT 0,
  	\`deadline\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, 'sponsorship_packages')
  await db.run(sql`DROP TABLE \`sponsorship_packages\`;`)
  await db.run(sql`ALTER TABLE \`__new_sponsorship_packages\` RENAME TO \`sponsorship_packages\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_packages_slug_idx\` ON \`sponsorship_packages\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_packages_uid_idx\` ON \`sponsorship_packages\` (\`uid\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_author_idx\` ON \`sponsorship_packages\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_last_edited_by_idx\` ON \`sponsorship_packages\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_workflow_state_idx\` ON \`sponsorship_packages\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_urgent_published_by_idx\` ON \`sponsorship_packages\` (\`urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_tier_idx\` ON \`sponsorship_packages\` (\`tier\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_updated_at_idx\` ON \`sponsorship_packages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_created_at_idx\` ON \`sponsorship_packages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages__status_idx\` ON \`sponsorship_packages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__sponsorship_packages_v_version_benefits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sponsorship_packages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_sponsorship_packages_v_version_benefits')
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v_version_benefits\`;`)
  await db.run(sql`ALTER TABLE \`__new__sponsorship_packages_v_version_benefits\` RENAME TO \`_sponsorship_packages_v_version_benefits\`;`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_benefits_order_idx\` ON \`_sponsorship_packages_v_version_benefits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_benefits_parent_id_idx\` ON \`_sponsorship_packages_v_version_benefits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__sponsorship_packages_v_version_audience_reach\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`figure\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sponsorship_packages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_sponsorship_packages_v_version_audience_reach')
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v_version_audience_reach\`;`)
  await db.run(sql`ALTER TABLE \`__new__sponsorship_packages_v_version_audience_reach\` RENAME TO \`_sponsorship_packages_v_version_audience_reach\`;`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_audience_reach_order_idx\` ON \`_sponsorship_packages_v_version_audience_reach\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_audience_reach_parent_id_idx\` ON \`_sponsorship_packages_v_version_audience_reach\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__sponsorship_packages_v_version_current_sponsors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`logo_id\` integer,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sponsorship_packages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_sponsorship_packages_v_version_current_sponsors')
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v_version_current_sponsors\`;`)
  await db.run(sql`ALTER TABLE \`__new__sponsorship_packages_v_version_current_sponsors\` RENAME TO \`_sponsorship_packages_v_version_current_sponsors\`;`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_current_sponsors_order_idx\` ON \`_sponsorship_packages_v_version_current_sponsors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_current_sponsors_parent_id_idx\` ON \`_sponsorship_packages_v_version_current_sponsors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_current_sponsors_logo_idx\` ON \`_sponsorship_packages_v_version_current_sponsors\` (\`logo_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__sponsorship_packages_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_uid\` text,
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_published_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_urgent_published_by_id\` integer,
  	\`version_tier\` text,
  	\`version_asset_type\` text DEFAULT 'event',
  	\`version_value\` numeric,
  	\`version_value_max\` numeric,
  	\`version_total_slots\` numeric DEFAULT 1,
  	\`version_slots_taken_elsewhere\` numeric DEFAULT 0,
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
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, '_sponsorship_packages_v')
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__sponsorship_packages_v\` RENAME TO \`_sponsorship_packages_v\`;`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_parent_idx\` ON \`_sponsorship_packages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_slug_idx\` ON \`_sponsorship_packages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_uid_idx\` ON \`_sponsorship_packages_v\` (\`version_uid\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_author_idx\` ON \`_sponsorship_packages_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_last_edited_by_idx\` ON \`_sponsorship_packages_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_workflow_state_idx\` ON \`_sponsorship_packages_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_urgent_published_idx\` ON \`_sponsorship_packages_v\` (\`version_urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_tier_idx\` ON \`_sponsorship_packages_v\` (\`version_tier\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_updated_at_idx\` ON \`_sponsorship_packages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_created_at_idx\` ON \`_sponsorship_packages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version__status_idx\` ON \`_sponsorship_packages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_created_at_idx\` ON \`_sponsorship_packages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_updated_at_idx\` ON \`_sponsorship_packages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_snapshot_idx\` ON \`_sponsorship_packages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_published_locale_idx\` ON \`_sponsorship_packages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_latest_idx\` ON \`_sponsorship_packages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_emergency_bulletins_category\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, 'emergency_bulletins_category')
  await db.run(sql`DROP TABLE \`emergency_bulletins_category\`;`)
  await db.run(sql`ALTER TABLE \`__new_emergency_bulletins_category\` RENAME TO \`emergency_bulletins_category\`;`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_category_order_idx\` ON \`emergency_bulletins_category\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_category_parent_idx\` ON \`emergency_bulletins_category\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_emergency_bulletins_response_type\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, 'emergency_bulletins_response_type')
  await db.run(sql`DROP TABLE \`emergency_bulletins_response_type\`;`)
  await db.run(sql`ALTER TABLE \`__new_emergency_bulletins_response_type\` RENAME TO \`emergency_bulletins_response_type\`;`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_response_type_order_idx\` ON \`emergency_bulletins_response_type\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_response_type_parent_idx\` ON \`emergency_bulletins_response_type\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_emergency_bulletins\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`slug\` text,
  	\`uid\` text,
  	\`author_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`published_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawn_at\` text,
  	\`urgent_published_by_id\` integer,
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
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, 'emergency_bulletins')
  await db.run(sql`DROP TABLE \`emergency_bulletins\`;`)
  await db.run(sql`ALTER TABLE \`__new_emergency_bulletins\` RENAME TO \`emergency_bulletins\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`emergency_bulletins_slug_idx\` ON \`emergency_bulletins\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`emergency_bulletins_uid_idx\` ON \`emergency_bulletins\` (\`uid\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_author_idx\` ON \`emergency_bulletins\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_last_edited_by_idx\` ON \`emergency_bulletins\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_workflow_state_idx\` ON \`emergency_bulletins\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_urgent_published_by_idx\` ON \`emergency_bulletins\` (\`urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_updated_at_idx\` ON \`emergency_bulletins\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_created_at_idx\` ON \`emergency_bulletins\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins__status_idx\` ON \`emergency_bulletins\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__emergency_bulletins_v_version_category\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_emergency_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_emergency_bulletins_v_version_category')
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_category\`;`)
  await db.run(sql`ALTER TABLE \`__new__emergency_bulletins_v_version_category\` RENAME TO \`_emergency_bulletins_v_version_category\`;`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_category_order_idx\` ON \`_emergency_bulletins_v_version_category\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_category_parent_idx\` ON \`_emergency_bulletins_v_version_category\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__emergency_bulletins_v_version_response_type\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_emergency_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_emergency_bulletins_v_version_response_type')
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_response_type\`;`)
  await db.run(sql`ALTER TABLE \`__new__emergency_bulletins_v_version_response_type\` RENAME TO \`_emergency_bulletins_v_version_response_type\`;`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_response_type_order_idx\` ON \`_emergency_bulletins_v_version_response_type\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_response_type_parent_idx\` ON \`_emergency_bulletins_v_version_response_type\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__emergency_bulletins_v_version_areas_polygons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`polygon\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_emergency_bulletins_v_version_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_emergency_bulletins_v_version_areas_polygons')
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_areas_polygons\`;`)
  await db.run(sql`ALTER TABLE \`__new__emergency_bulletins_v_version_areas_polygons\` RENAME TO \`_emergency_bulletins_v_version_areas_polygons\`;`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_polygons_order_idx\` ON \`_emergency_bulletins_v_version_areas_polygons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_polygons_parent_id_idx\` ON \`_emergency_bulletins_v_version_areas_polygons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__emergency_bulletins_v_version_areas_circles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`circle\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_emergency_bulletins_v_version_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_emergency_bulletins_v_version_areas_circles')
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_areas_circles\`;`)
  await db.run(sql`ALTER TABLE \`__new__emergency_bulletins_v_version_areas_circles\` RENAME TO \`_emergency_bulletins_v_version_areas_circles\`;`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_circles_order_idx\` ON \`_emergency_bulletins_v_version_areas_circles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_circles_parent_id_idx\` ON \`_emergency_bulletins_v_version_areas_circles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__emergency_bulletins_v_version_areas_geocodes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`value_name\` text DEFAULT 'profile:CAP-CP:Location:0.3',
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_emergency_bulletins_v_version_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_emergency_bulletins_v_version_areas_geocodes')
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_areas_geocodes\`;`)
  await db.run(sql`ALTER TABLE \`__new__emergency_bulletins_v_version_areas_geocodes\` RENAME TO \`_emergency_bulletins_v_version_areas_geocodes\`;`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_geocodes_order_idx\` ON \`_emergency_bulletins_v_version_areas_geocodes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_geocodes_parent_id_idx\` ON \`_emergency_bulletins_v_version_areas_geocodes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__emergency_bulletins_v_version_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_emergency_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, '_emergency_bulletins_v_version_areas')
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_areas\`;`)
  await db.run(sql`ALTER TABLE \`__new__emergency_bulletins_v_version_areas\` RENAME TO \`_emergency_bulletins_v_version_areas\`;`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_order_idx\` ON \`_emergency_bulletins_v_version_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_areas_parent_id_idx\` ON \`_emergency_bulletins_v_version_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__emergency_bulletins_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_uid\` text,
  	\`version_author_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_published_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_urgent_published_by_id\` integer,
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
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_urgent_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, '_emergency_bulletins_v')
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__emergency_bulletins_v\` RENAME TO \`_emergency_bulletins_v\`;`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_parent_idx\` ON \`_emergency_bulletins_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_slug_idx\` ON \`_emergency_bulletins_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_uid_idx\` ON \`_emergency_bulletins_v\` (\`version_uid\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_author_idx\` ON \`_emergency_bulletins_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_last_edited_by_idx\` ON \`_emergency_bulletins_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_workflow_state_idx\` ON \`_emergency_bulletins_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_urgent_published__idx\` ON \`_emergency_bulletins_v\` (\`version_urgent_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_updated_at_idx\` ON \`_emergency_bulletins_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_created_at_idx\` ON \`_emergency_bulletins_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version__status_idx\` ON \`_emergency_bulletins_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_created_at_idx\` ON \`_emergency_bulletins_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_updated_at_idx\` ON \`_emergency_bulletins_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_snapshot_idx\` ON \`_emergency_bulletins_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_published_locale_idx\` ON \`_emergency_bulletins_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_latest_idx\` ON \`_emergency_bulletins_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_workflow_audit\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_title\` text,
  	\`action\` text NOT NULL,
  	\`from_state\` text NOT NULL,
  	\`to_state\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`actor_roles\` text,
  	\`comment\` text,
  	\`publish_at\` text,
  	\`accessibility_override\` text,
  	\`version_id\` text,
  	\`at\` text NOT NULL,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, 'workflow_audit')
  await db.run(sql`DROP TABLE \`workflow_audit\`;`)
  await db.run(sql`ALTER TABLE \`__new_workflow_audit\` RENAME TO \`workflow_audit\`;`)
  await db.run(sql`CREATE INDEX \`workflow_audit_item_collection_idx\` ON \`workflow_audit\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_item_id_idx\` ON \`workflow_audit\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_actor_idx\` ON \`workflow_audit\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_at_idx\` ON \`workflow_audit\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_updated_at_idx\` ON \`workflow_audit\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_created_at_idx\` ON \`workflow_audit\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_subscribers_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, 'subscribers_topics')
  await db.run(sql`DROP TABLE \`subscribers_topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_subscribers_topics\` RENAME TO \`subscribers_topics\`;`)
  await db.run(sql`CREATE INDEX \`subscribers_topics_order_idx\` ON \`subscribers_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_topics_parent_idx\` ON \`subscribers_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_subscribers_requested_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, 'subscribers_requested_topics')
  await db.run(sql`DROP TABLE \`subscribers_requested_topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_subscribers_requested_topics\` RENAME TO \`subscribers_requested_topics\`;`)
  await db.run(sql`CREATE INDEX \`subscribers_requested_topics_order_idx\` ON \`subscribers_requested_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_requested_topics_parent_idx\` ON \`subscribers_requested_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_subscribers\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`email\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`consent_text\` text,
  	\`consent_agreed_at\` text,
  	\`consent_source_page\` text,
  	\`consent_ip\` text,
  	\`consent_method\` text,
  	\`requested_at\` text,
  	\`confirmed_at\` text,
  	\`unsubscribed_at\` text,
  	\`bounce_count\` numeric DEFAULT 0,
  	\`last_bounce\` text,
  	\`requested_language\` text,
  	\`confirm_token_hash\` text,
  	\`confirm_expires_at\` text,
  	\`token_version\` numeric DEFAULT 1,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await copyRowsByName(db, 'subscribers')
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`ALTER TABLE \`__new_subscribers\` RENAME TO \`subscribers\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_confirm_token_hash_idx\` ON \`subscribers\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_sends\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_uid\` text,
  	\`item_title\` text,
  	\`topic\` text NOT NULL,
  	\`priority\` numeric NOT NULL,
  	\`status\` text DEFAULT 'sending' NOT NULL,
  	\`not_before\` text,
  	\`total\` numeric DEFAULT 0,
  	\`sent\` numeric DEFAULT 0,
  	\`failed\` numeric DEFAULT 0,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await copyRowsByName(db, 'sends')
  await db.run(sql`DROP TABLE \`sends\`;`)
  await db.run(sql`ALTER TABLE \`__new_sends\` RENAME TO \`sends\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sends_key_idx\` ON \`sends\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`sends_updated_at_idx\` ON \`sends\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sends_created_at_idx\` ON \`sends\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_deliveries\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`send_id\` integer NOT NULL,
  	\`subscriber_id\` integer NOT NULL,
  	\`priority\` numeric NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`claimed_at\` text,
  	\`claimed_by\` text,
  	\`lease_until\` text,
  	\`sent_at\` text,
  	\`message_id\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`send_id\`) REFERENCES \`sends\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, 'deliveries')
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`ALTER TABLE \`__new_deliveries\` RENAME TO \`deliveries\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_key_idx\` ON \`deliveries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_send_idx\` ON \`deliveries\` (\`send_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_subscriber_idx\` ON \`deliveries\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_priority_idx\` ON \`deliveries\` (\`priority\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_status_idx\` ON \`deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_next_attempt_at_idx\` ON \`deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_claimed_by_idx\` ON \`deliveries\` (\`claimed_by\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_lease_until_idx\` ON \`deliveries\` (\`lease_until\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_sponsor_inquiries\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`organisation\` text NOT NULL,
  	\`contact_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`package_id\` integer,
  	\`message\` text NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`assigned_to_id\` integer,
  	\`sector\` text,
  	\`proposed_value\` numeric,
  	\`notes\` text,
  	\`state\` text DEFAULT 'new' NOT NULL,
  	\`response_due_at\` text,
  	\`responded_at\` text,
  	\`acknowledged_at\` text,
  	\`coordinators_notified_at\` text,
  	\`consent_text\` text,
  	\`screening_sector\` text,
  	\`screening_value\` numeric,
  	\`screening_excluded\` integer,
  	\`screening_needs_approval\` integer,
  	\`screening_reasons\` text,
  	\`screening_screened_by_id\` integer,
  	\`screening_screened_at\` text,
  	\`approval_sector\` text,
  	\`approval_value\` numeric,
  	\`approval_approved_by_id\` integer,
  	\`approval_approved_at\` text,
  	\`approval_reason\` text,
  	\`slot_id\` integer,
  	\`committed_value\` numeric,
  	\`agreed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`package_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`screening_screened_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`slot_id\`) REFERENCES \`sponsorship_slots\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, 'sponsor_inquiries')
  await db.run(sql`DROP TABLE \`sponsor_inquiries\`;`)
  await db.run(sql`ALTER TABLE \`__new_sponsor_inquiries\` RENAME TO \`sponsor_inquiries\`;`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_organisation_idx\` ON \`sponsor_inquiries\` (\`organisation\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_email_idx\` ON \`sponsor_inquiries\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_package_idx\` ON \`sponsor_inquiries\` (\`package_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_assigned_to_idx\` ON \`sponsor_inquiries\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_state_idx\` ON \`sponsor_inquiries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_response_due_at_idx\` ON \`sponsor_inquiries\` (\`response_due_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_responded_at_idx\` ON \`sponsor_inquiries\` (\`responded_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_screening_screening_screened_by_idx\` ON \`sponsor_inquiries\` (\`screening_screened_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_approval_approval_approved_by_idx\` ON \`sponsor_inquiries\` (\`approval_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_slot_idx\` ON \`sponsor_inquiries\` (\`slot_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_agreed_at_idx\` ON \`sponsor_inquiries\` (\`agreed_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_updated_at_idx\` ON \`sponsor_inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_created_at_idx\` ON \`sponsor_inquiries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_sponsorship_slots\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`package_id\` integer NOT NULL,
  	\`slot\` numeric NOT NULL,
  	\`inquiry_id\` integer NOT NULL,
  	\`label\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`package_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`sponsor_inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, 'sponsorship_slots')
  await db.run(sql`DROP TABLE \`sponsorship_slots\`;`)
  await db.run(sql`ALTER TABLE \`__new_sponsorship_slots\` RENAME TO \`sponsorship_slots\`;`)
  await db.run(sql`CREATE INDEX \`sponsorship_slots_package_idx\` ON \`sponsorship_slots\` (\`package_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_slots_inquiry_idx\` ON \`sponsorship_slots\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_slots_updated_at_idx\` ON \`sponsorship_slots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_slots_created_at_idx\` ON \`sponsorship_slots\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`package_slot_idx\` ON \`sponsorship_slots\` (\`package_id\`,\`slot\`);`)
  await db.run(sql`CREATE TABLE \`__new_sponsorship_audit\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`inquiry_id\` integer NOT NULL,
  	\`action\` text NOT NULL,
  	\`from_state\` text NOT NULL,
  	\`to_state\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`comment\` text,
  	\`details\` text,
  	\`at\` text NOT NULL,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`sponsor_inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, 'sponsorship_audit')
  await db.run(sql`DROP TABLE \`sponsorship_audit\`;`)
  await db.run(sql`ALTER TABLE \`__new_sponsorship_audit\` RENAME TO \`sponsorship_audit\`;`)
  await db.run(sql`CREATE INDEX \`sponsorship_audit_inquiry_idx\` ON \`sponsorship_audit\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_audit_actor_idx\` ON \`sponsorship_audit\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_audit_at_idx\` ON \`sponsorship_audit\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_audit_updated_at_idx\` ON \`sponsorship_audit\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_audit_created_at_idx\` ON \`sponsorship_audit\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_retired_items\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_uid\` text NOT NULL,
  	\`title\` text,
  	\`path\` text,
  	\`path_hash\` text,
  	\`was_public\` integer DEFAULT false,
  	\`deleted_at\` text NOT NULL,
  	\`deleted_by_id\` integer,
  	\`deleted_by_name\` text,
  	\`cancel\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`deleted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await copyRowsByName(db, 'retired_items')
  await db.run(sql`DROP TABLE \`retired_items\`;`)
  await db.run(sql`ALTER TABLE \`__new_retired_items\` RENAME TO \`retired_items\`;`)
  await db.run(sql`CREATE INDEX \`retired_items_item_collection_idx\` ON \`retired_items\` (\`item_collection\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`retired_items_item_uid_idx\` ON \`retired_items\` (\`item_uid\`);`)
  await db.run(sql`CREATE INDEX \`retired_items_was_public_idx\` ON \`retired_items\` (\`was_public\`);`)
  await db.run(sql`CREATE INDEX \`retired_items_deleted_by_idx\` ON \`retired_items\` (\`deleted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`retired_items_updated_at_idx\` ON \`retired_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`retired_items_created_at_idx\` ON \`retired_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await copyRowsByName(db, 'payload_kv')
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await copyRowsByName(db, 'payload_jobs')
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await copyRowsByName(db, 'payload_locked_documents')
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await copyRowsByName(db, 'payload_preferences')
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await copyRowsByName(db, 'payload_migrations')
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_status\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`state\` text DEFAULT 'never-built',
  	\`last_success_at\` text,
  	\`last_snapshot_at\` text,
  	\`last_attempt_at\` text,
  	\`last_error\` text,
  	\`pages\` numeric,
  	\`seconds\` numeric,
  	\`reason\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await copyRowsByName(db, 'site_status')
  await db.run(sql`DROP TABLE \`site_status\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_status\` RENAME TO \`site_status\`;`)
  await db.run(sql`CREATE TABLE \`__new_style_guide\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await copyRowsByName(db, 'style_guide')
  await db.run(sql`DROP TABLE \`style_guide\`;`)
  await db.run(sql`ALTER TABLE \`__new_style_guide\` RENAME TO \`style_guide\`;`)
  await db.run(sql`CREATE TABLE \`__new_sponsorship_policy\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`approval_threshold\` numeric DEFAULT 50000,
  	\`annual_target\` numeric DEFAULT 250000,
  	\`team_name\` text DEFAULT 'Corporate Sponsorship',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await copyRowsByName(db, 'sponsorship_policy')
  await db.run(sql`DROP TABLE \`sponsorship_policy\`;`)
  await db.run(sql`ALTER TABLE \`__new_sponsorship_policy\` RENAME TO \`sponsorship_policy\`;`)
  await db.run(sql`CREATE TABLE \`__new_city_calendar_observed_optional\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`city_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyRowsByName(db, 'city_calendar_observed_optional')
  await db.run(sql`DROP TABLE \`city_calendar_observed_optional\`;`)
  await db.run(sql`ALTER TABLE \`__new_city_calendar_observed_optional\` RENAME TO \`city_calendar_observed_optional\`;`)
  await db.run(sql`CREATE INDEX \`city_calendar_observed_optional_order_idx\` ON \`city_calendar_observed_optional\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`city_calendar_observed_optional_parent_idx\` ON \`city_calendar_observed_optional\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_city_calendar\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await copyRowsByName(db, 'city_calendar')
  await db.run(sql`DROP TABLE \`city_calendar\`;`)
  await db.run(sql`ALTER TABLE \`__new_city_calendar\` RENAME TO \`city_calendar\`;`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await copyRowsByName(db, 'payload_jobs_stats')
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs_stats\` RENAME TO \`payload_jobs_stats\`;`)
  await dropIdMaps(db)
  await skipRememberedIds(db, { media_releases: 'media-releases', publications: 'publications', sponsorship_packages: 'sponsorship-packages', emergency_bulletins: 'emergency-bulletins' })
  await checkForeignKeys(db)
}

/** Not reversible in place: restore the copy of the database taken before upgrading. */
export async function down(_args: MigrateDownArgs): Promise<void> {
  throw new Error('The AUTOINCREMENT rebuild cannot be undone in place. Restore the database file you backed up before upgrading.')
}
