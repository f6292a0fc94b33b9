import pg from 'pg'

import type { DatabaseTarget } from './databaseUrl'

/** One number for the whole project: PostgreSQL advisory locks are keyed by integers. */
const STARTUP_LOCK = 0x63697663 // "civc"

/**
 * Runs `work` (migrations and seeding) while no other process starting on the same PostgreSQL
 * database does the same: two CMS processes started together would otherwise both run a migration
 * or both create the first users. The lock lives in its own connection and goes with it, so a
 * process that dies holding it frees it. SQLite serialises writers itself, and MongoDB migrations
 * are not run at start.
 */
export const withStartupLock = async <T>(
  target: DatabaseTarget,
  work: () => Promise<T>,
): Promise<T> => {
  if (target.kind !== 'postgres') return work()
  const client = new pg.Client({ connectionString: target.url })
  await client.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK])
    return await work()
  } finally {
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined)
    await client.end().catch(() => undefined)
  }
}
