import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INTAKE_RECEIPTS, SUBSCRIBERS } from '../cms/core/slugs'
import { digestDue } from '../cms/email/core/digest'
import { queueDueDigests } from '../cms/email/digests'
import { type Harness, startHarness } from './helpers/harness'
import { outbox } from './helpers/outbox'
import {
  publishReleaseThroughWorkflow,
  signUpByEmail,
  urgentPublishBulletin,
} from './helpers/seedData'

/**
 * Daily and weekly digests (issue "Alerts where you live", item 3): a subscriber who chose `daily`
 * gets one email at 07:00 Toronto time listing what was published since the one before, none on a
 * day without news; `weekly` on Monday. Tested with the clock moved, not waited for; the jobs
 * queue is held so only the test runs the pass.
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness({ holdJobs: true })
})
afterAll(async () => harness?.close())

const HOUR = 3_600_000

/** The first moment after `from` at which a digest of this frequency falls due, plus a minute. */
const nextDue = (frequency: 'daily' | 'weekly', from: Date) => {
  let at = new Date(from.getTime() + 60_000)
  while (digestDue(frequency, at).dueAt.getTime() <= from.getTime())
    at = new Date(at.getTime() + HOUR)
  return new Date(digestDue(frequency, at).dueAt.getTime() + 60_000)
}

const mailTo = async (email: string) =>
  (await outbox(harness.payload)).filter((m) => m.to === email)

/** When the first test's releases were published: the weekly digest is the first due after it. */
let published = new Date()

const signUp = (email: string, body: Record<string, unknown>) => signUpByEmail(harness, email, body)

describe('digests', () => {
  it('a daily subscriber gets the day’s releases in one email at 07:00, once, in their language; nothing on a day without news; emergencies at once', async () => {
    await signUp('daily@example.com', {
      topics: ['news', 'emergency'],
      language: 'fr',
      frequency: 'daily',
    })
    await signUp('weekly@example.com', { topics: ['news'], frequency: 'weekly' })
    await signUp('atonce@example.com', { topics: ['news'] })
    const stored = await harness.payload.find({
      collection: SUBSCRIBERS,
      where: { email: { equals: 'daily@example.com' } },
      overrideAccess: true,
    })
    expect(stored.docs[0]).toMatchObject({ frequency: 'daily', status: 'confirmed' })

    published = new Date()
    await publishReleaseThroughWorkflow(harness, 'Digest one: new library hours')
    await publishReleaseThroughWorkflow(harness, 'Digest two: leaf collection starts')
    // Immediate subscribers hear at once; digest subscribers wait.
    expect((await mailTo('atonce@example.com')).length).toBe(3) // confirmation and two releases
    expect((await mailTo('daily@example.com')).length).toBe(1) // the confirmation
    expect((await mailTo('weekly@example.com')).length).toBe(1)

    // Emergencies never wait for a digest.
    await urgentPublishBulletin(harness, 'Boil water now')
    expect((await mailTo('daily@example.com')).map((m) => m.subject)).toContainEqual(
      expect.stringContaining('URGENT'),
    )

    const morning = nextDue('daily', published)
    // Before 07:00 nothing goes.
    expect(await queueDueDigests(harness.payload, new Date(morning.getTime() - 2 * 60_000))).toBe(0)
    expect(await queueDueDigests(harness.payload, morning)).toBeGreaterThanOrEqual(1)
    const digests = (await mailTo('daily@example.com')).filter((m) => !m.subject.includes('URGENT'))
    expect(digests).toHaveLength(2) // the confirmation and one digest
    const digest = digests[1]!
    expect(digest.subject).toMatch(/^Aujourd’hui : 2 nouvelles publications de la Ville de /)
    expect(digest.text).toContain('Digest one: new library hours')
    expect(digest.text).toContain('Digest two: leaf collection starts')
    expect(digest.text).not.toContain('Boil water now')
    expect(digest.text).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/)

    // Again in the same period, from this process or another (the marker lost): still one.
    expect(await queueDueDigests(harness.payload, morning)).toBe(0)
    await harness.payload.db.deleteMany({
      collection: INTAKE_RECEIPTS,
      where: { key: { like: 'digest:daily:' } },
    })
    await queueDueDigests(harness.payload, morning)
    expect(
      (await mailTo('daily@example.com')).filter((m) => m.subject.startsWith('Aujourd')),
    ).toHaveLength(1)

    // The next day has no news: nothing.
    const nextMorning = new Date(morning.getTime() + 24 * HOUR)
    expect(await queueDueDigests(harness.payload, nextMorning)).toBe(0)
    expect(
      (await mailTo('daily@example.com')).filter((m) => m.subject.startsWith('Aujourd')),
    ).toHaveLength(1)
  })

  it('a weekly subscriber gets the week’s releases on Monday at 07:00 Toronto time', async () => {
    // From the releases' time, not the clock's: run on a Monday just after 07:00, "the Monday
    // due next" from an hour ago would be this morning's, before the releases.
    const monday = nextDue('weekly', published)
    expect(
      new Intl.DateTimeFormat('en-CA', {
        timeZone: 'America/Toronto',
        weekday: 'long',
        hour: 'numeric',
        hour12: false,
      }).format(monday),
    ).toBe('Monday, 07')
    await queueDueDigests(harness.payload, monday)
    const weekly = (await mailTo('weekly@example.com')).filter((m) =>
      m.subject.startsWith('This week'),
    )
    expect(weekly).toHaveLength(1)
    expect(weekly[0]!.subject).toMatch(/^This week from the .*: 2 new items$/)
    expect(weekly[0]!.text).toContain('Digest two: leaf collection starts')
  })

  it('refuses a frequency that is not one, naming the field, storing nothing', async () => {
    for (const frequency of ['hourly', 7, ['daily']]) {
      const answer = await harness.rest('POST', '/subscriptions', {
        body: { email: 'often@example.com', topics: ['news'], frequency },
        headers: { 'x-forwarded-for': '203.0.113.99' },
      })
      expect(answer.status).toBe(400)
      expect(answer.body.errors[0].field).toBe('frequency')
    }
    const rows = await harness.payload.count({
      collection: SUBSCRIBERS,
      where: { email: { equals: 'often@example.com' } },
    })
    expect(rows.totalDocs).toBe(0)
  })
})
