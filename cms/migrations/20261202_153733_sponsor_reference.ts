import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sponsor_inquiries\` ADD \`reference\` text;`)
  await db.run(sql`CREATE INDEX \`sponsor_inquiries_reference_idx\` ON \`sponsor_inquiries\` (\`reference\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`sponsor_inquiries_reference_idx\`;`)
  await db.run(sql`ALTER TABLE \`sponsor_inquiries\` DROP COLUMN \`reference\`;`)
}
