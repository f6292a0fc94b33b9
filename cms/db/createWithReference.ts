import { type Payload, type PayloadRequest, ValidationError } from 'payload'

import { yearReference } from '../core/yearReference'
import { nextInSeries } from './referenceCounter'

/**
 * Creates a record whose `reference` is the next of its year (`C-2026-000124`), from the series'
 * counter (referenceCounter.ts): reports arriving at once each get their own number. Reading the
 * highest stored number and adding one, as before, gave everyone in flight the same number on
 * PostgreSQL (a storm's 311 reports: 356 of 600 refused, bench:storm). The unique index still
 * guards the column: a number taken some other way is refused, and the next is tried.
 */

export const isReferenceConflict = (error: unknown) => {
  const errors =
    error instanceof ValidationError
      ? error.data.errors
      : (error as { status?: number; data?: { errors?: { path?: string }[] } }).status === 400
        ? ((error as { data?: { errors?: { path?: string }[] } }).data?.errors ?? [])
        : []
  return errors.some((e) => e.path === 'reference')
}

const SEQUENCE = /-(\d{4})-(\d{6,})$/

/** The highest number of the series already stored (0 if none): the counter's floor. */
const highestStored = async (
  payload: Payload,
  collection: string,
  prefix: string,
  year: number,
  req?: PayloadRequest,
) => {
  const { docs } = await payload.find({
    req,
    // Any collection with a `reference` field: Payload's types know no such set of slugs.
    collection: collection as never,
    where: { reference: { like: `${prefix}-${year}-` } },
    sort: '-createdAt',
    limit: 20,
    // No count of the year's matches (a case-insensitive LIKE no index serves: 20 ms a report).
    pagination: false,
    depth: 0,
    overrideAccess: true,
    // The select of an unknown collection: only `reference`, which every caller's collection has.
    select: { reference: true } as never,
  })
  const taken = docs.map((d) => {
    const match = SEQUENCE.exec(String((d as { reference?: unknown }).reference ?? ''))
    return match ? Number(match[2]) : 0
  })
  return Math.max(0, ...taken)
}

export const createWithReference = async <T>(
  payload: Payload,
  args: {
    collection: string
    prefix: string
    year: number
    data: Record<string, unknown>
    req?: PayloadRequest
    context?: Record<string, unknown>
  },
): Promise<T> => {
  // Read before the first attempt: Payload ends the transaction when an insert fails (and forgets
  // its id), and a second attempt made then would be written outside it.
  const inPostgresTransaction = Boolean(args.req?.transactionID) && payload.db.name !== 'sqlite'
  for (let attempt = 0; ; attempt += 1) {
    const floor = await highestStored(payload, args.collection, args.prefix, args.year, args.req)
    const series = `${args.collection}:${args.prefix}-${args.year}`
    const reference = yearReference(
      args.prefix,
      args.year,
      await nextInSeries(payload, series, floor, args.req),
    )
    try {
      // The caller names the collection and its data and says what comes back (T); Payload's types
      // cannot follow a collection given as a string.
      return (await payload.create({
        collection: args.collection as never,
        data: { ...args.data, reference } as never,
        req: args.req,
        overrideAccess: true,
        depth: 0,
        context: args.context,
      })) as unknown as T
    } catch (error) {
      // In a PostgreSQL transaction a refused insert ends the transaction: the caller's
      // inOneTransaction begins it again (`retryOn: isReferenceConflict`), and the next number is
      // read afresh.
      if (!isReferenceConflict(error) || attempt >= 10 || inPostgresTransaction) throw error
    }
  }
}
