import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { SQLITE_BUSY_TIMEOUT_MS } from '../cms/db/adapter'
import { type Harness, startHarness } from './helpers/harness'

/**
 * `npm start` builds the schema only from the committed migrations (production never pushes), so a
 * collection change without `npm run payload -- migrate:create <name>` would break the next start.
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness({ seedUsers: false })
})
afterAll(async () => harness?.close())

const MIGRATIONS = path.resolve('cms/migrations')

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
    'The collections changed without a migration: run `npm run payload -- migrate:create <name>` and commit cms/migrations/.',
  ).toEqual([])
})

it('the migrated database has every table, column and index the collections need', async () => {
  const db = harness.payload.db as any
  const current: Snapshot = await db.requireDrizzleKit().generateDrizzleJson(db.schema)
  const missing: string[] = []
  for (const [table, { columns, indexes }] of Object.entries(current.tables)) {
    const info = await db.client.execute(`PRAGMA table_info(\`${table}\`)`)
    const have = new Set(info.rows.map((row: { name: string }) => row.name))
    if (have.size === 0) missing.push(`table ${table}`)
    for (const column of Object.keys(columns))
      if (have.size && !have.has(column)) missing.push(`${table}.${column}`)
    const indexList = await db.client.execute(`PRAGMA index_list(\`${table}\`)`)
    const haveIndexes = new Set(indexList.rows.map((row: { name: string }) => row.name))
    for (const index of Object.keys(indexes))
      if (!haveIndexes.has(index)) missing.push(`index ${index}`)
  }
  expect(missing).toEqual([])
})

it('the SQLite file runs in WAL mode with a busy timeout, so readers never block a save', async () => {
  const db = harness.payload.db as any
  const mode = await db.client.execute('PRAGMA journal_mode')
  const timeout = await db.client.execute('PRAGMA busy_timeout')
  expect(mode.rows[0].journal_mode).toBe('wal')
  expect(Number(Object.values(timeout.rows[0])[0])).toBe(SQLITE_BUSY_TIMEOUT_MS)
})
