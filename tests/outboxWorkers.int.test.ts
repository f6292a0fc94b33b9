import { afterAll, beforeAll, expect, it } from 'vitest'

import { DELIVERIES } from '../collections/slugs'
import { type Harness, startHarness } from './helpers/harness'
import { queueReleaseTo, startWorker, tally } from './helpers/outboxWorkers'
import { startSmtpSink } from './helpers/smtpSink'

/** Two worker processes on one database share the work: exclusive claims mean no copy and no gap. */
const RECIPIENTS = 2000
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>

beforeAll(async () => {
  sink = await startSmtpSink({ parse: false })
  harness = await startHarness({ seedUsers: false })
  expect(await queueReleaseTo(harness, RECIPIENTS)).toMatchObject({ recipients: RECIPIENTS })
}, 120_000)
afterAll(async () => {
  await harness?.close()
  await sink?.close()
})

it('two workers on one database send 2,000 messages with no duplicate and none lost', async () => {
  const workers = [startWorker(sink), startWorker(sink)]
  const codes = await Promise.all(workers.map((w) => w.exit))
  expect(codes, workers.map((w) => w.output()).join('\n')).toEqual([0, 0])
  const { ids, messages, oneIdEach } = tally(sink)
  expect(ids.size).toBe(RECIPIENTS)
  expect(messages).toBe(RECIPIENTS)
  expect(oneIdEach).toBe(true)
  // Both took part (each prints how many it sent), so the test is about sharing, not one worker idling.
  const shares = workers.map((w) => Number(/Outbox drained: (\d+) sent/.exec(w.output())?.[1] ?? 0))
  expect(shares.reduce((a, b) => a + b, 0)).toBe(RECIPIENTS)
  console.info(`two workers: ${shares.join(' + ')} messages`)
  const left = await harness.payload.count({ collection: DELIVERIES, where: { status: { not_equals: 'sent' } } })
  expect(left.totalDocs).toBe(0)
}, 240_000)
