import { getPayload, type Payload } from 'payload'

import { beginClosing } from './coordination'
import { stopRunningJobs } from './coordination/jobsRunner'
import { applyMigrations } from './db/migrate'
import { checkDatabase } from './db/preflight'
import { outboxIdle } from './outbox/run'
import { closeCounterPool } from './db/referenceCounter'
import { queueingIdle } from './workflow/effects'
import { rememberCacheKey } from './instanceKeys'
import { migrations } from './migrations'
import { migrations as postgresMigrations } from './migrations-postgres'
import { siteBuildsIdle } from './publishing/task'
import { currentSettings } from './settings'

/**
 * Opens Payload outside Next.js (start script, seed, tests) and brings the schema up to date from
 * the committed migrations. Read settings from the environment at call time: callers set
 * DATABASE_URL first, and the config module reads it when first imported.
 */
export const openPayload = async (
  options: { key?: string; cron?: boolean } = {},
): Promise<Payload> => {
  const settings = currentSettings()
  // Creates the SQLite folder if missing and turns an unusable database into one clear sentence.
  await checkDatabase(settings.database)
  const { default: config } = await import('./payload.config')
  const payload = await getPayload({ config, key: options.key, cron: options.cron ?? false })
  if (options.key) rememberCacheKey(payload, options.key)
  if (settings.database.kind === 'sqlite') {
    await applyMigrations(payload, migrations)
  }
  if (settings.database.kind === 'postgres') {
    await applyMigrations(payload, postgresMigrations)
  }
  return payload
}

type PgClient = { end: () => Promise<void> }
type PgPool = { end: () => Promise<void>; _clients?: PgClient[] }

/**
 * Closes Payload and its database connections, once the work in flight in this process is done.
 * Payload's own `destroy` leaves a PostgreSQL pool open, with one client its connect keeps checked
 * out for good: the process could not exit, and dropping the database later kills those connections
 * loudly. Every connection is closed here instead.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as { pool?: PgPool }).pool
  // Nothing new starts (a jobs tick, a timer); the work in flight would otherwise meet a closed
  // database half way, and wait for ever.
  beginClosing(payload)
  await queueingIdle()
  await siteBuildsIdle()
  await outboxIdle()
  await stopRunningJobs(payload)
  // A last jobs tick may have started a send run meanwhile.
  await outboxIdle()
  await payload.destroy()
  await closeCounterPool(payload)
  if (!pool) return
  const clients = [...(pool._clients ?? [])]
  void pool.end().catch(() => undefined)
  await Promise.all(clients.map((client) => client.end().catch(() => undefined)))
}
