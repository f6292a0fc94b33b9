import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`language_policy_french_required\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`language_policy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`language_policy_french_required_order_idx\` ON \`language_policy_french_required\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`language_policy_french_required_parent_idx\` ON \`language_policy_french_required\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`language_policy\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`reminder_minutes\` numeric DEFAULT 15,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`media_releases\` ADD \`slug_fr\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_releases_slug_fr_idx\` ON \`media_releases\` (\`slug_fr\`);`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` ADD \`version_slug_fr\` text;`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_version_slug_fr_idx\` ON \`_media_releases_v\` (\`version_slug_fr\`);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`slug_fr\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_slug_fr_idx\` ON \`publications\` (\`slug_fr\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_slug_fr\` text;`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_slug_fr_idx\` ON \`_publications_v\` (\`version_slug_fr\`);`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` ADD \`slug_fr\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sponsorship_packages_slug_fr_idx\` ON \`sponsorship_packages\` (\`slug_fr\`);`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` ADD \`version_slug_fr\` text;`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_version_slug_fr_idx\` ON \`_sponsorship_packages_v\` (\`version_slug_fr\`);`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` ADD \`slug_fr\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`emergency_bulletins_slug_fr_idx\` ON \`emergency_bulletins\` (\`slug_fr\`);`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` ADD \`version_slug_fr\` text;`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_version_slug_fr_idx\` ON \`_emergency_bulletins_v\` (\`version_slug_fr\`);`)
  await db.run(sql`ALTER TABLE \`retired_items\` ADD \`path_fr\` text;`)
  await db.run(sql`ALTER TABLE \`retired_items\` ADD \`path_hash_fr\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`language_policy_french_required\`;`)
  await db.run(sql`DROP TABLE \`language_policy\`;`)
  await db.run(sql`DROP INDEX \`media_releases_slug_fr_idx\`;`)
  await db.run(sql`ALTER TABLE \`media_releases\` DROP COLUMN \`slug_fr\`;`)
  await db.run(sql`DROP INDEX \`_media_releases_v_version_version_slug_fr_idx\`;`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` DROP COLUMN \`version_slug_fr\`;`)
  await db.run(sql`DROP INDEX \`publications_slug_fr_idx\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`slug_fr\`;`)
  await db.run(sql`DROP INDEX \`_publications_v_version_version_slug_fr_idx\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_slug_fr\`;`)
  await db.run(sql`DROP INDEX \`sponsorship_packages_slug_fr_idx\`;`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` DROP COLUMN \`slug_fr\`;`)
  await db.run(sql`DROP INDEX \`_sponsorship_packages_v_version_version_slug_fr_idx\`;`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` DROP COLUMN \`version_slug_fr\`;`)
  await db.run(sql`DROP INDEX \`emergency_bulletins_slug_fr_idx\`;`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` DROP COLUMN \`slug_fr\`;`)
  await db.run(sql`DROP INDEX \`_emergency_bulletins_v_version_version_slug_fr_idx\`;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` DROP COLUMN \`version_slug_fr\`;`)
  await db.run(sql`ALTER TABLE \`retired_items\` DROP COLUMN \`path_fr\`;`)
  await db.run(sql`ALTER TABLE \`retired_items\` DROP COLUMN \`path_hash_fr\`;`)
}
