import { describe, expect, it } from 'vitest'

import { classifySmtpFailure } from '../email/core/smtpErrors'
import { createGatewayHealth, PROBE_INTERVAL_MS, REFUSAL_STORM } from './core/gatewayHealth'
import { memoryStore } from './memoryStore'
import { runOutbox } from './worker'

const queue = async (count: number, priority = 1, send = 'news') => {
  const memory = memoryStore()
  await memory.store.insert(
    Array.from({ length: count }, (_, i) => ({
      key: `${send}:${i}`,
      send,
      subscriber: i,
      priority,
      nextAttemptAt: new Date(0),
    })),
  )
  return memory
}

describe('runOutbox', () => {
  it('sends every queued delivery once and marks it with its Message-ID', async () => {
    const { store, rows } = await queue(120)
    const seen: number[] = []
    const report = await runOutbox({
      store,
      classify: classifySmtpFailure,
      deliver: async (d) => (seen.push(Number(d.subscriber)), { messageId: `<m${d.id}@x>` }),
      batchSize: 25,
      concurrency: 4,
    })
    expect(report).toMatchObject({ sent: 120, failed: 0, retried: 0 })
    expect(new Set(seen).size).toBe(120)
    expect(rows.every((r) => r.status === 'sent' && r.messageId === `<m${r.id}@x>`)).toBe(true)
  })

  it('claims emergency deliveries before anything queued earlier', async () => {
    const { store } = await queue(30, 1, 'news')
    await store.insert(
      Array.from({ length: 5 }, (_, i) => ({
        key: `alert:${i}`,
        send: 'alert',
        subscriber: i,
        priority: 0,
        nextAttemptAt: new Date(0),
      })),
    )
    const order: string[] = []
    await runOutbox({
      store,
      classify: classifySmtpFailure,
      deliver: async (d) => (order.push(String(d.send)), { messageId: 'x' }),
      batchSize: 10,
      concurrency: 1,
    })
    expect(order.slice(0, 5)).toEqual(['alert', 'alert', 'alert', 'alert', 'alert'])
  })

  it('a batch holds one priority: with lanes sending in parallel, no news message overtakes an alert', async () => {
    const { store } = await queue(30, 1, 'news')
    await store.insert(
      Array.from({ length: 12 }, (_, i) => ({
        key: `alert:${i}`,
        send: 'alert',
        subscriber: i,
        priority: 0,
        nextAttemptAt: new Date(0),
      })),
    )
    const order: string[] = []
    const deliver = async (d: { send: unknown }) => {
      await new Promise((resolve) =>
        setTimeout(resolve, d.send === 'alert' ? Math.random() * 5 : 0),
      )
      order.push(String(d.send))
      return { messageId: 'x' }
    }
    await runOutbox({
      store,
      classify: classifySmtpFailure,
      deliver,
      batchSize: 50,
      concurrency: 10,
    })
    expect(order.lastIndexOf('alert')).toBe(11)
    expect(order.indexOf('news')).toBe(12)
  })

  it('a server that is down charges no message: the batch goes back, one probe at a time, all go once it answers', async () => {
    const { store, rows } = await queue(25)
    const health = createGatewayHealth()
    let clock = 0
    let up = false
    const sent: unknown[] = []
    const deliver = async (d: { subscriber: unknown }) => {
      if (!up)
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), {
          code: 'ECONNREFUSED',
        })
      sent.push(d.subscriber)
      return { messageId: 'x' }
    }
    const run = () =>
      runOutbox({
        store,
        classify: classifySmtpFailure,
        deliver,
        health,
        now: () => new Date(clock),
      })
    expect(await run()).toMatchObject({ sent: 0, retried: 0, failed: 0 })
    expect(health.snapshot().state).toBe('degraded')
    expect(rows.every((r) => r.status === 'queued' && r.attempts === 0)).toBe(true)
    clock += 1_000
    expect((await run()).released).toBe(0) // waiting: nothing claimed before the next probe
    clock += PROBE_INTERVAL_MS
    expect((await run()).released).toBe(1) // one probe, refused, uncharged
    up = true
    clock += PROBE_INTERVAL_MS
    expect((await run()).sent).toBe(25)
    expect(new Set(sent).size).toBe(25)
    expect(health.snapshot().state).toBe('ok')
  })

  it('after an outage, messages a storm of refusals had pushed back are due at once', async () => {
    const { store, rows } = await queue(8)
    const health = createGatewayHealth()
    let refusing = true
    const deliver = async () => {
      if (refusing) throw Object.assign(new Error('451 try later'), { responseCode: 451 })
      return { messageId: 'x' }
    }
    await runOutbox({
      store,
      classify: classifySmtpFailure,
      deliver,
      health,
      concurrency: 1,
      now: () => new Date(0),
    })
    expect(rows.filter((r) => r.attempts === 1)).toHaveLength(REFUSAL_STORM - 1) // charged before the storm was seen
    refusing = false
    await runOutbox({
      store,
      classify: classifySmtpFailure,
      deliver,
      health,
      concurrency: 1,
      now: () => new Date(PROBE_INTERVAL_MS),
    })
    expect(rows.every((r) => r.status === 'sent')).toBe(true)
  })

  it('retries temporary failures later, and fails permanent ones at once, telling the bounce handler', async () => {
    const { store, rows } = await queue(3)
    let clock = 0
    const bounced: unknown[] = []
    const deliver = async (d: { subscriber: unknown }) => {
      if (d.subscriber === 1) throw Object.assign(new Error('451 try later'), { responseCode: 451 })
      if (d.subscriber === 2)
        throw Object.assign(new Error('550 no such user'), { responseCode: 550 })
      return { messageId: 'ok' }
    }
    const first = await runOutbox({
      store,
      classify: classifySmtpFailure,
      deliver,
      now: () => new Date(clock),
      onPermanentFailure: async (d) => void bounced.push(d.subscriber),
    })
    expect(first).toMatchObject({ sent: 1, retried: 1, failed: 1 })
    expect(bounced).toEqual([2])
    expect(rows[1]).toMatchObject({ status: 'queued', attempts: 1, lastError: '451 try later' })
    expect(rows[1]!.nextAttemptAt.getTime()).toBe(30_000)
    expect(
      (
        await runOutbox({
          store,
          classify: classifySmtpFailure,
          deliver,
          now: () => new Date(clock),
        })
      ).retried,
    ).toBe(0)
    clock = 30_000
    expect(
      (
        await runOutbox({
          store,
          classify: classifySmtpFailure,
          deliver,
          now: () => new Date(clock),
        })
      ).retried,
    ).toBe(1)
    expect(rows[1]!.attempts).toBe(2)
  })

  it('gives up after the last attempt', async () => {
    const { store, rows } = await queue(1)
    let clock = 0
    const deliver = async () => {
      throw Object.assign(new Error('421 busy'), { responseCode: 421 })
    }
    for (let i = 0; i < 20; i += 1) {
      await runOutbox({
        store,
        classify: classifySmtpFailure,
        deliver,
        now: () => new Date(clock),
        retryScale: 0,
      })
      clock += 1
    }
    expect(rows[0]).toMatchObject({ status: 'failed', attempts: 10 })
  })

  it('skips a delivery whose subscriber left in the meantime', async () => {
    const { store, rows } = await queue(1)
    expect(
      (
        await runOutbox({
          store,
          classify: classifySmtpFailure,
          deliver: async () => ({ skipped: 'unsubscribed' }),
        })
      ).skipped,
    ).toBe(1)
    expect(rows[0]).toMatchObject({ status: 'skipped', lastError: 'unsubscribed' })
  })

  it('leaves rows under a live lease alone, takes them over once it expires, and ignores the late owner', async () => {
    const { store, rows } = await queue(4)
    await store.claim('dead', 2, new Date(0), new Date(60_000))
    const early = await runOutbox({
      store,
      classify: classifySmtpFailure,
      deliver: async () => ({ messageId: 'x' }),
      now: () => new Date(1_000),
      workerId: 'second',
    })
    expect(early.sent).toBe(2)
    expect(rows.filter((r) => r.status === 'sending' && r.claimedBy === 'dead')).toHaveLength(2)
    const late = await runOutbox({
      store,
      classify: classifySmtpFailure,
      deliver: async () => ({ messageId: 'y' }),
      now: () => new Date(60_001),
      workerId: 'third',
    })
    expect(late.sent).toBe(2)
    // The first worker wakes up and reports an outcome for a row it no longer holds: nothing changes.
    await store.settle('dead', [{ id: rows[0]!.id, kind: 'failed', attempts: 1, error: 'late' }])
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent'])
    expect(rows[0]).toMatchObject({ messageId: 'y', claimedBy: null })
  })

  it('two workers on one store send each delivery exactly once', async () => {
    const { store, rows } = await queue(500)
    const sent = new Map<unknown, number>()
    const deliver = async (d: { subscriber: unknown }) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 2))
      sent.set(d.subscriber, (sent.get(d.subscriber) ?? 0) + 1)
      return { messageId: 'x' }
    }
    const [a, b] = await Promise.all([
      runOutbox({ store, classify: classifySmtpFailure, deliver, workerId: 'a', batchSize: 20 }),
      runOutbox({ store, classify: classifySmtpFailure, deliver, workerId: 'b', batchSize: 20 }),
    ])
    expect(a.sent + b.sent).toBe(500)
    expect(a.sent).toBeGreaterThan(0)
    expect(b.sent).toBeGreaterThan(0)
    expect(sent.size).toBe(500)
    expect([...sent.values()].every((n) => n === 1)).toBe(true)
    expect(rows.every((r) => r.status === 'sent')).toBe(true)
  })

  it('starts no message once its lease runs short, and gives the rest of the batch back', async () => {
    const { store, rows } = await queue(6)
    let clock = 0
    const deliver = async () => {
      clock += 20_000 // each message "takes" 20 s of a 60 s lease that nobody renews in this test
      return { messageId: 'x' }
    }
    // One claim only: a second would take the released rows under a fresh lease (as it should).
    const claim = store.claim
    let claims = 0
    store.claim = async (...args) => (claims++ === 0 ? claim(...args) : [])
    const report = await runOutbox({
      store,
      classify: classifySmtpFailure,
      deliver,
      now: () => new Date(clock),
      concurrency: 1,
      batchSize: 6,
      leaseMs: 60_000,
    })
    // Sends at 0 s and 20 s of the lease; at 40 s less than half of it is left: the other four go back.
    expect(report).toMatchObject({ sent: 2, released: 4 })
    expect(rows.filter((r) => r.status === 'queued')).toHaveLength(4)
    expect(rows.some((r) => r.status === 'sending')).toBe(false)
  })

  it('writes outcomes back in groups, one settle per group', async () => {
    const { store } = await queue(30)
    const groups: number[] = []
    const settle = store.settle
    store.settle = async (worker, outcomes) => (
      groups.push(outcomes.length),
      settle(worker, outcomes)
    )
    await runOutbox({
      store,
      classify: classifySmtpFailure,
      deliver: async () => ({ messageId: 'x' }),
      batchSize: 30,
      concurrency: 3,
      flushEvery: 10,
    })
    expect(groups.reduce((a, b) => a + b, 0)).toBe(30)
    expect(Math.max(...groups)).toBeLessThanOrEqual(12)
  })

  it('stops at its deadline and leaves the rest queued', async () => {
    const { store, rows } = await queue(100)
    await runOutbox({
      store,
      classify: classifySmtpFailure,
      deliver: async () => ({ messageId: 'x' }),
      batchSize: 10,
      deadline: Date.now() - 1,
    })
    expect(rows.every((r) => r.status === 'queued')).toBe(true)
  })
})
