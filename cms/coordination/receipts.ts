import type { Payload } from 'payload'

import { INTAKE_RECEIPTS } from '../core/slugs'

/**
 * "Have we had this one before?", answered by the database's unique index, so it holds across
 * every process and at the same instant: a gateway replaying a signed webhook, an app retrying a
 * report after a dropped connection. The first caller writes the receipt and acts; everyone after
 * gets the receipt and acts on nothing. (The receipt's `answer` is kept for the first answer an
 * Idempotency-Key retry will be given again: issue 33's next part.)
 */

export type Receipt = {
  scope: string | null
  action: string | null
  at: string
  answer: unknown
}

export type FirstOrSeen = { first: true } | { first: false; receipt: Receipt }

const readReceipt = async (payload: Payload, key: string): Promise<Receipt | null> => {
  const row = (await payload.db.findOne({
    collection: INTAKE_RECEIPTS,
    where: { key: { equals: key } },
  })) as (Receipt & { answer?: unknown }) | null
  return row
    ? {
        scope: row.scope ?? null,
        action: row.action ?? null,
        at: row.at,
        answer: row.answer ?? null,
      }
    : null
}

/** Expired receipts go as new ones come, a few at a time (no scheduled job needed). */
const dropExpired = (payload: Payload, now: Date) =>
  payload.db
    .deleteMany({
      collection: INTAKE_RECEIPTS,
      where: { expiresAt: { less_than: now.toISOString() } },
    })
    .catch(() => undefined)

/**
 * Writes the receipt for `key` if there is none: `first` is true for exactly one caller. `at` is
 * when the thing happened by the sender's account (a gateway's timestamp), else now.
 */
export const receiveOnce = async (
  payload: Payload,
  key: string,
  args: { ttlMs: number; scope?: string; action?: string; at?: Date; now?: Date },
): Promise<FirstOrSeen> => {
  const now = args.now ?? new Date()
  await dropExpired(payload, now)
  try {
    await payload.db.create({
      collection: INTAKE_RECEIPTS,
      data: {
        key,
        scope: args.scope ?? null,
        action: args.action ?? null,
        at: (args.at ?? now).toISOString(),
        expiresAt: new Date(now.getTime() + args.ttlMs).toISOString(),
      },
    })
    return { first: true }
  } catch (error) {
    const receipt = await readReceipt(payload, key)
    // Not a duplicate key after all (the database is down): the caller's request fails, and the
    // sender retries.
    if (!receipt) throw error
    return { first: false, receipt }
  }
}

/**
 * Whether a receipt in the scope with one of these actions happened after `at` (a STOP sent after
 * the START now arriving late: the START must not undo it).
 */
export const newerInScope = async (
  payload: Payload,
  scope: string,
  actions: readonly string[],
  at: Date,
): Promise<boolean> => {
  const { totalDocs } = await payload.db.count({
    collection: INTAKE_RECEIPTS,
    where: {
      and: [
        { scope: { equals: scope } },
        { action: { in: [...actions] } },
        { at: { greater_than: at.toISOString() } },
      ],
    },
  })
  return totalDocs > 0
}
