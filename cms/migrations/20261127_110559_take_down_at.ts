import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media_releases\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` ADD \`version_unpublish_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media_releases\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_media_releases_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`sponsorship_packages\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_sponsorship_packages_v\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v\` DROP COLUMN \`version_unpublish_at\`;`)
}
