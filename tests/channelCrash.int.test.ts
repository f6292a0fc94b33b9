import { afterAll, beforeAll, expect, it } from 'vitest'

import { DELIVERIES, EMERGENCY_BULLETINS } from '../cms/core/slugs'
import { queueItem } from '../cms/outbox/enqueue'
import { CLAIM_BATCH } from '../cms/outbox/worker'
import { type Harness, startHarness } from './helpers/harness'
import { startWorker, waitFor } from './helpers/outboxWorkers'
import { startPushService } from './helpers/pushService'
import { addChannelSubscribers, publishedDirectly } from './helpers/seedData'
import { startSmsGateway } from './helpers/smsGateway'

/**
 * The outbox's crash guarantee on the push and SMS channels, for real: a worker process sending an
 * alert to 500 phones and 500 browsers is killed with SIGKILL part-way, and a second one finishes.
 * Nothing is lost; nothing reaches a person twice: the gateway drops a text it already took (the
 * delivery's key as Idempotency-Key), and a push message handed over again carries the same id,
 * which the service worker shows once.
 */
const PEOPLE = 500
let harness: Harness
let push: Awaited<ReturnType<typeof startPushService>>
let gateway: Awaited<ReturnType<typeof startSmsGateway>>
const browsers: ReturnType<Awaited<ReturnType<typeof startPushService>>['subscribe']>[] = []

beforeAll(async () => {
  push = await startPushService()
  gateway = await startSmsGateway()
  harness = await startHarness({
    seedUsers: false,
    env: { ...gateway.env, PUSH_SERVICE_HOSTS: push.hostEntry },
  })
  for (let i = 0; i < PEOPLE; i += 1) {
    const browser = push.subscribe()
    browsers.push(browser)
    await addChannelSubscribers(
      harness.payload,
      browser,
      `+1613555${String(i).padStart(4, '0')}`,
      ['emergency'],
      i % 2 ? 'fr' : 'en',
    )
  }
  const alert = await publishedDirectly(harness.payload, EMERGENCY_BULLETINS, 'Evacuate Ward 3')
  expect(await queueItem(harness.payload, EMERGENCY_BULLETINS, alert as never)).toMatchObject({
    recipients: 2 * PEOPLE,
  })
}, 540_000)
afterAll(async () => {
  await harness?.close()
  await push?.close()
  await gateway?.close()
})

it('a worker killed mid-send, then another: every phone and browser reached, none twice', async () => {
  const env = {
    ...gateway.env,
    PUSH_SERVICE_HOSTS: push.hostEntry,
    OUTBOX_LEASE_SECONDS: '2',
    // Slow enough that the kill lands in the middle of both channels.
    SMS_RATE_PER_SECOND: '250',
    PUSH_RATE_PER_SECOND: '250',
  }
  const noMail = { url: 'smtp://127.0.0.1:9' } as Parameters<typeof startWorker>[0]
  const first = startWorker(noMail, env)
  const midway = () => gateway.received.length >= 120 && push.received.length >= 120
  expect(await waitFor(midway, 90_000), first.output()).toBe(true)
  first.kill()
  await first.exit
  const atKill = { sms: gateway.received.length, push: push.received.length }
  expect(atKill.sms).toBeLessThan(PEOPLE)
  expect(atKill.push).toBeLessThan(PEOPLE)

  const second = startWorker(noMail, env)
  expect(await second.exit, second.output()).toBe(0)

  // SMS: every number exactly one text; repeats were handed over again and dropped by the gateway.
  const perPhone = new Map<string, number>()
  for (const text of gateway.received) perPhone.set(text.to, (perPhone.get(text.to) ?? 0) + 1)
  expect(perPhone.size).toBe(PEOPLE)
  expect([...perPhone.values()].every((n) => n === 1)).toBe(true)
  expect(gateway.repeats()).toBeLessThanOrEqual(CLAIM_BATCH)

  // Push: every browser reached; any copy handed over again has the same id (shown once).
  const ids = new Map<string, Set<string>>()
  for (const message of push.received) {
    const id = String((message.payload as { id?: string }).id)
    ids.set(message.subscription, (ids.get(message.subscription) ?? new Set()).add(id))
  }
  expect(ids.size).toBe(PEOPLE)
  expect([...ids.values()].every((set) => set.size === 1)).toBe(true)
  expect(push.received.length - PEOPLE).toBeLessThanOrEqual(CLAIM_BATCH)
  console.info(
    `channel crash test: killed at ${atKill.sms} texts and ${atKill.push} push messages; ${gateway.repeats()} texts and ${push.received.length - PEOPLE} push messages handed over again`,
  )
  expect(
    (
      await harness.payload.count({
        collection: DELIVERIES,
        where: { status: { not_equals: 'sent' } },
      })
    ).totalDocs,
  ).toBe(0)
}, 720_000)
