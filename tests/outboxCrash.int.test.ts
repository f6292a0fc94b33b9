import { type ChildProcess, spawn } from 'node:child_process'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { DELIVERIES, MEDIA_RELEASES, SUBSCRIBERS } from '../collections/slugs'
import { queueItemEmail } from '../cms/email/outbox/enqueue'
import { POOL_CONNECTIONS } from '../cms/email/outbox/transport'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { startSmtpSink } from './helpers/smtpSink'

/**
 * The outbox's crash guarantee, for real: a worker process sending to 2,000 subscribers is killed with
 * SIGKILL part-way, a new one is started, and the SMTP sink counts what arrived.
 */
const RECIPIENTS = 2000
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>

beforeAll(async () => {
  sink = await startSmtpSink({ parse: false })
  harness = await startHarness({ seedUsers: false })
  for (let i = 0; i < RECIPIENTS; i += 1) {
    await harness.payload.db.create({ collection: SUBSCRIBERS, data: { email: `r${i}@example.com`, status: 'confirmed', topics: ['news'], language: 'en', tokenVersion: 1, bounceCount: 0 } })
  }
  const item = await harness.payload.create({
    collection: MEDIA_RELEASES,
    data: { ...validContent(MEDIA_RELEASES, 'Crash test release'), _status: 'published', workflowState: 'published', publishedAt: new Date().toISOString() } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  expect(await queueItemEmail(harness.payload, MEDIA_RELEASES, item as never)).toMatchObject({ recipients: RECIPIENTS })
}, 120_000)
afterAll(async () => {
  await harness?.close()
  await sink?.close()
})

const worker = (): ChildProcess =>
  spawn('npm', ['run', '--silent', 'outbox'], {
    env: { ...process.env, NODE_ENV: 'development', SMTP_URL: sink.url, LOG_LEVEL: 'fatal' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

it('a worker killed part-way and restarted delivers every message once', async () => {
  const first = worker()
  const firstExit = exited(first)
  const deadline = Date.now() + 60_000
  while (sink.count() < RECIPIENTS / 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5))
  expect(sink.count()).toBeGreaterThan(0)
  expect(sink.count()).toBeLessThan(RECIPIENTS)
  process.kill(-first.pid!, 'SIGKILL')
  await firstExit
  const atKill = sink.count()
  const interrupted = (await harness.payload.count({ collection: DELIVERIES, where: { status: { equals: 'sending' } } })).totalDocs

  const second = worker()
  let output = ''
  second.stdout!.on('data', (chunk) => (output += chunk))
  second.stderr!.on('data', (chunk) => (output += chunk))
  expect(await exited(second), output).toBe(0)

  const copies = new Map<string, Set<string>>()
  let raw = 0
  for (const message of sink.received) {
    const id = /^Message-ID: (.*)$/im.exec(message.raw)?.[1]?.trim() ?? ''
    for (const to of message.to) {
      if (!copies.has(to)) copies.set(to, new Set())
      copies.get(to)!.add(id)
      raw += 1
    }
  }
  // Every subscriber got the message, as one message (one Message-ID) each.
  expect(copies.size).toBe(RECIPIENTS)
  expect([...copies.values()].every((ids) => ids.size === 1)).toBe(true)
  // Repeats can only come from the one window (SMTP accepted, "sent" not yet written): at most the
  // deliveries in flight when the process died.
  const repeats = raw - RECIPIENTS
  expect(repeats).toBeLessThanOrEqual(Math.max(interrupted, POOL_CONNECTIONS * 2))
  console.info(`crash test: killed after ${atKill} messages, ${interrupted} in flight, ${repeats} repeated after restart`)
  const remaining = await harness.payload.count({ collection: DELIVERIES, where: { status: { not_equals: 'sent' } } })
  expect(remaining.totalDocs).toBe(0)
}, 180_000)
