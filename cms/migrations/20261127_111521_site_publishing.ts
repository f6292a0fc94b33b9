import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  await db.run(sql`ALTER TABLE \`media_releases\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` ADD \`version_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` ADD \`version_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` ADD \`version_published_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_status\`;`)
  await db.run(sql`ALTER TABLE \`media_releases\` DROP COLUMN \`published_at\`;`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` DROP COLUMN \`version_published_at\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`published_at\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_published_at\`;`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` DROP COLUMN \`published_at\`;`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` DROP COLUMN \`version_published_at\`;`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` DROP COLUMN \`published_at\`;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` DROP COLUMN \`version_published_at\`;`)
}
