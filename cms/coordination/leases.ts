import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'

import { type Payload, ValidationError } from 'payload'

import { PROCESS_LEASES } from '../core/slugs'
import type { ProcessLease } from '../payload-types'

/** This process, as lease holders and log lines name it: host, pid and a random part. */
export const processId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

type LeaseRow = ProcessLease

/**
 * Payload's adapters turn a unique-index conflict into a ValidationError naming the field. Checked
 * by class and by shape: in the Next.js production bundle class names are minified, and the admin's
 * server may hold its own copy of Payload's classes.
 */
const isUniqueConflict = (error: unknown) => {
  const data = (error as { data?: { errors?: { path?: string }[] } }).data
  const namesKey = Boolean(data?.errors?.some((e) => e.path === 'key'))
  return (
    namesKey && (error instanceof ValidationError || (error as { status?: number }).status === 400)
  )
}

/**
 * Takes the lease named `key` for `ms` if nobody else holds it (or the holder let it expire), and
 * answers whether this holder has it now. Only the insert of the row decides, and the unique index
 * lets one insert win, whatever the database; no transaction is involved, so a lost race costs one
 * failed insert and nothing else.
 */
export const acquireLease = async (
  payload: Payload,
  key: string,
  ms: number,
  holder = processId,
): Promise<boolean> => {
  const now = new Date()
  await payload.db.deleteMany({
    collection: PROCESS_LEASES,
    where: { and: [{ key: { equals: key } }, { expiresAt: { less_than: now.toISOString() } }] },
  })
  try {
    await payload.db.create({
      collection: PROCESS_LEASES,
      data: { key, holder, expiresAt: new Date(now.getTime() + ms).toISOString() },
    })
    return true
  } catch (error) {
    if (!isUniqueConflict(error)) throw error
    return renewLease(payload, key, ms, holder)
  }
}

/** Extends a lease this holder still has; false when it expired and someone else took it. */
export const renewLease = async (
  payload: Payload,
  key: string,
  ms: number,
  holder = processId,
): Promise<boolean> => {
  const current = await leaseOf(payload, key)
  if (!current || current.holder !== holder) return false
  // By id: if the row expired and was replaced meanwhile, this touches nothing.
  const updated = await payload.db.updateMany({
    collection: PROCESS_LEASES,
    where: { and: [{ id: { equals: current.id } }, { holder: { equals: holder } }] },
    data: { expiresAt: new Date(Date.now() + ms).toISOString() },
  })
  return (updated?.length ?? 0) > 0
}

export const releaseLease = async (payload: Payload, key: string, holder = processId) => {
  await payload.db.deleteMany({
    collection: PROCESS_LEASES,
    where: { and: [{ key: { equals: key } }, { holder: { equals: holder } }] },
  })
}

export const leaseOf = async (payload: Payload, key: string): Promise<LeaseRow | null> => {
  const row = await payload.db.findOne<LeaseRow>({
    collection: PROCESS_LEASES,
    where: { key: { equals: key } },
  })
  return row ?? null
}

/** Whether someone holds `key` now (an expired row counts as free). */
export const leaseHeld = async (payload: Payload, key: string): Promise<boolean> => {
  const row = await leaseOf(payload, key)
  return Boolean(row && new Date(row.expiresAt).getTime() > Date.now())
}

let calls = 0

/**
 * Runs `work` while holding the lease, renewing it every third of its length, and answers
 * `{ ran: false }` at once when another process holds it. A holder that dies stops renewing; after
 * `ms` another process may take the work over. The lease is released when the work ends, however.
 */
export const withLease = async <T>(
  payload: Payload,
  key: string,
  ms: number,
  work: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> => {
  // Each call holds it on its own: two calls in one process exclude each other too.
  const holder = `${processId}:${(calls += 1)}`
  if (!(await acquireLease(payload, key, ms, holder))) return { ran: false }
  let lost = false
  const heartbeat = setInterval(() => {
    renewLease(payload, key, ms, holder)
      .then((kept) => {
        if (!kept && !lost) {
          lost = true
          payload.logger.error(
            `Lost the ${key} lease (this process stalled past ${ms / 1000} s); another process may take the work over.`,
          )
        }
      })
      .catch(() => undefined)
  }, ms / 3)
  heartbeat.unref()
  try {
    return { ran: true, result: await work() }
  } finally {
    clearInterval(heartbeat)
    await releaseLease(payload, key, holder).catch(() => undefined)
  }
}
