import type { Payload } from 'payload'

import { drizzleOutboxStore, hasDrizzleTable } from './drizzleStore'
import { mongoOutboxStore } from './mongoStore'

import type { OutboxStore } from './core/types'

export const payloadOutboxStore = (payload: Payload): OutboxStore => {
  if (hasDrizzleTable(payload)) return drizzleOutboxStore(payload)
  if (payload.db.name === 'mongoose') return mongoOutboxStore(payload)
  throw new Error(`The outbox has no store for the ${payload.db.name} database adapter.`)
}
