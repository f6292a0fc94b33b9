import type { Payload } from 'payload'

import { drizzleOutboxStore, hasDrizzleTable } from './drizzleStore'
import { mongoOutboxStore } from './mongoStore'

import type { OutboxStore } from './core/types'

/** `drizzle`: a transaction's handle, for rows written with it (cms/db drizzleOf). */
export const payloadOutboxStore = (payload: Payload, drizzle?: unknown): OutboxStore => {
  if (hasDrizzleTable(payload)) return drizzleOutboxStore(payload, drizzle)
  if (payload.db.name === 'mongoose') return mongoOutboxStore(payload)
  throw new Error(`The outbox has no store for the ${payload.db.name} database adapter.`)
}
