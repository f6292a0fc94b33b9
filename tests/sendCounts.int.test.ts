import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DELIVERIES, SENDS } from '../cms/core/slugs'
import { sendCounts } from '../cms/outbox/sendCounts'
import { payloadOutboxStore } from '../cms/outbox/store'
import { type Harness, startHarness } from './helpers/harness'

/**
 * A send's progress (the admin's figures, and when it is done) counted from its deliveries in one
 * grouped query: the same figures the per-status counts gave. SQLite here, PostgreSQL in CI.
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness({ holdJobs: true })
})
afterAll(async () => {
  await harness?.close()
})

const newSend = (key: string) =>
  harness.payload.db.create({
    collection: SENDS,
    data: { key, itemCollection: 'media-releases', itemId: '1', topic: 'news', priority: 1 },
  })

describe("a send's counts", () => {
  it('counts each channel by status, the retried ones among the queued, and no other send', async () => {
    const send = await newSend('counts:1')
    const other = await newSend('counts:2')
    const store = payloadOutboxStore(harness.payload)
    const rows = (sendId: number | string, channel: 'email' | 'push' | 'sms', n: number) =>
      Array.from({ length: n }, (_, i) => ({
        key: `${sendId}:${channel}:${i}`,
        channel,
        send: sendId,
        subscriber: null,
        priority: 1,
        nextAttemptAt: new Date(),
      }))
    await store.insert([...rows(send.id, 'email', 7), ...rows(send.id, 'sms', 4)])
    await store.insert(rows(other.id, 'email', 5))
    const mark = async (keys: string[], data: Record<string, unknown>) =>
      harness.payload.db.updateMany({
        collection: DELIVERIES,
        where: { key: { in: keys } },
        data,
      })
    await mark([`${send.id}:email:0`, `${send.id}:email:1`, `${send.id}:email:2`], {
      status: 'sent',
      attempts: 1,
    })
    await mark([`${send.id}:email:3`], { status: 'failed', attempts: 3 })
    await mark([`${send.id}:email:4`], { status: 'queued', attempts: 2 })
    await mark([`${send.id}:sms:0`], { status: 'skipped' })
    await mark([`${send.id}:sms:1`], { status: 'sending', attempts: 1 })

    const counts = await sendCounts(harness.payload, send.id)
    expect(counts.email).toEqual({
      sent: 3,
      failed: 1,
      skipped: 0,
      queued: 3,
      sending: 0,
      retrying: 1,
    })
    expect(counts.sms).toEqual({
      sent: 0,
      failed: 0,
      skipped: 1,
      queued: 2,
      sending: 1,
      retrying: 0,
    })
    expect(counts.push).toEqual({
      sent: 0,
      failed: 0,
      skipped: 0,
      queued: 0,
      sending: 0,
      retrying: 0,
    })
    expect((await sendCounts(harness.payload, other.id)).email.queued).toBe(5)
  })
})
