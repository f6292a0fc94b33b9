import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`retired_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  await db.run(sql`CREATE INDEX \`retired_items_item_collection_idx\` ON \`retired_items\` (\`item_collection\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`retired_items_item_uid_idx\` ON \`retired_items\` (\`item_uid\`);`)
  await db.run(sql`CREATE INDEX \`retired_items_was_public_idx\` ON \`retired_items\` (\`was_public\`);`)
  await db.run(sql`CREATE INDEX \`retired_items_deleted_by_idx\` ON \`retired_items\` (\`deleted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`retired_items_updated_at_idx\` ON \`retired_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`retired_items_created_at_idx\` ON \`retired_items\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`media_releases\` ADD \`uid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_releases_uid_idx\` ON \`media_releases\` (\`uid\`);`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` ADD \`version_uid\` text;`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_uid_idx\` ON \`_media_releases_v\` (\`version_uid\`);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`uid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_uid_idx\` ON \`publications\` (\`uid\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_uid\` text;`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_uid_idx\` ON \`_publications_v\` (\`version_uid\`);`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` ADD \`uid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_packages_uid_idx\` ON \`sponsorship_packages\` (\`uid\`);`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` ADD \`version_uid\` text;`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_uid_idx\` ON \`_sponsorship_packages_v\` (\`version_uid\`);`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` ADD \`uid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`emergency_bulletins_uid_idx\` ON \`emergency_bulletins\` (\`uid\`);`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` ADD \`version_uid\` text;`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_uid_idx\` ON \`_emergency_bulletins_v\` (\`version_uid\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`retired_items_id\` integer REFERENCES retired_items(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retired_items_id_idx\` ON \`payload_locked_documents_rels\` (\`retired_items_id\`);`)
  // Items made before uids existed keep their row id as their uid, so the feed GUIDs, CAP identifiers
  // and email send keys they already published stay exactly the same (written by hand, not generated).
  for (const table of ['media_releases', 'publications', 'sponsorship_packages', 'emergency_bulletins']) {
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`uid\` = CAST(\`id\` AS TEXT) WHERE \`uid\` IS NULL;`))
    await db.run(sql.raw(`UPDATE \`_${table}_v\` SET \`version_uid\` = (SELECT \`uid\` FROM \`${table}\` WHERE \`${table}\`.\`id\` = \`_${table}_v\`.\`parent_id\`) WHERE \`version_uid\` IS NULL;`))
  }
  await db.run(sql`UPDATE \`sends\` SET \`item_uid\` = \`item_id\` WHERE \`item_uid\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`retired_items\`;`)
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
  	FOREIGN KEY (\`sponsorship_audit_id\`) REFERENCES \`sponsorship_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id", "sponsor_inquiries_id", "sponsorship_slots_id", "sponsorship_audit_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "media_releases_id", "publications_id", "sponsorship_packages_id", "emergency_bulletins_id", "workflow_audit_id", "subscribers_id", "sends_id", "deliveries_id", "sponsor_inquiries_id", "sponsorship_slots_id", "sponsorship_audit_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`media_releases_uid_idx\`;`)
  await db.run(sql`ALTER TABLE \`media_releases\` DROP COLUMN \`uid\`;`)
  await db.run(sql`DROP INDEX \`_media_releases_v_version_version_uid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` DROP COLUMN \`version_uid\`;`)
  await db.run(sql`DROP INDEX \`publications_uid_idx\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`uid\`;`)
  await db.run(sql`DROP INDEX \`_publications_v_version_version_uid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_uid\`;`)
  await db.run(sql`DROP INDEX \`sponsorship_packages_uid_idx\`;`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` DROP COLUMN \`uid\`;`)
  await db.run(sql`DROP INDEX \`_sponsorship_packages_v_version_version_uid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` DROP COLUMN \`version_uid\`;`)
  await db.run(sql`DROP INDEX \`emergency_bulletins_uid_idx\`;`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` DROP COLUMN \`uid\`;`)
  await db.run(sql`DROP INDEX \`_emergency_bulletins_v_version_version_uid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` DROP COLUMN \`version_uid\`;`)
}
