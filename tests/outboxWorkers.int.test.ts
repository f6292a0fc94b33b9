import { expect, it } from 'vitest'

import { startWorker, tally, useQueuedRelease } from './helpers/outboxWorkers'

/** Two worker processes on one database share the work: exclusive claims mean no copy and no gap. */
const RECIPIENTS = 2000
const fixture = useQueuedRelease(RECIPIENTS)

it('two workers on one database send 2,000 messages with no duplicate and none lost', async () => {
  const sink = fixture.sink()
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
  expect(await fixture.unsent()).toBe(0)
}, 720_000)
