import {
  and,
  asc,
  eq,
  inArray,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { DELIVERIES } from '../core/slugs'
import { relationId } from '../core/relationId'
import { drizzleTable } from '../db'
import { rowChange } from './core/outcomes'
import type { ChannelName, ClaimedDelivery, OutboxMessage, OutboxStore } from './core/types'

/** The column that names a delivery's recipient, after its channel. */
export const RECIPIENT_COLUMN: Record<
  ChannelName,
  'subscriber' | 'pushSubscription' | 'smsSubscriber'
> = {
  email: 'subscriber',
  push: 'pushSubscription',
  sms: 'smsSubscriber',
  // A callback has no recipient row: its message names the app (always empty here).
  callback: 'subscriber',
}

export const hasDrizzleTable = (payload: Payload) => drizzleTable(payload, DELIVERIES) !== null

const CHUNK = 500

/**
 * The outbox on SQLite and PostgreSQL through Drizzle. A claim is one UPDATE whose WHERE repeats
 * the claimable test on each row, so two workers racing for the same rows cannot both win one:
 * SQLite runs the statement under its write lock, and PostgreSQL re-checks the condition on the row
 * version it locks (a row another worker just claimed no longer matches).
 */
export const drizzleOutboxStore = (payload: Payload, within?: unknown): OutboxStore => {
  const { drizzle: adapters, table: t } = drizzleTable(payload, DELIVERIES)!
  // Drizzle's builders are typed per dialect (cms/db/drizzleTable.ts); a transaction's is the same.
  const drizzle: typeof adapters = within ?? adapters
  const stamp = () => new Date().toISOString()
  const held = (worker: string) => and(eq(t.claimedBy, worker), eq(t.status, 'sending'))

  /**
   * Makes queued rows that wait past `now` and match `which` due now, in one write (a retry's
   * wait after an outage; a send's wait for its page); answers how many.
   */
  const dueNow = async (now: Date, which: ReturnType<typeof and>) => {
    const at = now.toISOString()
    const rows: unknown[] = await drizzle
      .update(t)
      .set({ nextAttemptAt: at })
      .where(and(which, eq(t.status, 'queued'), sql`${t.nextAttemptAt} > ${at}`))
      .returning({ id: t.id })
    return rows.length
  }

  return {
    async insert(rows) {
      let inserted = 0
      for (let i = 0; i < rows.length; i += CHUNK) {
        const now = stamp()
        const values = rows.slice(i, i + CHUNK).map((row) => ({
          key: row.key,
          channel: row.channel ?? 'email',
          send: row.send,
          [RECIPIENT_COLUMN[row.channel ?? 'email']]: row.subscriber,
          message: row.message ?? null,
          priority: row.priority,
          status: 'queued',
          attempts: 0,
          nextAttemptAt: row.nextAttemptAt.toISOString(),
          updatedAt: now,
          createdAt: now,
        }))
        const result: unknown[] = await drizzle
          .insert(t)
          .values(values)
          .onConflictDoNothing()
          .returning({ id: t.id })
        inserted += result.length
      }
      return inserted
    },

    async claim(worker, limit, now, leaseUntil, channel = 'email') {
      const at = now.toISOString()
      // Two kinds of claimable rows, each an equality prefix of the (status, channel, priority)
      // index: with a year of sent rows beside them (2,000,000), a condition the planner could
      // read along the channel's own index took 0.5 s a claim (bench:storm); this takes 1 ms.
      // PostgreSQL needs the id at the end of that index to find the oldest without walking the
      // primary key (its migration 20261207_004000_delivery_claim_by_id).
      const due = and(eq(t.status, 'queued'), eq(t.channel, channel), lte(t.nextAttemptAt, at))
      const stale = and(
        eq(t.status, 'sending'),
        eq(t.channel, channel),
        or(isNull(t.leaseUntil), lt(t.leaseUntil, at)),
      )
      const claimable = or(due, stale)
      // One priority per batch, the most urgent waiting: the lanes of a batch send in parallel, so
      // a batch mixing an alert with news could let news overtake the alert's last copies.
      const lowest = async (kind: typeof due) => {
        const [row] = await drizzle
          .select({ priority: sql<number | null>`min(${t.priority})` })
          .from(t)
          .where(kind)
        return row?.priority == null ? null : Number(row.priority)
      }
      const waiting = [await lowest(due), await lowest(stale)].filter((p) => p !== null)
      if (waiting.length === 0) return []
      const mostUrgent = Math.min(...waiting)
      const oldest = async (kind: typeof due, count: number) =>
        count <= 0
          ? []
          : ((await drizzle
              .select({ id: t.id })
              .from(t)
              .where(and(kind, eq(t.priority, mostUrgent)))
              .orderBy(asc(t.id))
              .limit(count)) as { id: number }[])
      const first = await oldest(due, limit)
      const candidates = [...first, ...(await oldest(stale, limit - first.length))].map(
        (row) => row.id,
      )
      if (candidates.length === 0) return []
      const won: Record<string, unknown>[] = await drizzle
        .update(t)
        .set({
          status: 'sending',
          claimedBy: worker,
          claimedAt: at,
          leaseUntil: leaseUntil.toISOString(),
          updatedAt: stamp(),
        })
        .where(and(inArray(t.id, candidates), claimable))
        .returning({
          id: t.id,
          key: t.key,
          send: t.send,
          subscriber: t[RECIPIENT_COLUMN[channel]],
          message: t.message,
          priority: t.priority,
          attempts: t.attempts,
        })
      return won
        .map((row): ClaimedDelivery => ({
          id: row.id as number,
          key: String(row.key),
          channel,
          send: relationId(row.send) ?? null,
          subscriber: relationId(row.subscriber) ?? null,
          message: parsedMessage(row.message),
          priority: Number(row.priority),
          attempts: Number(row.attempts ?? 0),
        }))
        .sort((a, b) => a.priority - b.priority || Number(a.id) - Number(b.id))
    },

    async retryNow(now, channel = 'email') {
      return dueNow(now, and(eq(t.channel, channel), sql`${t.attempts} > 0`))
    },

    async releaseSend(send, now) {
      return dueNow(now, and(eq(t.send, send), sql`${t.attempts} = 0`))
    },

    async renew(worker, leaseUntil) {
      const rows: unknown[] = await drizzle
        .update(t)
        .set({ leaseUntil: leaseUntil.toISOString() })
        .where(held(worker))
        .returning({ id: t.id })
      return rows.length
    },

    async settle(worker, outcomes) {
      const sent = outcomes.filter((o) => o.kind === 'sent')
      if (sent.length > 0) {
        // One statement for the common case: each row's Message-ID picked by a CASE on its id.
        const messageIds: SQL = sql`case ${t.id} ${sql.join(
          sent.map((o) => sql`when ${o.id} then ${o.messageId}`),
          sql` `,
        )} end`
        await drizzle
          .update(t)
          .set({
            status: 'sent',
            messageId: messageIds,
            sentAt: sent[sent.length - 1]!.at.toISOString(),
            attempts: sql`${t.attempts} + 1`,
            claimedBy: null,
            leaseUntil: null,
            lastError: null,
            updatedAt: stamp(),
          })
          .where(
            and(
              inArray(
                t.id,
                sent.map((o) => o.id),
              ),
              held(worker),
            ),
          )
      }
      for (const outcome of outcomes) {
        if (outcome.kind === 'sent') continue
        await drizzle
          .update(t)
          .set({ ...rowChange(outcome), claimedBy: null, leaseUntil: null, updatedAt: stamp() })
          .where(and(eq(t.id, outcome.id), held(worker)))
      }
    },
  }
}

/** A JSON column comes back parsed from Drizzle on PostgreSQL, as text on some SQLite paths. */
const parsedMessage = (value: unknown): OutboxMessage | null => {
  if (!value) return null
  if (typeof value === 'string') return JSON.parse(value) as OutboxMessage
  return value as OutboxMessage
}
