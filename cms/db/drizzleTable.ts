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
 * document API (reports over hundreds of thousands of rows, bulk imports); null on MongoDB, where the
 * caller goes through Payload instead. Payload names a table in snake case: `service-requests` is
 * `service_requests`.
 */
export const drizzleTable = (
  payload: Payload,
  collection: string,
): { drizzle: Builder; table: Record<string, Builder> } | null => {
  const db = payload.db as unknown as DrizzleDb
  const table = db.tables?.[collection.replace(/-/g, '_')]
  return (db.name === 'sqlite' || db.name === 'postgres') && db.drizzle && table
    ? { drizzle: db.drizzle, table }
    : null
}
