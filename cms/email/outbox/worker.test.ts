import { describe, expect, it } from 'vitest'

import { memoryStore } from './memoryStore'
import { runOutbox } from './worker'

const queue = async (count: number, priority = 1, send = 'news') => {
  const memory = memoryStore()
  await memory.store.insert(Array.from({ length: count }, (_, i) => ({ key: `${send}:${i}`, send, subscriber: i, priority, nextAttemptAt: new Date(0) })))
  return memory
}

describe('runOutbox', () => {
  it('sends every queued delivery once and marks it with its Message-ID', async () => {
    const { store, rows } = await queue(120)
    const seen: number[] = []
    const report = await runOutbox({ store, deliver: async (d) => (seen.push(Number(d.subscriber)), { messageId: `<m${d.id}@x>` }), batchSize: 25, concurrency: 4 })
    expect(report).toMatchObject({ sent: 120, failed: 0, retried: 0 })
    expect(new Set(seen).size).toBe(120)
    expect(rows.every((r) => r.status === 'sent' && r.messageId === `<m${r.id}@x>`)).toBe(true)
  })

  it('claims emergency deliveries before anything queued earlier', async () => {
    const { store } = await queue(30, 1, 'news')
    await store.insert(Array.from({ length: 5 }, (_, i) => ({ key: `alert:${i}`, send: 'alert', subscriber: i, priority: 0, nextAttemptAt: new Date(0) })))
    const order: string[] = []
    await runOutbox({ store, deliver: async (d) => (order.push(String(d.send)), { messageId: 'x' }), batchSize: 10, concurrency: 1 })
    expect(order.slice(0, 5)).toEqual(['alert', 'alert', 'alert', 'alert', 'alert'])
  })

  it('retries temporary failures later, and fails permanent ones at once, telling the bounce handler', async () => {
    const { store, rows } = await queue(3)
    let clock = 0
    const bounced: unknown[] = []
    const deliver = async (d: { subscriber: unknown }) => {
      if (d.subscriber === 1) throw Object.assign(new Error('451 try later'), { responseCode: 451 })
      if (d.subscriber === 2) throw Object.assign(new Error('550 no such user'), { responseCode: 550 })
      return { messageId: 'ok' }
    }
    const first = await runOutbox({ store, deliver, now: () => new Date(clock), onPermanentFailure: async (d) => void bounced.push(d.subscriber) })
    expect(first).toMatchObject({ sent: 1, retried: 1, failed: 1 })
    expect(bounced).toEqual([2])
    expect(rows[1]).toMatchObject({ status: 'queued', attempts: 1, lastError: '451 try later' })
    expect(rows[1]!.nextAttemptAt.getTime()).toBe(30_000)
    expect((await runOutbox({ store, deliver, now: () => new Date(clock) })).retried).toBe(0)
    clock = 30_000
    expect((await runOutbox({ store, deliver, now: () => new Date(clock) })).retried).toBe(1)
    expect(rows[1]!.attempts).toBe(2)
  })

  it('gives up after the last attempt', async () => {
    const { store, rows } = await queue(1)
    let clock = 0
    const deliver = async () => {
      throw Object.assign(new Error('421 busy'), { responseCode: 421 })
    }
    for (let i = 0; i < 20; i += 1) {
      await runOutbox({ store, deliver, now: () => new Date(clock), retryScale: 0 })
      clock += 1
    }
    expect(rows[0]).toMatchObject({ status: 'failed', attempts: 10 })
  })

  it('skips a delivery whose subscriber left in the meantime', async () => {
    const { store, rows } = await queue(1)
    expect((await runOutbox({ store, deliver: async () => ({ skipped: 'unsubscribed' }) })).skipped).toBe(1)
    expect(rows[0]).toMatchObject({ status: 'skipped', lastError: 'unsubscribed' })
  })

  it('requeues what a stopped worker left in "sending" when asked to recover, then sends it', async () => {
    const { store, rows } = await queue(4)
    await store.claim(2, new Date())
    expect(rows.filter((r) => r.status === 'sending')).toHaveLength(2)
    const report = await runOutbox({ store, deliver: async () => ({ messageId: 'x' }), recover: true })
    expect(report).toMatchObject({ requeued: 2, sent: 4 })
  })

  it('stops at its deadline and leaves the rest queued', async () => {
    const { store, rows } = await queue(100)
    await runOutbox({ store, deliver: async () => ({ messageId: 'x' }), batchSize: 10, deadline: Date.now() - 1 })
    expect(rows.every((r) => r.status === 'queued')).toBe(true)
  })
})
