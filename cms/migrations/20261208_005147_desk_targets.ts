import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`desk_settings_targets_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`desk_settings_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`desk_settings_targets_kinds_order_idx\` ON \`desk_settings_targets_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`desk_settings_targets_kinds_parent_idx\` ON \`desk_settings_targets_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`desk_settings_targets_priorities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`desk_settings_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`desk_settings_targets_priorities_order_idx\` ON \`desk_settings_targets_priorities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`desk_settings_targets_priorities_parent_idx\` ON \`desk_settings_targets_priorities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`desk_settings_targets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`next_reply_days\` numeric DEFAULT 2,
  	\`resolution_days\` numeric DEFAULT 10,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`desk_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`desk_settings_targets_order_idx\` ON \`desk_settings_targets\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`desk_settings_targets_parent_id_idx\` ON \`desk_settings_targets\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`correspondence\` ADD \`priority\` text DEFAULT 'normal' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`correspondence\` ADD \`head_escalated_at\` text;`)
  await db.run(sql`ALTER TABLE \`correspondence\` ADD \`resolution_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`correspondence\` ADD \`resolution_escalated_at\` text;`)
  await db.run(sql`ALTER TABLE \`correspondence\` ADD \`resolution_head_escalated_at\` text;`)
  await db.run(sql`ALTER TABLE \`correspondence\` ADD \`next_replies_met\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`correspondence\` ADD \`next_replies_missed\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`correspondence_priority_idx\` ON \`correspondence\` (\`priority\`);`)
  await db.run(sql`CREATE INDEX \`correspondence_resolution_due_at_idx\` ON \`correspondence\` (\`resolution_due_at\`);`)
  await db.run(sql`ALTER TABLE \`desk_settings_routing\` ADD \`priority\` text;`)
  await db.run(sql`ALTER TABLE \`desk_settings\` ADD \`head_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`desk_settings\` ADD \`head_after_days\` numeric DEFAULT 1;`)
  await db.run(sql`CREATE INDEX \`desk_settings_head_idx\` ON \`desk_settings\` (\`head_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`desk_settings_targets_kinds\`;`)
  await db.run(sql`DROP TABLE \`desk_settings_targets_priorities\`;`)
  await db.run(sql`DROP TABLE \`desk_settings_targets\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_desk_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`fallback_department_id\` integer,
  	\`digest_hour\` numeric DEFAULT 8,
  	\`retention_years\` numeric DEFAULT 2,
  	\`survey\` integer DEFAULT true,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`fallback_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_desk_settings\`("id", "fallback_department_id", "digest_hour", "retention_years", "survey", "updated_at", "created_at") SELECT "id", "fallback_department_id", "digest_hour", "retention_years", "survey", "updated_at", "created_at" FROM \`desk_settings\`;`)
  await db.run(sql`DROP TABLE \`desk_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_desk_settings\` RENAME TO \`desk_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`desk_settings_fallback_department_idx\` ON \`desk_settings\` (\`fallback_department_id\`);`)
  await db.run(sql`DROP INDEX \`correspondence_priority_idx\`;`)
  await db.run(sql`DROP INDEX \`correspondence_resolution_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`correspondence\` DROP COLUMN \`priority\`;`)
  await db.run(sql`ALTER TABLE \`correspondence\` DROP COLUMN \`head_escalated_at\`;`)
  await db.run(sql`ALTER TABLE \`correspondence\` DROP COLUMN \`resolution_due_at\`;`)
  await db.run(sql`ALTER TABLE \`correspondence\` DROP COLUMN \`resolution_escalated_at\`;`)
  await db.run(sql`ALTER TABLE \`correspondence\` DROP COLUMN \`resolution_head_escalated_at\`;`)
  await db.run(sql`ALTER TABLE \`correspondence\` DROP COLUMN \`next_replies_met\`;`)
  await db.run(sql`ALTER TABLE \`correspondence\` DROP COLUMN \`next_replies_missed\`;`)
  await db.run(sql`ALTER TABLE \`desk_settings_routing\` DROP COLUMN \`priority\`;`)
}
