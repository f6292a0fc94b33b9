import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_status_scheduled_failures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`collection\` text,
  	\`item_id\` text,
  	\`title\` text,
  	\`error\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_status\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_status_scheduled_failures_order_idx\` ON \`site_status_scheduled_failures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_status_scheduled_failures_parent_id_idx\` ON \`site_status_scheduled_failures\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_status_scheduled_failures\`;`)
}
