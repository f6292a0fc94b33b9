import type { Payload } from 'payload'
import { inArray } from '@payloadcms/db-sqlite/drizzle'

type Id = number | string

/**
 * A partial UPDATE of many rows in one statement. Payload's adapter-level updateOne/updateMany write
 * whole rows (a partial `data` breaks NOT NULL columns on SQLite) and loop row by row; the outbox
 * changes thousands of rows a second, so it talks to the database directly: Drizzle on SQLite,
 * the Mongoose model on MongoDB. Fields ending in "At" are dates.
 */
export const updateRows = async (payload: Payload, collection: string, ids: Id[], set: Record<string, unknown>): Promise<void> => {
  if (ids.length === 0) return
  const db = payload.db as unknown as {
    name: string
    drizzle?: { update: (table: unknown) => { set: (values: unknown) => { where: (condition: unknown) => Promise<unknown> } } }
    tables?: Record<string, Record<string, unknown>>
    collections?: Record<string, { updateMany: (filter: unknown, update: unknown) => Promise<unknown> }>
  }
  const values = { ...set, updatedAt: new Date().toISOString() }
  if (db.name === 'sqlite' && db.drizzle && db.tables?.[collection]) {
    const table = db.tables[collection]!
    await db.drizzle.update(table).set(values).where(inArray(table.id as never, ids as never[]))
    return
  }
  if (db.name === 'mongoose' && db.collections?.[collection]) {
    const dated = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, key.endsWith('At') && typeof value === 'string' ? new Date(value) : value]))
    await db.collections[collection]!.updateMany({ _id: { $in: ids } }, { $set: dated })
    return
  }
  throw new Error(`The outbox has no direct update for the ${db.name} adapter.`)
}
