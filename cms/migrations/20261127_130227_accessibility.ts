import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`style_guide_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`avoid\` text NOT NULL,
  	\`prefer\` text NOT NULL,
  	\`case_sensitive\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`style_guide\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`style_guide_rules_order_idx\` ON \`style_guide_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`style_guide_rules_parent_id_idx\` ON \`style_guide_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`style_guide\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`workflow_audit\` ADD \`accessibility_override\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`style_guide_rules\`;`)
  await db.run(sql`DROP TABLE \`style_guide\`;`)
  await db.run(sql`ALTER TABLE \`workflow_audit\` DROP COLUMN \`accessibility_override\`;`)
}
