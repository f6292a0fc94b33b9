import { existsSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  DELIVERIES,
  EMERGENCY_BULLETINS,
  MEDIA_RELEASES,
  SENDS,
  SMS_SUBSCRIBERS,
} from '../cms/core/slugs'
import { payloadOutboxStore } from '../cms/outbox/store'
import { queueItem } from '../cms/outbox/enqueue'
import { releaseSendsShownBy } from '../cms/outbox/siteWait'
import { sendsAfterSiteStep } from '../cms/publishing/scheduled'
import { rebuildSite } from '../cms/publishing/task'
import { queueingIdle } from '../cms/workflow/effects'
import { type Harness, startHarness } from './helpers/harness'
import { outbox } from './helpers/outbox'
import {
  addConfirmedSubscribers,
  publishedDirectly,
  publishReleaseThroughWorkflow,
  signUpByEmail,
  urgentPublishBulletin,
} from './helpers/seedData'

/**
 * A release's messages link to its page: they wait for the site build that puts it live, at most
 * SEND_WAITS_FOR_SITE_SECONDS (90 here, as in production; the other test files turn it off, since
 * they read a release's email without building the site). Emergencies never wait. Real SQLite,
 * real Astro builds, the file outbox; the jobs queue held so only the test builds.
 */
let harness: Harness
let liveDir: string
beforeAll(async () => {
  harness = await startHarness({ holdJobs: true, env: { SEND_WAITS_FOR_SITE_SECONDS: '90' } })
  liveDir = path.join(harness.dataDir, 'site')
  await rebuildSite(harness.payload, 'the site before', harness.key)
})
afterAll(async () => harness?.close())

type SendRow = {
  id: number
  key: string
  waitsForSiteUntil?: string | null
  notBefore?: string
  startedAt?: string
}

const sendOf = async (collection: string, id: number | string) =>
  (await harness.payload.db.findOne<SendRow>({
    collection: SENDS,
    where: {
      and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }],
    },
  }))!

/** How many of a send's rows are queued and not due yet (waiting). */
const waitingRows = async (send: number) =>
  (
    await harness.payload.db.count({
      collection: DELIVERIES,
      where: {
        and: [
          { send: { equals: send } },
          { status: { equals: 'queued' } },
          { nextAttemptAt: { greater_than: new Date().toISOString() } },
        ],
      },
    })
  ).totalDocs

/** What the subscriber got about an item (the staff's workflow notices name it too). */
const mailAbout = async (title: string) =>
  (await outbox(harness.payload)).filter(
    (m) => m.to === 'reader@example.com' && m.subject.includes(title),
  )

