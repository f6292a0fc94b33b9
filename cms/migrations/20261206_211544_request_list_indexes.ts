import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`status_requestedAt_idx\` ON \`service_requests\` (\`status\`,\`requested_at\`);`)
  await db.run(sql`CREATE INDEX \`serviceCode_requestedAt_idx\` ON \`service_requests\` (\`service_code\`,\`requested_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`status_requestedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`serviceCode_requestedAt_idx\`;`)
}
