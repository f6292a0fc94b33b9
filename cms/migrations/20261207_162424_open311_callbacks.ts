import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`api_clients\` ADD \`callback_url\` text;`)
  await db.run(sql`ALTER TABLE \`api_clients\` ADD \`callback_secret\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`api_clients\` DROP COLUMN \`callback_url\`;`)
  await db.run(sql`ALTER TABLE \`api_clients\` DROP COLUMN \`callback_secret\`;`)
}
