import type { PayloadRequest } from 'payload'

type DrizzleSession = { resolve?: () => Promise<unknown> }

/**
 * Runs `effect` once the request's database transaction has committed, or at once when there is
 * none (SQLite's adapter runs without transactions). Effects that read the database from outside
 * the request, such as the site's anonymous REST reads, would otherwise still see the old rows on
 * PostgreSQL. The request waits for the effect, as it would without a transaction.
 */
export const afterCommit = async (req: PayloadRequest, effect: () => Promise<void>) => {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const sessions = (req.payload.db as { sessions?: Record<string, DrizzleSession> }).sessions
  const session = id !== undefined && id !== null ? sessions?.[String(id)] : undefined
  if (!session?.resolve) return effect()
  const commit = session.resolve
  session.resolve = async () => {
    const done = await commit()
    await effect()
    return done
  }
}
