import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_kb_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`synonyms_en\` text DEFAULT 'garbage, trash, refuse, rubbish
  collection, pickup
  couch, sofa, chesterfield
  cart, bin
  plow, plough, snowplow, snowplough
  streetlight, lamppost, streetlamp
  licence, license
  ticket, citation
  pothole, crater
  centre, center
  neighbour, neighbor',
  	\`synonyms_fr\` text DEFAULT 'ordures, déchets, poubelles, vidanges
  collecte, ramassage, cueillette
  divan, canapé, sofa
  bac, poubelle
  lampadaire, réverbère
  contravention, amende, ticket
  déneigement, déblaiement
  stationnement, parking
  conduite, aqueduc, conduite principale',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_kb_settings\`("id", "synonyms_en", "synonyms_fr", "updated_at", "created_at") SELECT "id", "synonyms_en", "synonyms_fr", "updated_at", "created_at" FROM \`kb_settings\`;`)
  await db.run(sql`DROP TABLE \`kb_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_kb_settings\` RENAME TO \`kb_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`ALTER TABLE \`correspondence\` ADD \`other_language\` text;`)
  await db.run(sql`CREATE INDEX \`correspondence_other_language_idx\` ON \`correspondence\` (\`other_language\`);`)
  await db.run(sql`ALTER TABLE \`desk_settings\` ADD \`other_languages_answer\` text;`)
  await db.run(sql`ALTER TABLE \`desk_settings\` ADD \`other_languages_macro_id\` integer REFERENCES desk_macros(id);`)
  await db.run(sql`CREATE INDEX \`desk_settings_other_languages_other_languages_macro_idx\` ON \`desk_settings\` (\`other_languages_macro_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_desk_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`fallback_department_id\` integer,
  	\`head_id\` integer,
  	\`head_after_days\` numeric DEFAULT 1,
  	\`digest_hour\` numeric DEFAULT 8,
  	\`retention_years\` numeric DEFAULT 2,
  	\`survey\` integer DEFAULT true,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`fallback_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`head_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_desk_settings\`("id", "fallback_department_id", "head_id", "head_after_days", "digest_hour", "retention_years", "survey", "updated_at", "created_at") SELECT "id", "fallback_department_id", "head_id", "head_after_days", "digest_hour", "retention_years", "survey", "updated_at", "created_at" FROM \`desk_settings\`;`)
  await db.run(sql`DROP TABLE \`desk_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_desk_settings\` RENAME TO \`desk_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`desk_settings_fallback_department_idx\` ON \`desk_settings\` (\`fallback_department_id\`);`)
  await db.run(sql`CREATE INDEX \`desk_settings_head_idx\` ON \`desk_settings\` (\`head_id\`);`)
  await db.run(sql`DROP INDEX \`correspondence_other_language_idx\`;`)
  await db.run(sql`ALTER TABLE \`correspondence\` DROP COLUMN \`other_language\`;`)
  await db.run(sql`CREATE TABLE \`__new_kb_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`synonyms_en\` text DEFAULT 'garbage, trash, refuse, rubbish
  collection, pickup
  couch, sofa, chesterfield
  cart, bin
  plow, plough, snowplow, snowplough
  streetlight, lamppost, streetlamp
  licence, license
  ticket, citation
  pothole, crater
  centre, center
  neighbour, neighbor',
  	\`synonyms_fr\` text DEFAULT 'ordures, déchets, poubelles, vidanges
  collecte, ramassage, cueillette
  divan, canapé, sofa
  bac, poubelle
  lampadaire, réverbère
  contravention, amende, ticket
  déneigement, déblaiement
  stationnement, parking',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_kb_settings\`("id", "synonyms_en", "synonyms_fr", "updated_at", "created_at") SELECT "id", "synonyms_en", "synonyms_fr", "updated_at", "created_at" FROM \`kb_settings\`;`)
  await db.run(sql`DROP TABLE \`kb_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_kb_settings\` RENAME TO \`kb_settings\`;`)
}
