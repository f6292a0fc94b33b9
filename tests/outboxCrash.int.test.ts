import { expect, it } from 'vitest'

import { CLAIM_BATCH } from '../cms/outbox/worker'
import { startWorker, tally, useQueuedRelease, waitFor } from './helpers/outboxWorkers'

/**
 * The outbox's crash guarantee, for real: a worker process sending to 2,000 subscribers is killed with
 * SIGKILL part-way, a second one is killed too, and a third finishes the job once the dead workers'
 * leases (2 s here) expire. The SMTP sink counts what arrived.
 */
const RECIPIENTS = 2000
const LEASE = { OUTBOX_LEASE_SECONDS: '2' }
const fixture = useQueuedRelease(RECIPIENTS)

it('workers killed twice part-way, then one more, deliver every message once, repeats within one batch per kill', async () => {
  const sink = fixture.sink()
  const kills: number[] = []
  // Counts that are not multiples of the claim batch, so each kill lands mid-batch.
  for (const at of [517, 1233]) {
    const worker = startWorker(sink, LEASE)
    expect(await waitFor(() => sink.count() >= at, 90_000), worker.output()).toBe(true)
    worker.kill()
    await worker.exit
    kills.push(sink.count())
  }
  expect(kills[1]!).toBeLessThan(RECIPIENTS)

  const last = startWorker(sink, LEASE)
  expect(await last.exit, last.output()).toBe(0)

  const { ids, messages, oneIdEach } = tally(sink)
  // Nothing lost: every subscriber got the message, as one message (one Message-ID) each.
  expect(ids.size).toBe(RECIPIENTS)
  expect(oneIdEach).toBe(true)
  // Repeats come only from the window "SMTP accepted, outcome not yet written": at most one claim
  // batch per kill (the README's promise).
  const repeats = messages - RECIPIENTS
  expect(repeats).toBeLessThanOrEqual(kills.length * CLAIM_BATCH)
  console.info(
    `crash test: killed at ${kills.join(' and ')} messages; ${repeats} repeated after restarts`,
  )
  expect(await fixture.unsent()).toBe(0)
}, 720_000)
