import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { REFERENCE_COUNTERS } from '../core/slugs'
import { drizzleTable, mongoModel } from './drizzleTable'
import { drizzleOf } from './oneTransaction'

type PgPool = {
  query: (text: string, values: unknown[]) => Promise<{ rows: { value: unknown }[] }>
  on: (event: 'error', listener: () => void) => void
  end: () => Promise<void>
}
type PostgresAdapter = {
  name: string
  pg?: { Pool: new (options: object) => PgPool }
  poolOptions?: object
}

/**
 * PostgreSQL: the increment goes through a small pool of its own. Through the adapter's pool it
 * would wait for a free connection while every connection is held by a transaction waiting for a
 * number (twelve reports at once on a pool of ten: all twelve failed at the pool's timeout).
 */
const sidePools = new WeakMap<object, PgPool>()
const counterPool = (adapter: PostgresAdapter) => {
  let pool = sidePools.get(adapter)
  if (!pool) {
    pool = new adapter.pg!.Pool({
      ...adapter.poolOptions,
      max: 2,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
    })
    // An idle connection the server closed (a restart, a dropped test database): the next query
    // opens another.
    pool.on('error', () => {})
    sidePools.set(adapter, pool)
  }
  return pool
}

/** Closes the counters' own pool with the rest of the database (cms/boot.ts, closePayload). */
export const closeCounterPool = async (payload: Payload) => {
  const pool = sidePools.get(payload.db)
  sidePools.delete(payload.db)
  await pool?.end().catch(() => undefined)
}

const COUNTER_TABLE = REFERENCE_COUNTERS.replace(/-/g, '_')

const isDuplicateKey = (error: unknown) => (error as { code?: unknown })?.code === 11000

/** MongoDB: one findOneAndUpdate; two first increments at once, one insert wins the key. */
const onMongo = async (payload: Payload, key: string, floor: number, now: Date) => {
  const model = mongoModel(payload, REFERENCE_COUNTERS)
  const step = [
    {
      $set: {
        key,
        value: { $max: [{ $add: [{ $ifNull: ['$value', 0] }, 1] }, floor + 1] },
        updatedAt: now,
        createdAt: { $ifNull: ['$createdAt', now] },
      },
    },
  ]
  for (let attempt = 0; ; attempt += 1) {
    try {
      const doc = await model.findOneAndUpdate({ key }, step, { upsert: true, new: true })
      return Number((doc as { value: unknown }).value)
    } catch (error) {
      if (!isDuplicateKey(error) || attempt > 0) throw error
    }
  }
}

/**
 * The next number of a reference series, by one atomic increment of its counter: never below
 * `floor + 1` (the highest number already stored, so a new counter, or one behind rows made
 * another way, starts past them). Concurrent callers, in any number of processes, each get their
 * own number.
 *
 * On PostgreSQL and MongoDB the increment commits at once, outside the caller's transaction: its
 * row is not locked until the caller's work ends, so reports do not wait on each other; a number
 * whose report then fails is skipped (a gap, never a repeat). On SQLite, where one writer holds the
 * database for the whole transaction anyway, it goes through the caller's transaction, so a
 * rolled-back report gives its number back.
 */
export const nextInSeries = async (
  payload: Payload,
  key: string,
  floor: number,
  req?: PayloadRequest,
): Promise<number> => {
  const now = new Date()
  const adapter = payload.db as unknown as PostgresAdapter
  if (adapter.name === 'postgres' && adapter.pg && adapter.poolOptions) {
    const { rows } = await counterPool(adapter).query(
      `INSERT INTO "${COUNTER_TABLE}" ("key", "value", "updated_at", "created_at")
       VALUES ($1, $2, $3, $3)
       ON CONFLICT ("key") DO UPDATE
       SET "value" = greatest("${COUNTER_TABLE}"."value" + 1, $2), "updated_at" = $3
       RETURNING "value"`,
      [key, floor + 1, now.toISOString()],
    )
    return Number(rows[0]!.value)
  }
  const direct = drizzleTable(payload, REFERENCE_COUNTERS)
  if (!direct) return onMongo(payload, key, floor, now)
  const { table: t } = direct
  // Drizzle's builders are typed per dialect (drizzleTable.ts); a transaction's is the same.
  const drizzle = (await drizzleOf(payload, req)) as typeof direct.drizzle
  const stamp = now.toISOString()
  const [row] = await drizzle
    .insert(t)
    .values({ key, value: floor + 1, updatedAt: stamp, createdAt: stamp })
    .onConflictDoUpdate({
      target: t.key,
      set: { value: sql`max(${t.value} + 1, ${floor + 1})`, updatedAt: stamp },
    })
    .returning({ value: t.value })
  return Number(row.value)
}
