import { afterAll, beforeAll, expect, it } from 'vitest'

import { SITE_STATUS, MEDIA_RELEASES } from '../cms/core/slugs'
import { runScheduledWork } from '../cms/coordination/scheduledWork'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'

/**
 * One scheduled item that cannot be published (its draft lost a required field) must not hold back the
 * others, nor the take-downs after it: each is isolated, the failure recorded for the admin.
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => harness?.close())

const past = () => new Date(Date.now() - 60_000).toISOString()
const scheduled = (title: string) =>
  harness.payload.create({
    collection: MEDIA_RELEASES,
    data: {
      ...validContent(MEDIA_RELEASES, title),
      workflowState: 'scheduled',
      publishAt: past(),
    } as never,
    draft: true,
    overrideAccess: true,
    context: { seed: true },
  })

it('publishes every due item but the poisoned one, still takes down what is due, and shows the failure', async () => {
  const first = await scheduled('Scheduled first')
  const poisoned = await harness.payload.create({
    collection: MEDIA_RELEASES,
    data: {
      ...validContent(MEDIA_RELEASES, 'Poisoned'),
      title: '',
      workflowState: 'scheduled',
      publishAt: past(),
    } as never,
    draft: true,
    overrideAccess: true,
    context: { seed: true },
  })
  const last = await scheduled('Scheduled last')
  const expiring = await harness.payload.create({
    collection: MEDIA_RELEASES,
    data: {
      ...validContent(MEDIA_RELEASES, 'Take me down'),
      _status: 'published',
      workflowState: 'published',
      publishedAt: past(),
      unpublishAt: past(),
    } as never,
    overrideAccess: true,
    context: { seed: true },
  })

  const result = await runScheduledWork(harness.payload)
  expect(result).toMatchObject({ published: 2, archived: 1, failures: 1 })
  const state = async (id: number | string) =>
    (
      (await harness.payload.findByID({
        collection: MEDIA_RELEASES,
        id,
        draft: true,
        overrideAccess: true,
        depth: 0,
      })) as { workflowState: string }
    ).workflowState
  expect(await state(first.id)).toBe('published')
  expect(await state(last.id)).toBe('published')
  expect(await state(expiring.id)).toBe('archived')
  expect(await state(poisoned.id)).toBe('scheduled')

  const status = (await harness.payload.findGlobal({
    slug: SITE_STATUS as never,
    overrideAccess: true,
  })) as {
    scheduledFailures: { step: string; collection: string; itemId: string; error: string }[]
  }
  expect(status.scheduledFailures).toHaveLength(1)
  expect(status.scheduledFailures[0]).toMatchObject({
    step: 'publish',
    collection: MEDIA_RELEASES,
    itemId: String(poisoned.id),
  })
  expect(status.scheduledFailures[0]!.error).toMatch(/title/i)

  // Mended, it goes out at the next run and the notice clears.
  await harness.payload.update({
    collection: MEDIA_RELEASES,
    id: poisoned.id,
    data: { title: 'Mended' } as never,
    draft: true,
    overrideAccess: true,
    context: { seed: true },
  })
  expect(await runScheduledWork(harness.payload)).toMatchObject({ published: 1, failures: 0 })
  const after = (await harness.payload.findGlobal({
    slug: SITE_STATUS as never,
    overrideAccess: true,
  })) as { scheduledFailures: unknown[] }
  expect(after.scheduledFailures).toHaveLength(0)
})
