import type { Payload, PayloadRequest } from 'payload'

import { INTAKE_RECEIPTS } from '../core/slugs'

/**
 * "Have we had this one before?", answered by the database's unique index, so it holds across
 * every process and at the same instant: a gateway replaying a signed webhook, an app retrying a
 * report after a dropped connection. The first caller writes the receipt and acts; everyone after
 * gets the receipt and acts on nothing. A receipt may keep the first `answer`, for a retry with the
 * same Idempotency-Key to be given again.
 */

export type Receipt = {
  scope: string | null
  action: string | null
  at: string
  answer: unknown
}

export type FirstOrSeen = { first: true } | { first: false; receipt: Receipt }

export const readReceipt = async (payload: Payload, key: string): Promise<Receipt | null> => {
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

/**
 * Writes the receipt of something just done, with the answer it got, inside the transaction that
 * did it (`req`): the answer exists exactly when what it answers does. A second writer of the same
 * key fails (the unique index), and its transaction with it.
 */
export const keepAnswer = async (
  payload: Payload,
  key: string,
  args: { ttlMs: number; scope?: string; answer: unknown; req: PayloadRequest; now?: Date },
) => {
  const now = args.now ?? new Date()
  await payload.db.create({
    collection: INTAKE_RECEIPTS,
    data: {
      key,
      scope: args.scope ?? null,
      action: 'answered',
      at: now.toISOString(),
      expiresAt: new Date(now.getTime() + args.ttlMs).toISOString(),
      answer: args.answer,
    },
    req: args.req,
  })
}

/** The answer kept for `key`, if it has one that has not expired. */
export const keptAnswer = async (payload: Payload, key: string, now = new Date()) => {
  const row = (await payload.db.findOne({
    collection: INTAKE_RECEIPTS,
    where: { and: [{ key: { equals: key } }, { expiresAt: { greater_than: now.toISOString() } }] },
  })) as { answer?: unknown } | null
  return row?.answer ?? null
}