describe('messages wait for the page they link to', () => {
  it('a release’s email and texts wait for the build that puts its page live, then go at once; an emergency does not wait', async () => {
    await signUpByEmail(harness, 'reader@example.com', { topics: ['news', 'emergency'] })
    for (const phone of ['+16135550101', '+16135550102'])
      await harness.payload.db.create({
        collection: SMS_SUBSCRIBERS,
        data: { phone, status: 'confirmed', topics: ['news'], language: 'en' },
      })

    const before = Date.now()
    const id = await publishReleaseThroughWorkflow(harness, 'Pool reopens on Monday')
    await queueingIdle()
    const send = await sendOf(MEDIA_RELEASES, id)
    const until = new Date(send.waitsForSiteUntil!).getTime()
    expect(until).toBeGreaterThanOrEqual(before + 90_000)
    expect(until).toBeLessThan(Date.now() + 90_000 + 1000)
    // Every channel's rows wait: the email and the two phones' texts.
    expect(await waitingRows(send.id)).toBe(3)
    expect(await mailAbout('Pool reopens on Monday')).toHaveLength(0)

    // An alert published meanwhile goes at once, news waiting or not.
    const bulletin = await urgentPublishBulletin(harness, 'Water main break on King')
    await queueingIdle()
    expect((await sendOf(EMERGENCY_BULLETINS, bulletin)).waitsForSiteUntil ?? null).toBeNull()
    expect(await mailAbout('Water main break on King')).toHaveLength(1)
    expect(await mailAbout('Pool reopens on Monday')).toHaveLength(0)

    // The build puts the page live; then the messages go, linking to a page that is there.
    await rebuildSite(harness.payload, 'the release', harness.key)
    expect((await sendOf(MEDIA_RELEASES, id)).waitsForSiteUntil ?? null).toBeNull()
    expect(await waitingRows(send.id)).toBe(0)
    const [mail] = await mailAbout('Pool reopens on Monday')
    expect(mail).toBeDefined()
    const link = /http:\/\/127\.0\.0\.1:4321(\/news\/[\w-]+\/)/.exec(
      mail!.text.replace(/=\r?\n/g, ''),
    )
    expect(link, mail!.text).not.toBeNull()
    expect(existsSync(path.join(liveDir, link![1]!, 'index.html'))).toBe(true)
  })

  it('without a build the wait ends by itself; the 5-second pass then clears the mark', async () => {
    process.env.SEND_WAITS_FOR_SITE_SECONDS = '1'
    try {
      const id = await publishReleaseThroughWorkflow(harness, 'Library hours change')
      await queueingIdle()
      const send = await sendOf(MEDIA_RELEASES, id)
      // Waiting one second from when it was asked for, not 90.
      expect(new Date(send.waitsForSiteUntil!).getTime()).toBe(
        new Date(send.notBefore!).getTime() + 1_000,
      )
      expect(await mailAbout('Library hours change')).toHaveLength(0)
      await new Promise((resolve) => setTimeout(resolve, 1_200))
      expect(await mailAbout('Library hours change')).toHaveLength(1)
      // A build that read the CMS before the send cannot hold it: only the wait's end counts.
      expect(await releaseSendsShownBy(harness.payload, new Date(0))).toBe(1)
      expect((await sendOf(MEDIA_RELEASES, id)).waitsForSiteUntil ?? null).toBeNull()
    } finally {
      process.env.SEND_WAITS_FOR_SITE_SECONDS = '90'
    }
  })

  it('an embargoed release waits for a build read after its embargo, not for the next build', async () => {
    const embargo = new Date(Date.now() + 3_600_000).toISOString()
    const id = await publishReleaseThroughWorkflow(harness, 'Budget tabled next hour', {
      embargoUntil: embargo,
    })
    await queueingIdle()
    const send = await sendOf(MEDIA_RELEASES, id)
    expect(new Date(send.waitsForSiteUntil!).getTime()).toBe(new Date(embargo).getTime() + 90_000)
    // A build now (before the embargo) lets nothing go.
    expect(await releaseSendsShownBy(harness.payload, new Date())).toBe(0)
    expect(await waitingRows(send.id)).toBeGreaterThan(0)
    // One that read the CMS after it does.
    const after = new Date(new Date(embargo).getTime() + 1000)
    expect(await releaseSendsShownBy(harness.payload, after, after)).toBe(1)
  })

  it('the 5-second pass lets go what a build in another process put live', async () => {
    const id = await publishReleaseThroughWorkflow(harness, 'Arena opens its doors')
    await queueingIdle()
    const send = await sendOf(MEDIA_RELEASES, id)
    expect(await waitingRows(send.id)).toBeGreaterThan(0)
    // The live site's read time is before the send: nothing goes.
    expect(await sendsAfterSiteStep.run(harness.payload, new Date(), [])).toBe(0)
    // Another process's build read the CMS after the send and went live.
    await harness.payload.updateGlobal({
      slug: 'site-status',
      data: { state: 'ok', lastSnapshotAt: new Date().toISOString() },
      overrideAccess: true,
    })
    expect(await sendsAfterSiteStep.run(harness.payload, new Date(), [])).toBe(1)
    expect(await waitingRows(send.id)).toBe(0)
    expect(await mailAbout('Arena opens its doors')).toHaveLength(1)
  })

  it('a build asked for after the publication lets the messages go, however long the send took to write', async () => {
    const item = await publishedDirectly(harness.payload, MEDIA_RELEASES, 'Splash pad opens')
    const queueing = queueItem(harness.payload, MEDIA_RELEASES, item as never)
    // The build starts now, after the publication, while the send is still being written.
    const buildReadAt = new Date()
    await queueing
    const send = await sendOf(MEDIA_RELEASES, item.id)
    expect(new Date(send.startedAt!).getTime()).toBeLessThanOrEqual(buildReadAt.getTime())
    expect(await releaseSendsShownBy(harness.payload, buildReadAt)).toBe(1)
    expect(await waitingRows(send.id)).toBe(0)
  })

  it('rows written after the send was let go are due too (a build ended while they were written)', async () => {
    await addConfirmedSubscribers(harness.payload, 250, 'many', ['news'])
    const item = await publishedDirectly(harness.payload, MEDIA_RELEASES, 'Snow clearing begins')
    let letGo = 0
    await queueItem(harness.payload, MEDIA_RELEASES, item as never, null, () => {
      // After the first 200 rows of the first channel: the build goes live now.
      if (letGo++ === 0)
        void releaseSendsShownBy(harness.payload, new Date(Date.now() + 60_000), new Date())
    })
    const send = await sendOf(MEDIA_RELEASES, item.id)
    expect(letGo).toBeGreaterThan(0)
    expect(
      (
        await harness.payload.db.count({
          collection: DELIVERIES,
          where: { send: { equals: send.id } },
        })
      ).totalDocs,
    ).toBeGreaterThan(250)
    expect(await waitingRows(send.id)).toBe(0)
    // The store answers for rows only: another send's rows are never touched.
    expect(await payloadOutboxStore(harness.payload).releaseSend(send.id, new Date())).toBe(0)
  })
})
