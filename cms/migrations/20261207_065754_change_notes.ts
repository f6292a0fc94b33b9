import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_releases_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`note_fr\` text,
  	\`at\` text,
  	\`notified\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_releases_change_notes_order_idx\` ON \`media_releases_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_releases_change_notes_parent_id_idx\` ON \`media_releases_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_releases_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`note\` text,
  	\`note_fr\` text,
  	\`at\` text,
  	\`notified\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_change_notes_order_idx\` ON \`_media_releases_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_media_releases_v_version_change_notes_parent_id_idx\` ON \`_media_releases_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`note_fr\` text,
  	\`at\` text,
  	\`notified\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_change_notes_order_idx\` ON \`publications_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publications_change_notes_parent_id_idx\` ON \`publications_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`note\` text,
  	\`note_fr\` text,
  	\`at\` text,
  	\`notified\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_change_notes_order_idx\` ON \`_publications_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_change_notes_parent_id_idx\` ON \`_publications_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sponsorship_packages_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`note_fr\` text,
  	\`at\` text,
  	\`notified\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sponsorship_packages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_change_notes_order_idx\` ON \`sponsorship_packages_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sponsorship_packages_change_notes_parent_id_idx\` ON \`sponsorship_packages_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sponsorship_packages_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`note\` text,
  	\`note_fr\` text,
  	\`at\` text,
  	\`notified\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sponsorship_packages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_change_notes_order_idx\` ON \`_sponsorship_packages_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sponsorship_packages_v_version_change_notes_parent_id_idx\` ON \`_sponsorship_packages_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`emergency_bulletins_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`note_fr\` text,
  	\`at\` text,
  	\`notified\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`emergency_bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_change_notes_order_idx\` ON \`emergency_bulletins_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`emergency_bulletins_change_notes_parent_id_idx\` ON \`emergency_bulletins_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_bulletins_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`note\` text,
  	\`note_fr\` text,
  	\`at\` text,
  	\`notified\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_emergency_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_change_notes_order_idx\` ON \`_emergency_bulletins_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_bulletins_v_version_change_notes_parent_id_idx\` ON \`_emergency_bulletins_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kb_articles_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`note_fr\` text,
  	\`at\` text,
  	\`notified\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kb_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kb_articles_change_notes_order_idx\` ON \`kb_articles_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`kb_articles_change_notes_parent_id_idx\` ON \`kb_articles_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kb_articles_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`note\` text,
  	\`note_fr\` text,
  	\`at\` text,
  	\`notified\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kb_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_change_notes_order_idx\` ON \`_kb_articles_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_kb_articles_v_version_change_notes_parent_id_idx\` ON \`_kb_articles_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`sends\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`sends\` ADD \`change_note_fr\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_releases_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_media_releases_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`publications_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`sponsorship_packages_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_sponsorship_packages_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`emergency_bulletins_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_emergency_bulletins_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`kb_articles_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_kb_articles_v_version_change_notes\`;`)
  await db.run(sql`ALTER TABLE \`sends\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`sends\` DROP COLUMN \`change_note_fr\`;`)
}
