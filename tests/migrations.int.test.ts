import { afterAll, beforeAll, expect, it } from 'vitest'

import { SQLITE_BUSY_TIMEOUT_MS } from '../cms/db/adapter'
import { type Harness, startHarness } from './helpers/harness'

/**
 * `npm start` builds the schema only from the committed migrations (production never pushes), so a
 * collection change without `npm run payload migrate:create` would break the next start. Here the
 * harness has migrated a fresh file; drizzle-kit then compares it with the schema the collections
 * describe. Any statement it would run means a migration is missing.
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness({ seedUsers: false })
})
afterAll(async () => harness?.close())

it('the committed migrations build exactly the schema the collections describe', async () => {
  const db = harness.payload.db as any
  const { pushSchema } = db.requireDrizzleKit()
  const { statementsToExecute } = await pushSchema(db.schema, db.drizzle)
  expect(
    statementsToExecute,
    'The collections changed without a migration: run `npm run payload migrate:create <name>` and commit it.',
  ).toEqual([])
})

it('the SQLite file runs in WAL mode with a busy timeout, so readers never block a save', async () => {
  const db = harness.payload.db as any
  const mode = await db.client.execute('PRAGMA journal_mode')
  const timeout = await db.client.execute('PRAGMA busy_timeout')
  expect(mode.rows[0].journal_mode).toBe('wal')
  expect(Number(Object.values(timeout.rows[0])[0])).toBe(SQLITE_BUSY_TIMEOUT_MS)
})
