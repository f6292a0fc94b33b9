import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`service_requests\` ADD \`survey_score\` numeric;`)
  await db.run(sql`ALTER TABLE \`service_requests\` ADD \`survey_answered_at\` text;`)
  await db.run(sql`ALTER TABLE \`service_requests\` ADD \`survey_comment\` text;`)
  await db.run(sql`ALTER TABLE \`service_requests\` ADD \`still_fixed_asked_at\` text;`)
  await db.run(sql`ALTER TABLE \`service_requests\` ADD \`still_fixed\` text;`)
  await db.run(sql`CREATE INDEX \`service_requests_still_fixed_asked_at_idx\` ON \`service_requests\` (\`still_fixed_asked_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`service_requests_still_fixed_asked_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`service_requests\` DROP COLUMN \`survey_score\`;`)
  await db.run(sql`ALTER TABLE \`service_requests\` DROP COLUMN \`survey_answered_at\`;`)
  await db.run(sql`ALTER TABLE \`service_requests\` DROP COLUMN \`survey_comment\`;`)
  await db.run(sql`ALTER TABLE \`service_requests\` DROP COLUMN \`still_fixed_asked_at\`;`)
  await db.run(sql`ALTER TABLE \`service_requests\` DROP COLUMN \`still_fixed\`;`)
}
