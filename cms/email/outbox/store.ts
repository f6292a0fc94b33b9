import type { Payload, Where } from 'payload'

import { DELIVERIES } from '../../../collections/slugs'
import { updateRows } from './rawUpdate'

type Id = number | string
export type NewDelivery = { key: string; send: Id; subscriber: Id; priority: number; nextAttemptAt: Date }
export type ClaimedDelivery = { id: Id; key: string; send: Id; subscriber: Id; priority: number; attempts: number }

/**
 * The outbox's storage, as the worker needs it. Every change is one statement on the adapter level
 * (no hooks): the outbox moves thousands of rows a second.
 */
export type OutboxStore = {
  insert(rows: NewDelivery[]): Promise<number>
  claim(limit: number, now: Date): Promise<ClaimedDelivery[]>
  markSent(id: Id, messageId: string, at: Date, attempts: number): Promise<void>
  markRetry(id: Id, attempts: number, nextAttemptAt: Date, error: string): Promise<void>
  markFinal(id: Id, status: 'failed' | 'skipped', attempts: number, error: string): Promise<void>
  /** Rows a stopped worker left in "sending": back to the queue (see worker.ts for the guarantee). */
  requeueInterrupted(): Promise<number>
}

const idOf = (value: unknown): Id => (value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : (value as Id))

const CHUNK = 500

/** Bulk insert, ignoring rows whose unique key exists: SQLite through Drizzle, MongoDB with insertMany. */
const insertRows = async (payload: Payload, rows: NewDelivery[]): Promise<number> => {
  const db = payload.db as unknown as {
    name: string
    drizzle?: { insert: (table: unknown) => { values: (rows: unknown[]) => { onConflictDoNothing: () => { returning: (cols: unknown) => Promise<unknown[]> } } } }
    tables?: Record<string, Record<string, unknown>>
    collections?: Record<string, { insertMany: (docs: unknown[], options: unknown) => Promise<unknown[]> }>
  }
  const now = new Date().toISOString()
  let inserted = 0
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK)
    const values = chunk.map((row) => ({ key: row.key, send: row.send, subscriber: row.subscriber, priority: row.priority, status: 'queued', attempts: 0, nextAttemptAt: row.nextAttemptAt.toISOString(), updatedAt: now, createdAt: now }))
    if (db.name === 'sqlite' && db.drizzle && db.tables?.[DELIVERIES]) {
      const table = db.tables[DELIVERIES]!
      const result = await db.drizzle.insert(table).values(values).onConflictDoNothing().returning({ id: table.id })
      inserted += result.length
    } else if (db.name === 'mongoose' && db.collections?.[DELIVERIES]) {
      try {
        inserted += (await db.collections[DELIVERIES]!.insertMany(values.map((v) => ({ ...v, nextAttemptAt: new Date(v.nextAttemptAt) })), { ordered: false })).length
      } catch (error) {
        // Duplicate keys (E11000) are the point of the unique index: count what went in, keep going.
        const e = error as { code?: number; insertedDocs?: unknown[]; result?: { insertedCount?: number } }
        if (e.code !== 11000) throw error
        inserted += e.insertedDocs?.length ?? e.result?.insertedCount ?? 0
      }
    } else {
      for (const value of values) {
        const existing = await payload.db.findOne({ collection: DELIVERIES, where: { key: { equals: value.key } } })
        if (!existing) {
          await payload.db.create({ collection: DELIVERIES, data: value })
          inserted += 1
        }
      }
    }
  }
  return inserted
}

export const payloadOutboxStore = (payload: Payload): OutboxStore => ({
  insert: (rows) => insertRows(payload, rows),
  async claim(limit, now) {
    const where: Where = { and: [{ status: { equals: 'queued' } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] }
    const { docs } = await payload.db.find({ collection: DELIVERIES, where, sort: ['priority', 'id'] as never, limit, pagination: false })
    if (docs.length === 0) return []
    const ids = docs.map((doc) => doc.id)
    await updateRows(payload, DELIVERIES, ids, { status: 'sending', claimedAt: now.toISOString() })
    return (docs as (Record<string, unknown> & { id: Id })[]).map((doc) => ({ id: doc.id, key: String(doc.key), send: idOf(doc.send), subscriber: idOf(doc.subscriber), priority: Number(doc.priority), attempts: Number(doc.attempts ?? 0) }))
  },
  async markSent(id, messageId, at, attempts) {
    await updateRows(payload, DELIVERIES, [id], { status: 'sent', messageId, sentAt: at.toISOString(), attempts, lastError: null })
  },
  async markRetry(id, attempts, nextAttemptAt, error) {
    await updateRows(payload, DELIVERIES, [id], { status: 'queued', attempts, nextAttemptAt: nextAttemptAt.toISOString(), lastError: error })
  },
  async markFinal(id, status, attempts, error) {
    await updateRows(payload, DELIVERIES, [id], { status, attempts, lastError: error })
  },
  async requeueInterrupted() {
    const { docs } = await payload.db.find({ collection: DELIVERIES, where: { status: { equals: 'sending' } }, pagination: false, limit: 0 })
    await updateRows(payload, DELIVERIES, docs.map((doc) => doc.id), { status: 'queued' })
    return docs.length
  },
})
