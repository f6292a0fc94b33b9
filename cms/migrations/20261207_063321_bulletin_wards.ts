import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`emergency_bulletins_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_numbers_order_parent_idx\` ON \`emergency_bulletins_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_emergency_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_numbers_order_parent_idx\` ON \`_emergency_bulletins_v_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins_areas\` ADD \`ward_polygons\` text;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v_version_areas\` ADD \`ward_polygons\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`emergency_bulletins_numbers\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_numbers\`;`)
  await db.run(sql`ALTER TABLE \`emergency_bulletins_areas\` DROP COLUMN \`ward_polygons\`;`)
  await db.run(sql`ALTER TABLE \`_emergency_bulletins_v_version_areas\` DROP COLUMN \`ward_polygons\`;`)
}
