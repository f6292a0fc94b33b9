import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/** A migration's Drizzle handle on SQLite. */
type Db = MigrateUpArgs['db']
type Column = { name: string; type: string }

const q = (name: string) => `"${name.replace(/"/g, '""')}"`
const columns = async (db: Db, table: string) =>
  db.all<Column>(sql.raw(`PRAGMA table_info(${q(table)})`))
const isText = (type: string | undefined) => /text|char|clob/i.test(type ?? '')
const isInteger = (type: string | undefined) => /int/i.test(type ?? '')
const mapName = (table: string) => `__idmap_${table}`

/**
 * Before tables are rebuilt with AUTOINCREMENT keys: for every table whose id is text today (rows
 * of arrays in versions, which become integers), remember each row's id and its rowid. The rebuilt
 * row takes its rowid as its id, and rows that pointed at it by the old id are pointed at the new
 * one.
 */
export const prepareIdMaps = async (db: Db) => {
  const tables = await db.all<{ name: string }>(
    sql.raw(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'`,
    ),
  )
  for (const { name } of tables) {
    const id = (await columns(db, name)).find((c) => c.name === 'id')
    if (!id || !isText(id.type)) continue
    await db.run(
      sql.raw(
        `CREATE TABLE ${q(mapName(name))} AS SELECT "id" AS old_id, rowid AS new_id FROM ${q(name)}`,
      ),
    )
    await db.run(
      sql.raw(`CREATE INDEX ${q(`${mapName(name)}_old`)} ON ${q(mapName(name))} (old_id)`),
    )
  }
}

export const dropIdMaps = async (db: Db) => {
  const maps = await db.all<{ name: string }>(
    sql.raw(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '\\_\\_idmap\\_%' ESCAPE '\\'`,
    ),
  )
  for (const { name } of maps) await db.run(sql.raw(`DROP TABLE ${q(name)}`))
}

/**
 * Copies every row of `table` into `__new_{table}` (the rebuilt table, for example with an
 * AUTOINCREMENT key, already created), column by column by name: a text id becomes the row's rowid
 * and is kept in `_uuid` where the new table has one; a reference to a table whose ids changed is
 * translated through its map. Throws if a single row is missing afterwards.
 */
export const copyRowsByName = async (db: Db, table: string) => {
  const target = `__new_${table}`
  const before = new Map((await columns(db, table)).map((c) => [c.name, c.type]))
  const after = await columns(db, target)
  const references = await db.all<{ table: string; from: string }>(
    sql.raw(`PRAGMA foreign_key_list(${q(target)})`),
  )
  const maps = new Set(
    (
      await db.all<{ name: string }>(
        sql.raw(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '\\_\\_idmap\\_%' ESCAPE '\\'`,
        ),
      )
    ).map((r) => r.name),
  )
  const names: string[] = []
  const values: string[] = []
  for (const column of after) {
    let value: string | null = null
    if (column.name === 'id' && isText(before.get('id')) && isInteger(column.type)) value = 'rowid'
    else if (column.name === '_uuid' && !before.has('_uuid') && isText(before.get('id')))
      value = '"id"'
    else if (before.has(column.name)) {
      const reference = references.find((r) => r.from === column.name)
      const translated =
        reference &&
        isText(before.get(column.name)) &&
        isInteger(column.type) &&
        maps.has(mapName(reference.table))
      value = translated
        ? `(SELECT new_id FROM ${q(mapName(reference.table))} WHERE old_id = ${q(table)}.${q(column.name)})`
        : `${q(table)}.${q(column.name)}`
    }
    if (value === null) continue
    names.push(q(column.name))
    values.push(value)
  }
  await db.run(
    sql.raw(
      `INSERT INTO ${q(target)} (${names.join(', ')}) SELECT ${values.join(', ')} FROM ${q(table)}`,
    ),
  )
  const [{ old }] = (await db.all<{ old: number }>(
    sql.raw(`SELECT count(*) AS old FROM ${q(table)}`),
  )) as [{ old: number }]
  const [{ copied }] = (await db.all<{ copied: number }>(
    sql.raw(`SELECT count(*) AS copied FROM ${q(target)}`),
  )) as [{ copied: number }]
  if (Number(old) !== Number(copied))
    throw new Error(
      `Rebuilding ${table}: ${copied} of ${old} rows copied; the database was left as it was before this table.`,
    )
}

/** After the rebuild: foreign keys back on, and every reference must still point at a row. */
export const checkForeignKeys = async (db: Db) => {
  await db.run(sql.raw('PRAGMA foreign_keys=ON'))
  const broken = await db.all<{ table: string; parent: string }>(
    sql.raw('PRAGMA foreign_key_check'),
  )
  if (broken.length > 0) {
    const sample = broken
      .slice(0, 5)
      .map((b) => `${b.table} → ${b.parent}`)
      .join(', ')
    throw new Error(
      `After rebuilding tables, ${broken.length} references point nowhere (${sample}). Restore the backup and report this.`,
    )
  }
}

/**
 * AUTOINCREMENT continues after the largest id present; an id deleted before the rebuild could
 * still come back once. The outbox and the audit remember the ids of deleted content items, so each
 * content table's sequence starts past the largest id they mention too.
 */
export const skipRememberedIds = async (db: Db, contentTables: Record<string, string>) => {
  for (const [table, collection] of Object.entries(contentTables)) {
    const [row] = await db.all<{ remembered: number | null }>(
      sql.raw(
        `SELECT max(m) AS remembered FROM (SELECT max(CAST(item_id AS INTEGER)) AS m FROM sends WHERE item_collection = '${collection}' UNION ALL SELECT max(CAST(item_id AS INTEGER)) FROM workflow_audit WHERE item_collection = '${collection}' UNION ALL SELECT max(id) FROM ${q(table)})`,
      ),
    )
    const remembered = Number(row?.remembered ?? 0)
    if (!remembered) continue
    await db.run(sql.raw(`DELETE FROM sqlite_sequence WHERE name = '${table}'`))
    await db.run(
      sql.raw(`INSERT INTO sqlite_sequence (name, seq) VALUES ('${table}', ${remembered})`),
    )
  }
}
