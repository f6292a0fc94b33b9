import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`service_request_followers\` ADD \`confirmed_at\` text;`)
  await db.run(sql`ALTER TABLE \`service_request_followers\` ADD \`code_hash\` text;`)
  await db.run(sql`ALTER TABLE \`service_request_followers\` ADD \`code_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`service_request_followers\` ADD \`code_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`service_request_followers_confirmed_at_idx\` ON \`service_request_followers\` (\`confirmed_at\`);`)
  // Reporters gave their contact with their report, and a push subscription is its own proof;
  // followers by email or text who never proved theirs must follow again (README, Security).
  await db.run(sql`UPDATE \`service_request_followers\` SET \`confirmed_at\` = \`created_at\` WHERE \`role\` = 'reporter' OR \`push_subscription_id\` IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`service_request_followers_confirmed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`service_request_followers\` DROP COLUMN \`confirmed_at\`;`)
  await db.run(sql`ALTER TABLE \`service_request_followers\` DROP COLUMN \`code_hash\`;`)
  await db.run(sql`ALTER TABLE \`service_request_followers\` DROP COLUMN \`code_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`service_request_followers\` DROP COLUMN \`code_attempts\`;`)
}
