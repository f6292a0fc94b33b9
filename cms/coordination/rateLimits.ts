import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { RATE_LIMIT_HITS } from '../core/slugs'
import type { Limit } from './core/limits'

export type DatabaseLimiter = {
  /**
   * Counts one attempt for `key`; answers false when the key has used up its window. `max`
   * overrides the limiter's for keys with their own allowance (an API client's hourly limit).
   * Inside a transaction, `req` carries it (the attempt is then counted only if it commits).
   */
  take: (payload: Payload, key: string, max?: number, req?: PayloadRequest) => Promise<boolean>
}

/** Hashed with the limiter's name: the table never holds an address or an IP in the clear. */
const hitKey = (name: string, key: string) =>
  `${name}:${createHash('sha256').update(`${name}\u0000${key}`).digest('base64url').slice(0, 32)}`

/**
 * A sliding-window limit held in the database, so it holds across every CMS process. Each attempt
 * is one row, written first; it passes if no more than `max` rows of its key, itself included, were
 * written before it in the window. Attempts at the same moment in two processes are ordered by the
 * database's ids, so a burst passes its first `max` and no more.
 */
export const databaseLimiter = (name: string, limit: Limit): DatabaseLimiter => ({
  async take(payload, key, max = limit.max, req) {
    const now = Date.now()
    const id = hitKey(name, key)
    const windowStart = new Date(now - limit.windowMs).toISOString()
    const hit = await payload.db.create({
      collection: RATE_LIMIT_HITS,
      data: { key: id, at: new Date(now).toISOString() },
      req,
    })
    // The attempts before this one (ids grow as rows are written): a burst lets the first `max`
    // through.
    const { totalDocs } = await payload.db.count({
      collection: RATE_LIMIT_HITS,
      where: {
        and: [
          { key: { equals: id } },
          { at: { greater_than: windowStart } },
          { id: { less_than_equal: hit.id } },
        ],
      },
      req,
    })
    // Hits that left the window count for nothing any more.
    await payload.db.deleteMany({
      collection: RATE_LIMIT_HITS,
      where: { and: [{ key: { equals: id } }, { at: { less_than_equal: windowStart } }] },
      req,
    })
    return totalDocs <= max
  },
})
