import type { Payload } from 'payload'

/* Drizzle's builders are typed per dialect; callers use the subset SQLite and PostgreSQL share. */
type Builder = any // eslint-disable-line @typescript-eslint/no-explicit-any -- see the line above

type DrizzleDb = {
  name: string
  drizzle?: Builder
  tables?: Record<string, Record<string, Builder>>
}

/**
 * A collection's table and the Drizzle client, for the few reads and writes too large for Payload's
 * document API (reports over hundreds of thousands of rows, bulk imports); null on MongoDB, where
 * the caller goes through Payload instead. Payload names a table in snake case: `service-requests`
 * is `service_requests`.
 */
export const drizzleTable = (
  payload: Payload,
  collection: string,
): { drizzle: Builder; table: Record<string, Builder> } | null => {
  // Payload's adapter type hides Drizzle; the SQLite and PostgreSQL adapters carry it as below.
  const db = payload.db as unknown as DrizzleDb
  const table = db.tables?.[collection.replace(/-/g, '_')]
  return (db.name === 'sqlite' || db.name === 'postgres') && db.drizzle && table
    ? { drizzle: db.drizzle, table }
    : null
}

/**
 * A MongoDB collection's model, as much of it as the outbox uses (Payload's adapter keeps Mongoose
 * models).
 */
export type MongoModel = {
  find: (
    filter: unknown,
    projection?: unknown,
    options?: unknown,
  ) => { lean: () => Promise<Record<string, unknown>[]> }
  insertMany: (docs: unknown[], options: unknown) => Promise<unknown[]>
  updateMany: (filter: unknown, update: unknown) => Promise<{ modifiedCount?: number }>
  bulkWrite: (ops: unknown[], options: unknown) => Promise<unknown>
  findOneAndUpdate: (filter: unknown, update: unknown, options: unknown) => Promise<unknown>
}

/**
 * A collection's Mongoose model on MongoDB, for the outbox's conditional claims; throws elsewhere.
 */
export const mongoModel = (payload: Payload, collection: string): MongoModel => {
  // Payload's adapter type hides Mongoose; the MongoDB adapter keeps a model per collection.
  const model = (payload.db as unknown as { collections?: Record<string, MongoModel> })
    .collections?.[collection]
  if (!model)
    throw new Error(`No MongoDB model for ${collection} on the ${payload.db.name} adapter.`)
  return model
}
