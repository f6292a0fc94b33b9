import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand: Payload indexes each `*_locales` table on (`_locale`, `_parent_id`) only, and reads
 * a document's translations by `_parent_id` alone, which that index serves poorly. One index per table
 * on `_parent_id` makes each read a lookup (see the SQLite migration of the same name: 53 s to 0.x s).
 */
const localeTables = async (db: MigrateUpArgs['db']) =>
  (
    (await db.execute(
      sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE '%\\_locales'`,
    )) as unknown as { rows: { name: string }[] }
  ).rows.map((row) => row.name)

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of await localeTables(db))
    await db.execute(
      sql.raw(`CREATE INDEX IF NOT EXISTS "${table}_parent_id_idx" ON "${table}" ("_parent_id");`),
    )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of await localeTables(db))
    await db.execute(sql.raw(`DROP INDEX IF EXISTS "${table}_parent_id_idx";`))
}
