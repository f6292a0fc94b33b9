import { afterAll, expect, it } from 'vitest'

import { MEDIA_RELEASES } from '../cms/core/slugs'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'

/**
 * A scheduled item goes live on time even when the CMS was restarted after it was scheduled: the
 * schedule lives in the database, and the jobs queue's cron (started as `next start` does, with
 * getPayload({ cron: true })) picks it up. This waits for the real cron, about 10 s.
 */
let second: Harness | undefined
afterAll(async () => second?.close())

it('publishes within 60 s of its time after a restart, through the jobs cron', async () => {
  const first = await startHarness()
  const act = (as: string, id: number, body: Record<string, unknown>) =>
    first.rest('POST', `/${MEDIA_RELEASES}/${id}/workflow`, { as, body })
  const created = await first.rest('POST', `/${MEDIA_RELEASES}`, {
    as: 'writer@city.example',
    body: validContent(MEDIA_RELEASES, 'Scheduled across a restart'),
  })
  const id = created.body.doc.id as number
  await act('writer@city.example', id, { action: 'submit' })
  await act('manager@city.example', id, { action: 'approve' })
  const publishAt = new Date(Date.now() + 2000)
  expect(
    (
      await act('manager@city.example', id, {
        action: 'schedule',
        publishAt: publishAt.toISOString(),
      })
    ).status,
  ).toBe(200)
  await first.close({ keepData: true })

  second = await startHarness({ dataDir: first.dataDir, cron: true, seedUsers: false })
  const deadline = publishAt.getTime() + 60_000
  let live: { status: number; body: any } = { status: 0, body: null }
  while (Date.now() < deadline) {
    live = await second.rest('GET', `/${MEDIA_RELEASES}/${id}?depth=0`)
    if (live.status === 200) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  expect(live.status).toBe(200)
  expect(live.body.workflowState).toBe('published')
  const lateBy = (Date.now() - publishAt.getTime()) / 1000
  expect(lateBy).toBeLessThan(60)
}, 270_000)
