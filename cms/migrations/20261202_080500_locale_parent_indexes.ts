import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand: Payload indexes each `*_locales` table on (`_locale`, `_parent_id`) only, and reads
 * a document's translations by `_parent_id` alone, which that index cannot serve. Every document read
 * then scanned the whole table: a list of 2,000 releases among 20,000 took 53 s. One index per table
 * on `_parent_id` makes it a lookup.
 */
const localeTables = async (db: MigrateUpArgs['db']) =>
  (
    (await db.all(
      sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'`,
    )) as { name: string }[]
  ).map((row) => row.name)

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of await localeTables(db))
    await db.run(
      sql.raw(`CREATE INDEX IF NOT EXISTS \`${table}_parent_id_idx\` ON \`${table}\` (\`_parent_id\`);`),
    )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of await localeTables(db))
    await db.run(sql.raw(`DROP INDEX IF EXISTS \`${table}_parent_id_idx\`;`))
}
