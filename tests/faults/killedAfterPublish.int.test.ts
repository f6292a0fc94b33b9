import { rm } from 'node:fs/promises'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { DELIVERIES, SENDS } from '../../cms/core/slugs'
import { outboxIdle } from '../../cms/outbox/run'
import { runScheduledWork } from '../../cms/coordination/scheduledWork'
import { type Harness, startHarness } from '../helpers/harness'
import { addConfirmedSubscribers, publishReleaseThroughWorkflow } from '../helpers/seedData'
import { outbox } from '../helpers/outbox'

/**
 * The CMS killed between writing a publication and queueing its email (SIGKILL at the worst moment,
 * reproduced here by removing what the email step wrote): the next run of the 5-second job finds the
 * publication in the audit without its send and queues it; every subscriber gets it once.
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
  await addConfirmedSubscribers(harness.payload, 5, 'after-crash', ['news'])
}, 180_000)
afterAll(async () => harness?.close())

it('a publication whose email was never queued is emailed by the next scheduled run, once', async () => {
  await publishReleaseThroughWorkflow(harness, 'Published just before a crash')
  // The crash: the publication and its audit entry are written, the email step is not. The step did
  // run here (and may have sent already), so everything it did goes: its rows and anything it sent.
  await outboxIdle()
  await rm(process.env.OUTBOX_DIR!, { recursive: true, force: true })
  await harness.payload.delete({
    collection: DELIVERIES,
    where: { id: { exists: true } },
    overrideAccess: true,
  })
  await harness.payload.delete({
    collection: SENDS,
    where: { id: { exists: true } },
    overrideAccess: true,
  })

  expect((await runScheduledWork(harness.payload)).emailsRecovered).toBe(1)
  expect((await runScheduledWork(harness.payload)).emailsRecovered).toBe(0) // queued once, never again
  const mails = (await outbox(harness.payload)).filter(
    (m) => m.subject === 'Published just before a crash',
  )
  expect(mails.map((m) => m.to).sort()).toEqual(
    Array.from({ length: 5 }, (_, i) => `after-crash${i}@example.com`).sort(),
  )
})
