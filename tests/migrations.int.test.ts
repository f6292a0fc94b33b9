import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { SQLITE_BUSY_TIMEOUT_MS } from '../cms/db/adapter'
import { DEFAULT_TEST_DATABASE, type Harness, startHarness } from './helpers/harness'

/**
 * `npm start` builds the schema only from the committed migrations (production never pushes), so a
 * collection change without `npm run payload -- migrate:create <name>` would break the next start.
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness({ seedUsers: false })
})
afterAll(async () => harness?.close())

/** SQLite's migrations and PostgreSQL's differ (dialects); each run checks those of its database. */
const MIGRATIONS = path.resolve(
  DEFAULT_TEST_DATABASE === 'postgres' ? 'cms/migrations-postgres' : 'cms/migrations',
)
const sqlite = DEFAULT_TEST_DATABASE === 'sqlite'

const latestSnapshot = async () => {
  const snapshots = (await readdir(MIGRATIONS)).filter((file) => file.endsWith('.json')).sort()
  return JSON.parse(await readFile(path.join(MIGRATIONS, snapshots.at(-1)!), 'utf8'))
}

type Snapshot = {
  tables: Record<string, { columns: Record<string, unknown>; indexes: Record<string, unknown> }>
}

it('the latest migration snapshot matches the collections (what migrate:create would compare)', async () => {
  const db = harness.payload.db as any
  const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
  const current = await generateDrizzleJson(db.schema)
  const statements = await generateMigration(await latestSnapshot(), current)
  expect(
    statements,
    `The collections changed without a migration: run \`npm run payload -- migrate:create <name>\`${sqlite ? '' : ' with DATABASE_URL=postgres://…'} and commit ${path.relative(process.cwd(), MIGRATIONS)}/.`,
  ).toEqual([])
})

it('the migrated database has every table, column and index the collections need', async () => {
  const db = harness.payload.db as any
  const current: Snapshot = await db.requireDrizzleKit().generateDrizzleJson(db.schema)
  const missing: string[] = []
  for (const [key, { columns, indexes }] of Object.entries(current.tables)) {
    const table = key.replace(/^public\./, '')
    const have = new Set(await columnsOf(db, table))
    if (have.size === 0) missing.push(`table ${table}`)
    for (const column of Object.values(columns) as { name: string }[])
      if (have.size && !have.has(column.name)) missing.push(`${table}.${column.name}`)
    const haveIndexes = new Set(await indexesOf(db, table))
    for (const index of Object.values(indexes) as { name?: string }[] | string[])
      if (typeof index !== 'string' && index.name && !haveIndexes.has(index.name))
        missing.push(`index ${index.name}`)
  }
  expect(missing).toEqual([])
})

/** Column and index names as the database itself lists them. */
const columnsOf = async (db: any, table: string): Promise<string[]> =>
  sqlite
    ? (await db.client.execute(`PRAGMA table_info(\`${table}\`)`)).rows.map((r: any) => r.name)
    : (
        await db.pool.query(
          'select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1',
          [table],
        )
      ).rows.map((r: any) => r.column_name)

const indexesOf = async (db: any, table: string): Promise<string[]> =>
  sqlite
    ? (await db.client.execute(`PRAGMA index_list(\`${table}\`)`)).rows.map((r: any) => r.name)
    : (
        await db.pool.query(
          'select indexname from pg_indexes where schemaname = current_schema() and tablename = $1',
          [table],
        )
      ).rows.map((r: any) => r.indexname)

it.runIf(sqlite)(
  'the SQLite file runs in WAL mode with a busy timeout, so readers never block a save',
  async () => {
    const db = harness.payload.db as any
    const mode = await db.client.execute('PRAGMA journal_mode')
    const timeout = await db.client.execute('PRAGMA busy_timeout')
    expect(mode.rows[0].journal_mode).toBe('wal')
    expect(Number(Object.values(timeout.rows[0])[0])).toBe(SQLITE_BUSY_TIMEOUT_MS)
  },
)
