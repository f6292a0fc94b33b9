import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`frequency\` text DEFAULT 'immediate';`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`requested_frequency\` text DEFAULT 'immediate';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`frequency\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`requested_frequency\`;`)
}
