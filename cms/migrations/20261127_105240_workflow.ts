import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`workflow_audit\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`version_id\` text,
  	\`at\` text NOT NULL,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_audit_item_collection_idx\` ON \`workflow_audit\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_item_id_idx\` ON \`workflow_audit\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_actor_idx\` ON \`workflow_audit\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_at_idx\` ON \`workflow_audit\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_updated_at_idx\` ON \`workflow_audit\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_audit_created_at_idx\` ON \`workflow_audit\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`media_releases\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`media_releases\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`media_releases\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`media_releases\` ADD \`urgent_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`media_releases_workflow_state_idx\` ON \`media_releases\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_urgent_published_by_idx\` ON \`media_releases\` (\`urgent_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`media_releases_locales\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` ADD \`version_urgent_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_workflow_state_idx\` ON \`_media_releases_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_urgent_published_by_idx\` ON \`_media_releases_v\` (\`version_urgent_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_media_releases_v_locales\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`urgent_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`publications_workflow_state_idx\` ON \`publications\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`publications_urgent_published_by_idx\` ON \`publications\` (\`urgent_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`publications_locales\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_urgent_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_workflow_state_idx\` ON \`_publications_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_urgent_published_by_idx\` ON \`_publications_v\` (\`version_urgent_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v_locales\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` ADD \`urgent_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_workflow_state_idx\` ON \`sponsorship_packages\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_urgent_published_by_idx\` ON \`sponsorship_packages\` (\`urgent_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages_locales\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` ADD \`version_urgent_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_workflow_state_idx\` ON \`_sponsorship_packages_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_urgent_published_idx\` ON \`_sponsorship_packages_v\` (\`version_urgent_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v_locales\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` ADD \`urgent_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_workflow_state_idx\` ON \`emergency_bulletins\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_urgent_published_by_idx\` ON \`emergency_bulletins\` (\`urgent_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins_locales\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` ADD \`version_urgent_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_workflow_state_idx\` ON \`_emergency_bulletins_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_urgent_published__idx\` ON \`_emergency_bulletins_v\` (\`version_urgent_published_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v_locales\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workflow_audit_id\` integer REFERENCES workflow_audit(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_audit_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`workflow_audit\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media_releases\` (
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
  await db.run(sql`INSERT INTO \`__new_media_releases\`("id", "slug", "author_id", "last_edited_by_id", "release_at", "embargo_until", "updated_at", "created_at", "_status") SELECT "id", "slug", "author_id", "last_edited_by_id", "release_at", "embargo_until", "updated_at", "created_at", "_status" FROM \`media_releases\`;`)
  await db.run(sql`DROP TABLE \`media_releases\`;`)
  await db.run(sql`ALTER TABLE \`__new_media_releases\` RENAME TO \`media_releases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_releases_slug_idx\` ON \`media_releases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_author_idx\` ON \`media_releases\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_last_edited_by_idx\` ON \`media_releases\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_updated_at_idx\` ON \`media_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_created_at_idx\` ON \`media_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`media_releases__status_idx\` ON \`media_releases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__media_releases_v\` (
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
  await db.run(sql`INSERT INTO \`__new__media_releases_v\`("id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_release_at", "version_embargo_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_release_at", "version_embargo_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_media_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_media_releases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__media_releases_v\` RENAME TO \`_media_releases_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_publications\` (
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
  await db.run(sql`INSERT INTO \`__new_publications\`("id", "slug", "author_id", "last_edited_by_id", "audience", "kind", "issue_date", "print_edition_id", "cover_image_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "author_id", "last_edited_by_id", "audience", "kind", "issue_date", "print_edition_id", "cover_image_id", "updated_at", "created_at", "_status" FROM \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications\` RENAME TO \`publications\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_slug_idx\` ON \`publications\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`publications_author_idx\` ON \`publications\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_last_edited_by_idx\` ON \`publications\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_audience_idx\` ON \`publications\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`publications_print_edition_idx\` ON \`publications\` (\`print_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_cover_image_idx\` ON \`publications\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__publications_v\` (
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
  await db.run(sql`INSERT INTO \`__new__publications_v\`("id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_audience", "version_kind", "version_issue_date", "version_print_edition_id", "version_cover_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_audience", "version_kind", "version_issue_date", "version_print_edition_id", "version_cover_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_publications_v\`;`)
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__publications_v\` RENAME TO \`_publications_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_sponsorship_packages\` (
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
  await db.run(sql`INSERT INTO \`__new_sponsorship_packages\`("id", "slug", "author_id", "last_edited_by_id", "tier", "asset_type", "value", "value_max", "total_slots", "available_slots", "deadline", "updated_at", "created_at", "_status") SELECT "id", "slug", "author_id", "last_edited_by_id", "tier", "asset_type", "value", "value_max", "total_slots", "available_slots", "deadline", "updated_at", "created_at", "_status" FROM \`sponsorship_packages\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_packages\`;`)
  await db.run(sql`ALTER TABLE \`__new_sponsorship_packages\` RENAME TO \`sponsorship_packages\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_packages_slug_idx\` ON \`sponsorship_packages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_author_idx\` ON \`sponsorship_packages\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_last_edited_by_idx\` ON \`sponsorship_packages\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_updated_at_idx\` ON \`sponsorship_packages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_created_at_idx\` ON \`sponsorship_packages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages__status_idx\` ON \`sponsorship_packages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__sponsorship_packages_v\` (
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
  await db.run(sql`INSERT INTO \`__new__sponsorship_packages_v\`("id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_tier", "version_asset_type", "version_value", "version_value_max", "version_total_slots", "version_available_slots", "version_deadline", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_tier", "version_asset_type", "version_value", "version_value_max", "version_total_slots", "version_available_slots", "version_deadline", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_sponsorship_packages_v\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__sponsorship_packages_v\` RENAME TO \`_sponsorship_packages_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_emergency_bulletins\` (
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
  await db.run(sql`INSERT INTO \`__new_emergency_bulletins\`("id", "slug", "author_id", "last_edited_by_id", "status", "msg_type", "event_code", "urgency", "severity", "certainty", "effective", "onset", "expires", "broadcast_immediately", "wireless_immediate", "updated_at", "created_at", "_status") SELECT "id", "slug", "author_id", "last_edited_by_id", "status", "msg_type", "event_code", "urgency", "severity", "certainty", "effective", "onset", "expires", "broadcast_immediately", "wireless_immediate", "updated_at", "created_at", "_status" FROM \`emergency_bulletins\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins\`;`)
  await db.run(sql`ALTER TABLE \`__new_emergency_bulletins\` RENAME TO \`emergency_bulletins\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`emergency_bulletins_slug_idx\` ON \`emergency_bulletins\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_author_idx\` ON \`emergency_bulletins\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_last_edited_by_idx\` ON \`emergency_bulletins\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_updated_at_idx\` ON \`emergency_bulletins\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_created_at_idx\` ON \`emergency_bulletins\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins__status_idx\` ON \`emergency_bulletins\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__emergency_bulletins_v\` (
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
  await db.run(sql`INSERT INTO \`__new__emergency_bulletins_v\`("id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_status", "version_msg_type", "version_event_code", "version_urgency", "version_severity", "version_certainty", "version_effective", "version_onset", "version_expires", "version_broadcast_immediately", "version_wireless_immediate", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_author_id", "version_last_edited_by_id", "version_status", "version_msg_type", "version_event_code", "version_urgency", "version_severity", "version_certainty", "version_effective", "version_onset", "version_expires", "version_broadcast_immediately", "version_wireless_immediate", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_emergency_bulletins_v\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__emergency_bulletins_v\` RENAME TO \`_emergency_bulletins_v\`;`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_releases_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sponsorship_packages_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`emergency_bulletins_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`media_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sponsorship_packages_id_idx\` ON \`payload_locked_documents_rels\` (\`sponsorship_packages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_emergency_bulletins_id_idx\` ON \`payload_locked_documents_rels\` (\`emergency_bulletins_id\`);`)
  await db.run(sql`ALTER TABLE \`media_releases_locales\` DROP COLUMN \`withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_media_releases_v_locales\` DROP COLUMN \`version_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`publications_locales\` DROP COLUMN \`withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v_locales\` DROP COLUMN \`version_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages_locales\` DROP COLUMN \`withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v_locales\` DROP COLUMN \`version_withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins_locales\` DROP COLUMN \`withdrawal_reason\`;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v_locales\` DROP COLUMN \`version_withdrawal_reason\`;`)
}
