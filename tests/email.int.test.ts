import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EMERGENCY_BULLETINS, MEDIA_RELEASES, SUBSCRIBERS } from '../cms/core/slugs'
import { outboxIdle, sendOutbox } from '../cms/outbox/run'
import { closeOutboxTransporter } from '../cms/email/transport'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import {
  addConfirmedSubscribers,
  publishedDirectly,
  publishReleaseThroughWorkflow,
} from './helpers/seedData'
import { expectInstantBetween } from './helpers/instant'
import { drainOutbox } from './helpers/outbox'
import { startSmtpSink } from './helpers/smtpSink'

/** Email alerts end to end against a real SMTP server on loopback (smtp-server), parsed with mailparser. */
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness()
  process.env.SMTP_URL = sink.url
})
afterAll(async () => {
  closeOutboxTransporter()
  delete process.env.SMTP_URL
  await harness?.close()
  await sink?.close()
})

const subscribe = (body: Record<string, unknown>, ip = '198.51.100.7') =>
  harness.rest('POST', '/subscriptions', { body, headers: { 'x-forwarded-for': ip } })
const confirmLink = async (email: string) => {
  await drainOutbox(harness.payload)
  const mail = sink.to(email).at(-1)!
  return /https?:\/\/\S+\/api\/subscriptions\/confirm\?token=[\w%-]+/.exec(
    mail.parsed.text ?? '',
  )![0]
}
const pathOf = (url: string) => url.replace(/^https?:\/\/[^/]+\/api/, '')
const confirmed = async (email: string, topics = ['news', 'emergency'], language = 'en') => {
  expect(
    (await subscribe({ email, topics, language }, `203.0.113.${Math.floor(Math.random() * 250)}`))
      .status,
  ).toBe(202)
  expect((await harness.rest('GET', pathOf(await confirmLink(email)))).status).toBe(200)
}
const publishRelease = async (title: string) => {
  const id = await publishReleaseThroughWorkflow(harness, title)
  await drainOutbox(harness.payload)
  return id
}

describe('double opt-in', () => {
  it('a sign-up gets a confirmation email, nothing else until confirmed; after confirming, items arrive', async () => {
    const started = new Date()
    const answer = await subscribe({
      email: ' Resident.One@Example.COM ',
      topics: ['news'],
      language: 'en',
    })
    expect(answer.status).toBe(202)
    await drainOutbox(harness.payload)
    const confirmation = sink.to('resident.one@example.com')
    expect(confirmation).toHaveLength(1)
    expect(confirmation[0]!.parsed.subject).toBe(
      'Confirm your email alerts from the City Communications',
    )
    expect(confirmation[0]!.parsed.html).toContain('Yes, send me these emails')

    await publishRelease('Before confirming')
    expect(sink.to('resident.one@example.com')).toHaveLength(1)

    const page = await harness.rest('GET', pathOf(await confirmLink('resident.one@example.com')))
    const confirmedBy = new Date()
    expect(page.status).toBe(200)
    expect(String(page.body)).toContain('You are subscribed')
    const subscriber = (
      await harness.payload.find({
        collection: SUBSCRIBERS,
        where: { email: { equals: 'resident.one@example.com' } },
      })
    ).docs[0]!
    expect(subscriber).toMatchObject({ status: 'confirmed', topics: ['news'], language: 'en' })
    expect(subscriber.consent).toMatchObject({
      method: 'double opt-in: web form, then email link',
      ip: '198.51.100.7',
    })
    expect(subscriber.consent?.text).toContain('News releases.')
    expectInstantBetween(subscriber.consent?.agreedAt, started, confirmedBy)

    await publishRelease('After confirming')
    const mails = sink.to('resident.one@example.com')
    expect(mails).toHaveLength(2)
    expect(mails[1]!.parsed.subject).toBe('After confirming')
  })

  it('answers the same for a known and an unknown address', async () => {
    await confirmed('known@example.com')
    const known = await subscribe({ email: 'known@example.com', topics: ['news'] }, '192.0.2.50')
    const unknown = await subscribe(
      { email: 'never-seen@example.com', topics: ['news'] },
      '192.0.2.51',
    )
    expect([known.status, unknown.status]).toEqual([202, 202])
    expect(known.body).toEqual(unknown.body)
  })

  it('names the field of bad input, and limits sign-ups per IP', async () => {
    expect(
      (await subscribe({ email: 'not-an-email', topics: ['news'] }, '192.0.2.60')).body.errors[0],
    ).toMatchObject({ field: 'email' })
    expect(
      (await subscribe({ email: 'a@example.com', topics: ['gossip'] }, '192.0.2.61')).body
        .errors[0],
    ).toMatchObject({ field: 'topics' })
    const statuses = []
    for (let i = 0; i < 7; i += 1)
      statuses.push(
        (await subscribe({ email: `flood${i}@example.com`, topics: ['news'] }, '192.0.2.99'))
          .status,
      )
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429])
  })

  it('an expired or used confirmation link does nothing', async () => {
    expect(
      (await harness.rest('GET', '/subscriptions/confirm?token=made-up-token-that-is-long-enough'))
        .status,
    ).toBe(404)
  })
})

