import type { Payload } from 'payload'

import { DELIVERIES } from '../core/slugs'
import { relationId } from '../core/relationId'
import { mongoModel } from '../db'
import { rowChange } from './core/outcomes'
import { RECIPIENT_COLUMN } from './drizzleStore'
import type { ClaimedDelivery, OutboxStore } from './core/types'

const dated = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      key.endsWith('At') && typeof value === 'string' ? new Date(value) : value,
    ]),
  )

/** Rows written before the outbox had channels are email. */
const channelFilter = (channel: string) =>
  channel === 'email' ? { $in: ['email', null] } : channel

/**
 * The outbox on MongoDB. A claim picks candidates, then takes them with one `updateMany` whose
 * filter repeats the claimable test (each document's update is atomic, so a row another worker took
 * in between no longer matches), and reads back the rows stamped with this worker and this claim's
 * time.
 */
export const mongoOutboxStore = (payload: Payload): OutboxStore => {
  const model = mongoModel(payload, DELIVERIES)
  const held = (worker: string) => ({ claimedBy: worker, status: 'sending' })

  return {
    async insert(rows) {
      const now = new Date()
      const docs = rows.map(({ subscriber, ...row }) => ({
        ...row,
        channel: row.channel ?? 'email',
        [RECIPIENT_COLUMN[row.channel ?? 'email']]: subscriber,
        status: 'queued',
        attempts: 0,
        createdAt: now,
        updatedAt: now,
      }))
      if (docs.length === 0) return 0
      try {
        return (await model.insertMany(docs, { ordered: false })).length
      } catch (error) {
        // Duplicate keys (E11000) are the point of the unique index: count what went in.
        const e = error as {
          code?: number
          insertedDocs?: unknown[]
          result?: { insertedCount?: number }
        }
        if (e.code !== 11000) throw error
        return e.insertedDocs?.length ?? e.result?.insertedCount ?? 0
      }
    },

    async claim(worker, limit, now, leaseUntil, channel = 'email') {
      const claimable = {
        channel: channelFilter(channel),
        $or: [
          { status: 'queued', nextAttemptAt: { $lte: now } },
          { status: 'sending', $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] },
        ],
      }
      // One priority per batch, the most urgent waiting (see the Drizzle store).
      const [first] = await model
        .find(claimable, { priority: 1 }, { sort: { priority: 1 }, limit: 1 })
        .lean()
      if (!first) return []
      const candidates = await model
        .find({ ...claimable, priority: first.priority }, { _id: 1 }, { sort: { _id: 1 }, limit })
        .lean()
      if (candidates.length === 0) return []
      const claimedAt = new Date(now.getTime())
      await model.updateMany(
        { _id: { $in: candidates.map((c) => c._id) }, ...claimable },
        {
          $set: {
            status: 'sending',
            claimedBy: worker,
            claimedAt,
            leaseUntil,
            updatedAt: new Date(),
          },
        },
      )
      const won = await model
        .find({ ...held(worker), claimedAt }, undefined, { sort: { priority: 1, _id: 1 } })
        .lean()
      return won.map((row): ClaimedDelivery => ({
        id: String(row._id),
        key: String(row.key),
        channel,
        send: relationId(row.send) ?? null,
        subscriber: relationId(row[RECIPIENT_COLUMN[channel]]) ?? null,
        message: (row.message as ClaimedDelivery['message']) ?? null,
        priority: Number(row.priority),
        attempts: Number(row.attempts ?? 0),
      }))
    },

    async retryNow(now, channel = 'email') {
      return (
        (
          await model.updateMany(
            {
              channel: channelFilter(channel),
              status: 'queued',
              nextAttemptAt: { $gt: now },
              attempts: { $gt: 0 },
            },
            { $set: { nextAttemptAt: now } },
          )
        ).modifiedCount ?? 0
      )
    },

    async releaseSend(send, now) {
      return (
        (
          await model.updateMany(
            { send, status: 'queued', nextAttemptAt: { $gt: now }, attempts: 0 },
            { $set: { nextAttemptAt: now } },
          )
        ).modifiedCount ?? 0
      )
    },

    async renew(worker, leaseUntil) {
      return (await model.updateMany(held(worker), { $set: { leaseUntil } })).modifiedCount ?? 0
    },

    async settle(worker, outcomes) {
      if (outcomes.length === 0) return
      const release = { claimedBy: null, leaseUntil: null, updatedAt: new Date() }
      const ops = outcomes.map((o) => ({
        updateOne: {
          filter: { _id: o.id, ...held(worker) },
          update:
            o.kind === 'sent'
              ? {
                  $set: {
                    status: 'sent',
                    messageId: o.messageId,
                    sentAt: o.at,
                    lastError: null,
                    ...release,
                  },
                  $inc: { attempts: 1 },
                }
              : { $set: { ...dated(rowChange(o)), ...release } },
        },
      }))
      await model.bulkWrite(ops, { ordered: false })
    },
  }
}
