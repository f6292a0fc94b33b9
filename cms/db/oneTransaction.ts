import { beginTransaction } from '@payloadcms/drizzle'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { SQLITE_BUSY_TIMEOUT_MS } from './adapter'
import { gated } from './sqliteGate'

/**
 * One database transaction around work that must be stored whole or not at all (a 311 report with
 * its photos, history, follower and acknowledgement; a desk case with its attachments). Every
 * Payload call inside must pass the `req` it is given: what runs outside the transaction neither
 * sees its rows nor, on SQLite, may write until it ends.
 *
 * PostgreSQL (and MongoDB on a replica set) use Payload's own transactions. Payload's SQLite
 * adapter runs without them, so here one is begun the same way for this work alone: libsql hands
 * its connection to the transaction (BEGIN IMMEDIATE, so the write lock is taken at once and the
 * work never meets SQLITE_BUSY half-way) and opens a new connection for everything else, whose
 * writes wait at the gate (sqliteGate.ts) until the transaction ends.
 */

type SqliteAdapter = {
  name: string
  client?: Parameters<typeof gated>[0]
  clientConfig?: { url?: string }
}

const sqliteFileAdapter = (payload: Payload) => {
  const db = payload.db as unknown as SqliteAdapter
  if (db.name !== 'sqlite' || !db.client) return null
  // An in-memory database is one per connection: a second connection would see none of it.
  return String(db.clientConfig?.url ?? '').includes(':memory:') ? null : db
}

/** How many times work whose transaction met a conflict `retryOn` names is begun again. */
const ATTEMPTS = 5

/** One attempt on SQLite: Payload's drizzle transaction, begun for this work alone, gated. */
const onSqlite = <T>(
  payload: Payload,
  client: Parameters<typeof gated>[0],
  req: PayloadRequest,
  work: (req: PayloadRequest) => Promise<T>,
) =>
  gated(
    client,
    async (execute) => {
      // libsql's default mode for a transaction is BEGIN IMMEDIATE: the write lock at once.
      const id = await beginTransaction.call(payload.db as never, undefined)
      if (id === null) throw new Error('SQLite did not begin a transaction.')
      req.transactionID = id
      // The new connection libsql opened for everything else lacks the adapter's busy timeout,
      // which other processes' writes need. A transaction begun is never left open.
      await execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};`).catch(async (error) => {
        await killTransaction(req)
        throw error
      })
    },
    () => work(req),
    async (failed) => (failed ? killTransaction(req) : commitTransaction(req)),
  )

/** One attempt elsewhere: Payload's transactions (PostgreSQL; MongoDB on a replica set). */
const elsewhere = async <T>(req: PayloadRequest, work: (req: PayloadRequest) => Promise<T>) => {
  const owned = await initTransaction(req)
  try {
    const result = await work(req)
    if (owned) await commitTransaction(req)
    return result
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}

export const inOneTransaction = async <T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
  options: { req?: PayloadRequest; retryOn?: (error: unknown) => boolean } = {},
): Promise<T> => {
  const req = options.req ?? (await createLocalReq({}, payload))
  // Already inside one (a caller's transaction): its commit is the caller's.
  if (req.transactionID) return work(req)
  const sqlite = sqliteFileAdapter(payload)
  for (let attempt = 1; ; attempt += 1) {
    try {
      return sqlite
        ? await onSqlite(payload, sqlite.client!, req, work)
        : await elsewhere(req, work)
    } catch (error) {
      if (attempt >= ATTEMPTS || !options.retryOn?.(error)) throw error
    }
  }
}

type Sessions = Record<string, { db?: unknown }>

/**
 * The Drizzle handle a request's writes go through: its transaction's, when it has one, else the
 * adapter's. For the few writes made below Payload's document API (the outbox's bulk inserts).
 */
export const drizzleOf = async (payload: Payload, req?: PayloadRequest): Promise<unknown> => {
  const id = req?.transactionID instanceof Promise ? await req.transactionID : req?.transactionID
  const db = payload.db as unknown as { drizzle?: unknown; sessions?: Sessions }
  return (id != null ? db.sessions?.[String(id)]?.db : undefined) ?? db.drizzle
}

/**
 * The request for one call inside the transaction that may be refused without ending it (an
 * attachment Payload refuses for its type, which the message is still taken without). Payload rolls
 * back the request's transaction on any error in an operation, even one it did not begin; an id it
 * must wait for is one it leaves alone (payload's killTransaction), and its writes still go through
 * the transaction. Only for refusals made before any SQL runs: PostgreSQL ends a transaction at its
 * first failed statement whatever Payload does.
 */
export const refusableWithin = (req: PayloadRequest): PayloadRequest => {
  if (!req.transactionID || req.transactionID instanceof Promise) return req
  return { ...req, transactionID: Promise.resolve(req.transactionID) }
}