describe('the emails', () => {
  it('have a text and an HTML part, the City as sender, and one-click unsubscribe headers', async () => {
    await confirmed('headers@example.com')
    await publishRelease('Headers check')
    const mail = sink.to('headers@example.com').at(-1)!
    expect(mail.parsed.text).toContain('Headers check')
    expect(mail.parsed.html).toContain('<h1 style="font-size:24px">Headers check</h1>')
    expect(mail.parsed.from?.value[0]).toMatchObject({
      name: 'City Communications',
      address: 'news@city.example',
    })
    const listUnsubscribe = mail.raw
      .match(/^List-Unsubscribe:[ \t]*(.*(?:\r?\n[ \t].*)*)/im)![1]!
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim()
    expect(listUnsubscribe).toMatch(
      /^<https?:\/\/[^>]+\/api\/subscriptions\/unsubscribe\?token=[^>]+>, <mailto:unsubscribe@city\.example\?subject=[^>]+>$/,
    )
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m)
    expect(mail.raw.match(/^List-Unsubscribe:/gim)).toHaveLength(1)
    expect(mail.parsed.html).toContain('100 Main Street')
    expect(mail.parsed.messageId).toMatch(/@city\.example>$/)
  })

  it('one-click unsubscribe by POST, with no cookie, stops the next send', async () => {
    await confirmed('leaver@example.com')
    await publishRelease('Before leaving')
    const mail = sink.to('leaver@example.com').at(-1)!
    const url = /<(https?:\/\/[^>]+\/api\/subscriptions\/unsubscribe\?token=[^>]+)>/.exec(
      mail.raw.replace(/\r?\n[ \t]+/g, ' '),
    )![1]!
    const answer = await harness.rest('POST', pathOf(url), {
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(answer.status).toBe(200)
    const before = sink.to('leaver@example.com').length
    await publishRelease('After leaving')
    expect(sink.to('leaver@example.com')).toHaveLength(before)
  })

  it('a French subscriber gets French', async () => {
    await confirmed('francophone@example.com', ['news'], 'fr')
    expect(sink.to('francophone@example.com')[0]!.parsed.subject).toContain('Confirmez vos alertes')
    await publishRelease('Release in English only')
    const mail = sink.to('francophone@example.com').at(-1)!
    expect(mail.parsed.html).toContain('<html lang="fr-CA">')
    expect(mail.parsed.text).toContain('Se désabonner')
  })
})

describe('faults', () => {
  it('a 451 is retried until delivered, a 421 (the server closing) costs the message nothing; a 550 fails and counts as a bounce', async () => {
    await confirmed('busy@example.com')
    await confirmed('gone@example.com')
    let busyRefusals = 0
    sink.setFault((to) => {
      if (to === 'busy@example.com' && busyRefusals < 2)
        return (
          (busyRefusals += 1),
          { code: busyRefusals === 1 ? 421 : 451, message: 'Try again later' }
        )
      if (to === 'gone@example.com') return { code: 550, message: 'No such user' }
      return null
    })
    const before = sink.to('busy@example.com').length
    const created = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: 'writer@city.example',
      body: validContent(MEDIA_RELEASES, 'Fault test'),
    })
    const id = created.body.doc.id
    for (const [as, action] of [
      ['writer@city.example', 'submit'],
      ['manager@city.example', 'approve'],
      ['manager@city.example', 'publish'],
    ])
      await harness.rest('POST', `/${MEDIA_RELEASES}/${id}/workflow`, { as, body: { action } })
    // Each round is a later moment: the waits between attempts (30 s, 2 min…) have passed.
    for (let round = 1; round <= 5; round += 1)
      await sendOutbox(harness.payload, { now: () => new Date(Date.now() + round * 3_600_000) })
    sink.setFault(() => null)
    const busy = (
      await harness.payload.find({
        collection: SUBSCRIBERS,
        where: { email: { equals: 'busy@example.com' } },
      })
    ).docs[0]!
    const busyDeliveries = await harness.payload.find({
      collection: 'deliveries',
      where: { subscriber: { equals: busy.id } },
    })
    // Three tries: the 421 was the server's trouble (not charged), the 451 one attempt, then sent.
    expect(busyDeliveries.docs.at(-1), JSON.stringify(busyDeliveries.docs.at(-1))).toMatchObject({
      status: 'sent',
      attempts: 2,
    })
    expect(busyRefusals).toBe(2)
    expect(sink.to('busy@example.com').length).toBe(before + 1)
    const gone = (
      await harness.payload.find({
        collection: SUBSCRIBERS,
        where: { email: { equals: 'gone@example.com' } },
      })
    ).docs[0]!
    expect(gone.bounceCount).toBe(1)
    expect(gone.lastBounce).toMatch(/No such user/)
    const deliveries = await harness.payload.find({
      collection: 'deliveries',
      where: { subscriber: { equals: gone.id } },
    })
    expect(deliveries.docs.at(-1)).toMatchObject({ status: 'failed' })
  })

  it('emergency email goes before a large send queued earlier', async () => {
    await addConfirmedSubscribers(harness.payload, 150, 'bulk', ['news', 'emergency'])
    const release = await publishedDirectly(harness.payload, MEDIA_RELEASES, 'Big newsletter')
    const bulletin = await publishedDirectly(
      harness.payload,
      EMERGENCY_BULLETINS,
      'Tornado warning',
    )
    const { queueItem } = await import('../cms/outbox/enqueue')
    // An outbox run an earlier test kicked off in the background would claim the newsletter the
    // moment it is queued, before the alert exists: the order under test is that of one fresh run.
    await outboxIdle()
    await queueItem(harness.payload, MEDIA_RELEASES, release as never)
    await queueItem(harness.payload, EMERGENCY_BULLETINS, bulletin as never)
    const start = sink.received.length
    await sendOutbox(harness.payload)
    const subjects = sink.received.slice(start).map((m) => m.parsed.subject)
    const firstNews = subjects.indexOf('Big newsletter')
    const lastAlert = subjects.lastIndexOf('URGENT: Tornado warning')
    const alerts = subjects.filter((s) => s === 'URGENT: Tornado warning').length
    expect(lastAlert).toBeGreaterThan(-1)
    expect(subjects.indexOf('URGENT: Tornado warning')).toBeLessThan(firstNews)
    // Alerts are claimed first; a claim batch (50) is sent over several connections at once, so only
    // the one batch where the alerts end and the newsletter begins may interleave.
    const alertsBeforeNews = subjects
      .slice(0, firstNews)
      .filter((s) => s === 'URGENT: Tornado warning')
    expect(alertsBeforeNews.length).toBeGreaterThanOrEqual(alerts - 50)
    expect(lastAlert).toBeLessThan(firstNews + 50)
    // Urgent by the headers clients read, without an Outlook Express header spam filters score alone.
    const alert = sink.received.slice(start)[lastAlert]!
    expect(alert.raw).toMatch(/^Importance: high$/im)
    expect(alert.raw).toMatch(/^X-Priority: 1/im)
    expect(alert.raw).not.toMatch(/^X-MSMail-Priority:/im)
    const news = sink.received.slice(start)[firstNews]!
    expect(news.raw).not.toMatch(/^(Importance|X-Priority|X-MSMail-Priority):/im)
  })
})
