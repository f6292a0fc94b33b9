import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { loadCalendar } from '../cms/calendar/loadCalendar'
import { endOfDay, responseDue } from '../cms/core/businessDays'
import {
  CITY_CALENDAR,
  CORRESPONDENCE,
  CORRESPONDENCE_MESSAGES,
  DEPARTMENTS,
  DESK_AUDIT,
  SPONSOR_INQUIRIES,
  USERS,
} from '../cms/core/slugs'
import { openCase } from '../cms/desk/cases'
import { escalateOverdue, sendDueTodayDigests } from '../cms/desk/schedule'
import { closeOutboxTransporter } from '../cms/email/transport'
import { caseMessages } from './helpers/desk'
import { type Harness, startHarness } from './helpers/harness'
import { drainOutbox } from './helpers/outbox'
import { startSmtpSink } from './helpers/smtpSink'
import { startInbound } from './helpers/inbound'

/**
 * The customer-service desk end to end: the public API and form, inbound mail over real SMTP on
 * loopback (smtp-server), the acknowledgement and replies parsed at a loopback sink, the business-day
 * clock on the City calendar, the standards report, the survey and the privacy tools.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let inbound: Awaited<ReturnType<typeof startInbound>> | undefined
let departments: Record<string, number | string> = {}

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness()
  process.env.SMTP_URL = sink.url
  inbound = await startInbound(harness.payload)
  const found = await harness.payload.find({
    collection: DEPARTMENTS,
    pagination: false,
    overrideAccess: true,
  })
  departments = Object.fromEntries(found.docs.map((d) => [d.name, d.id]))
})
afterAll(async () => {
  closeOutboxTransporter()
  delete process.env.SMTP_URL
  await inbound?.close()
  await harness?.close()
  await sink?.close()
})

const mailer = () => inbound!.mailer()

const caseByReference = async (reference: string) =>
  (
    await harness.payload.find({
      collection: CORRESPONDENCE,
      where: { reference: { equals: reference } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!

const messagesOf = (id: number | string) => caseMessages(harness.payload, id)

const ip = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`

describe('the public writes in; nobody reads out', () => {
  it('POST /api/correspondence answers 201 with the reference and the reply-by date, nothing else', async () => {
    const answer = await harness.rest('POST', `/${CORRESPONDENCE}`, {
      body: {
        contactName: 'Robin Resident',
        email: 'Robin@Example.ca',
        subject: 'Snow on my street',
        message: 'The plough missed Elm Street again.',
        kind: 'complaint',
        consent: true,
        language: 'en',
      },
      headers: { 'x-forwarded-for': ip() },
    })
    expect(answer.status).toBe(201)
    expect(Object.keys(answer.body).sort()).toEqual(['reference', 'responseDueAt'])
    expect(answer.body.reference).toMatch(/^C-\d{4}-\d{6}$/)
    const doc = await caseByReference(answer.body.reference)
    expect(doc).toMatchObject({
      channel: 'web',
      kind: 'complaint',
      state: 'new',
      email: 'robin@example.ca',
    })
    expect(answer.body.responseDueAt).toBe(doc.responseDueAt)
    await drainOutbox(harness.payload)
    const ack = sink.to('robin@example.ca').at(-1)!
    expect(ack.parsed.subject).toContain(`[${answer.body.reference}]`)
    expect(ack.parsed.text).toContain(answer.body.reference)
  })

  it('refuses public reads of the list, a case and its thread', async () => {
    const doc = await openCase(harness.payload, {
      channel: 'web',
      kind: 'general',
      language: 'en',
      message: 'Private words.',
      email: 'private@example.ca',
    })
    for (const path of [
      `/${CORRESPONDENCE}`,
      `/${CORRESPONDENCE}/${doc.id}`,
      `/${CORRESPONDENCE}/${doc.id}/thread`,
      `/${CORRESPONDENCE_MESSAGES}`,
      `/${CORRESPONDENCE}/standards?from=2026-01-01&to=2026-12-31`,
      `/${CORRESPONDENCE}/export?email=private@example.ca`,
    ]) {
      const answer = await harness.rest('GET', path)
      expect([401, 403], path).toContain(answer.status)
      expect(JSON.stringify(answer.body)).not.toContain('private@example.ca')
    }
  })

  it('names each field it refuses, and stores nothing', async () => {
    const before = (
      await harness.payload.count({ collection: CORRESPONDENCE, overrideAccess: true })
    ).totalDocs
    const answer = await harness.rest('POST', `/${CORRESPONDENCE}`, {
      body: { email: 'not an address', kind: 'sponsorship', channel: 'phone' },
      headers: { 'x-forwarded-for': ip() },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['consent', 'contactName', 'email', 'kind', 'message'].sort(),
    )
    expect(
      (await harness.payload.count({ collection: CORRESPONDENCE, overrideAccess: true })).totalDocs,
    ).toBe(before)
  })

  it('a filled honeypot looks accepted and stores nothing; a flood from one connection gets 429', async () => {
    const before = (
      await harness.payload.count({ collection: CORRESPONDENCE, overrideAccess: true })
    ).totalDocs
    const bot = await harness.rest('POST', `/${CORRESPONDENCE}`, {
      body: {
        contactName: 'Bot',
        email: 'bot@example.ca',
        message: 'Buy now',
        consent: true,
        website: 'http://spam.example',
      },
      headers: { 'x-forwarded-for': ip() },
    })
    expect(bot.status).toBe(201)
    expect(bot.body.reference).toBeNull()
    expect(
      (await harness.payload.count({ collection: CORRESPONDENCE, overrideAccess: true })).totalDocs,
    ).toBe(before)
    const from = '198.51.100.99'
    const statuses: number[] = []
    for (let n = 0; n < 6; n += 1)
      statuses.push(
        (
          await harness.rest('POST', `/${CORRESPONDENCE}`, {
            body: {
              contactName: 'Flood',
              email: `flood${n}@example.ca`,
              message: 'Hello',
              consent: true,
            },
            headers: { 'x-forwarded-for': from },
          })
        ).status,
      )
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
  })

  it('the site form in French shows the reference and the date in French', async () => {
    const answer = await harness.rest('POST', `/${CORRESPONDENCE}/form`, {
      body: {
        contactName: 'Dominique',
        email: 'dominique@example.ca',
        message: 'Bonjour, le parc est fermé depuis une semaine.',
        consent: 'yes',
        language: 'fr',
        kind: 'general',
      },
      headers: { 'x-forwarded-for': ip() },
    })
    expect(answer.status).toBe(201)
    const html = String(answer.body)
    expect(html).toContain('lang="fr-CA"')
    expect(html).toMatch(/Votre numéro de référence : C-\d{4}-\d{6}/)
    expect(html).toContain('Nous vous répondrons au plus tard le')
  })
})

describe('email to the desk', () => {
  it('opens a case and acknowledges it with the reference; a reply with it joins the case', async () => {
    await mailer().sendMail({
      from: 'Pat Taxpayer <pat@example.ca>',
      to: 'contact@city.example',
      subject: 'Question about my water bill',
      text: 'Why did my water bill double this month?',
      messageId: '<first.pat@example.ca>',
      attachments: [{ filename: 'bill.txt', content: 'Amount due: $240' }],
    })
    await drainOutbox(harness.payload)
    const ack = sink.to('pat@example.ca').at(-1)!
    const reference = /\[(C-\d{4}-\d{6})\]/.exec(ack.parsed.subject ?? '')![1]!
    expect(ack.parsed.inReplyTo).toBe('<first.pat@example.ca>')
    expect(ack.parsed.headers.get('auto-submitted')).toBe('auto-replied')
    const doc = await caseByReference(reference)
    expect(doc).toMatchObject({
      channel: 'email',
      email: 'pat@example.ca',
      contactName: 'Pat Taxpayer',
    })
    const first = (await messagesOf(doc.id))[0]!
    expect(first.attachments).toHaveLength(1)
    // Attachments are private: the public cannot fetch them.
    const files = await harness.rest('GET', '/correspondence-files')
    expect([401, 403]).toContain(files.status)

    // A reply (as mail clients send one: In-Reply-To our acknowledgement, whose id carries the
    // case's reply secret) joins the case, without its quoted history.
    await mailer().sendMail({
      from: 'pat@example.ca',
      to: 'contact@city.example',
      subject: `Re: ${ack.parsed.subject}`,
      inReplyTo: ack.parsed.messageId!,
      references: [ack.parsed.messageId!],
      text: 'Also, my account number is 12345.\n\nOn Tue, Dec 1, 2026, City wrote:\n> We received your message',
      messageId: '<second.pat@example.ca>',
    })
    // A reply whose client dropped the subject still finds it through In-Reply-To alone.
    await mailer().sendMail({
      from: 'pat@example.ca',
      to: 'contact@city.example',
      subject: 'one more thing',
      text: 'And my meter is in the basement.',
      inReplyTo: ack.parsed.messageId!,
      references: [ack.parsed.messageId!],
    })
    const thread = await messagesOf(doc.id)
    expect(thread.filter((m) => m.direction === 'in').map((m) => m.body)).toEqual([
      'Why did my water bill double this month?',
      'Also, my account number is 12345.',
      'And my meter is in the basement.',
    ])
    expect(
      (
        await harness.payload.count({
          collection: CORRESPONDENCE,
          where: { email: { equals: 'pat@example.ca' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('the same message delivered twice is stored once', async () => {
    const send = () =>
      mailer().sendMail({
        from: 'twice@example.ca',
        to: 'contact@city.example',
        subject: 'Sent twice',
        text: 'Hello',
        messageId: '<twice@example.ca>',
      })
    await send()
    await send()
    expect(
      (
        await harness.payload.count({
          collection: CORRESPONDENCE,
          where: { email: { equals: 'twice@example.ca' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('an auto-reply or a bounce opens no case and gets no answer', async () => {
    const before = (
      await harness.payload.count({ collection: CORRESPONDENCE, overrideAccess: true })
    ).totalDocs
    await mailer().sendMail({
      from: 'away@example.ca',
      to: 'contact@city.example',
      subject: 'Out of office: back Monday',
      text: 'I am away.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    })
    await mailer().sendMail({
      from: 'MAILER-DAEMON@mx.example.ca',
      to: 'contact@city.example',
      subject: 'Undeliverable: your message',
      text: 'Delivery failed.',
    })
    expect(
      (await harness.payload.count({ collection: CORRESPONDENCE, overrideAccess: true })).totalDocs,
    ).toBe(before)
    await drainOutbox(harness.payload)
    expect(sink.to('away@example.ca')).toHaveLength(0)
  })

  it('mail for any other address is refused at RCPT', async () => {
    await expect(
      mailer().sendMail({
        from: 'x@example.ca',
        to: 'mayor@city.example',
        subject: 'Hi',
        text: 'Hi',
      }),
    ).rejects.toThrow(/550|No mailbox/)
  })
})

describe('replies from the desk', () => {
  it('are signed with the sender’s first name and department, in the customer’s language, and threaded', async () => {
    const doc = await openCase(harness.payload, {
      channel: 'email',
      kind: 'general',
      language: 'fr',
      subject: 'Ordures',
      message: 'Mes ordures n’ont pas été ramassées.',
      email: 'camille@example.ca',
      contactName: 'Camille',
      messageId: '<camille.1@example.ca>',
    })
    await drainOutbox(harness.payload)
    const reply = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: 'desk@city.example',
      body: { message: 'Merci. L’équipe passera demain matin.' },
    })
    expect(reply.status).toBe(200)
    expect(reply.body.doc).toMatchObject({ state: 'answered', standardMet: true })
    expect(reply.body.check.readingLevel.measure).toBe('kandel-moles-ease')
    await drainOutbox(harness.payload)
    const mail = sink.to('camille@example.ca').at(-1)!
    expect(mail.parsed.subject).toBe(`[${doc.reference}] Re: Ordures`)
    // Jordan's department is Customer Service: in French, Service à la clientèle.
    expect(mail.parsed.text).toMatch(/Jordan\nService à la clientèle/)
    expect(mail.parsed.references).toContain('<camille.1@example.ca>')
    expect(String(mail.parsed.messageId)).toContain(doc.reference)
  })

  it('nobody without a first name or department can send; the public and other departments cannot reply', async () => {
    const doc = await openCase(harness.payload, {
      channel: 'web',
      kind: 'general',
      language: 'en',
      message: 'Question',
      email: 'q@example.ca',
      department: departments['Public Works']!,
    })
    const writer = harness.user('writer@city.example')
    expect(
      (
        await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
          as: 'writer@city.example',
          body: { message: 'Hi' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
          body: { message: 'Hi' },
        })
      ).status,
    ).toBe(401)
    await harness.payload.update({
      collection: USERS,
      id: writer.id,
      data: { department: null },
      overrideAccess: true,
    })
    await harness.payload.update({
      collection: CORRESPONDENCE,
      id: doc.id,
      data: { assignee: writer.id as number },
      overrideAccess: true,
      context: { desk: true },
    })
    const refused = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: 'writer@city.example',
      body: { message: 'Hi' },
    })
    expect(refused.status).toBe(422)
    expect(refused.body.errors[0]).toMatchObject({ field: 'department' })
    expect(refused.body.errors[0].message).toMatch(/department/)
    await harness.payload.update({
      collection: USERS,
      id: writer.id,
      data: { department: departments['Corporate Communications'] as number },
      overrideAccess: true,
    })
  })

  it('a reply that asks a question waits on the customer; their answer restarts the clock; closing asks once for a rating', async () => {
    const doc = await openCase(harness.payload, {
      channel: 'web',
      kind: 'general',
      language: 'en',
      message: 'My tree fell.',
      email: 'tree@example.ca',
    })
    const asked = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: 'desk@city.example',
      body: { message: 'Which street is it on?', awaitCustomer: true },
    })
    expect(asked.body.doc.state).toBe('waiting-on-customer')
    await drainOutbox(harness.payload)
    const question = sink.to('tree@example.ca').at(-1)!
    await mailer().sendMail({
      from: 'tree@example.ca',
      to: 'contact@city.example',
      subject: `Re: ${question.parsed.subject}`,
      text: 'Oak Street.',
      inReplyTo: question.parsed.messageId!,
    })
    const back = await caseByReference(doc.reference)
    expect(back.state).toBe('new')
    // The answer to a reply is owed the next reply: 2 business days from it (the default target).
    const calendar = await loadCalendar(harness.payload)
    expect(back.responseDueAt).toBe(
      responseDue(new Date(back.lastCustomerMessageAt!), calendar, 2).dueAt.toISOString(),
    )
    const closed = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/close`, {
      as: 'desk@city.example',
      body: {},
    })
    expect(closed.body.doc.state).toBe('closed')
    await drainOutbox(harness.payload)
    const closing = sink.to('tree@example.ca').at(-1)!
    const link = /https?:\/\/\S+\/api\/correspondence\/survey\?t=[\w.-]+/.exec(
      closing.parsed.text ?? '',
    )![0]
    const path = link.replace(/^https?:\/\/[^/]+\/api/, '')
    const token = new URL(link).searchParams.get('t')!
    expect((await harness.rest('GET', path)).status).toBe(200)
    const first = await harness.rest('POST', `/${CORRESPONDENCE}/survey`, {
      body: { t: token, score: '4', comment: 'Quick' },
    })
    expect(String(first.body)).toContain('Thank you for telling us')
    const second = await harness.rest('POST', `/${CORRESPONDENCE}/survey`, {
      body: { t: token, score: '1' },
    })
    expect(String(second.body)).toContain('already answered')
    const after = await caseByReference(doc.reference)
    expect(after.satisfaction).toBe(4)
    const forged = await harness.rest(
      'GET',
      `/${CORRESPONDENCE}/survey?t=${doc.id}.${'A'.repeat(43)}`,
    )
    expect(forged.status).toBe(404)
  })
})

describe('the clock: written 3 business days, telephone 2, on the City calendar', () => {
  beforeAll(async () => {
    await harness.payload.updateGlobal({
      slug: CITY_CALENDAR,
      data: {
        observedOptional: ['Civic Holiday'],
        closures: [{ date: '2026-12-30', reason: 'Ice storm' }],
      },
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    await harness.payload.updateGlobal({
      slug: CITY_CALENDAR,
      data: { closures: [] },
      overrideAccess: true,
    })
  })

  it.each([
    ['letter', '2026-12-04T16:00:00-05:00', '2026-12-09'], // a Friday: the weekend does not count
    ['phone', '2026-12-04T16:00:00-05:00', '2026-12-08'],
    ['web', '2026-12-24T10:00:00-05:00', '2027-01-04'], // Christmas, Boxing Day observed, the closure, New Year's Day
    ['phone', '2026-12-24T10:00:00-05:00', '2026-12-31'],
    ['counter', '2026-07-31T12:00:00-04:00', '2026-08-05'], // the Civic Holiday
  ] as const)('%s received %s is due by the end of %s', async (channel, received, due) => {
    const doc = await openCase(harness.payload, {
      channel,
      kind: 'general',
      language: 'en',
      message: 'Clock check.',
      receivedAt: new Date(received),
    })
    expect(doc.responseDueAt).toBe(endOfDay(due).toISOString())
  })

  it('staff log a call through the same endpoint: 2 business days', async () => {
    const answer = await harness.rest('POST', `/${CORRESPONDENCE}`, {
      as: 'desk@city.example',
      body: {
        channel: 'phone',
        contactName: 'Lee Caller',
        phone: '519-555-0142',
        message: 'Asked about the pool hours.',
      },
    })
    expect(answer.status).toBe(201)
    expect(answer.body.doc).toMatchObject({ channel: 'phone', state: 'new' })
    const thread = await messagesOf(answer.body.doc.id)
    expect(thread[0]).toMatchObject({ direction: 'call', authorName: 'Jordan Roy' })
  })
  it('the admin’s create form (its `_payload` post) opens a case the same way', async () => {
    const answer = await harness.rest('POST', `/${CORRESPONDENCE}?depth=0&fallback-locale=null`, {
      as: 'desk@city.example',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        _payload: JSON.stringify({
          channel: 'counter',
          kind: 'compliment',
          language: 'en',
          contactName: 'Visitor',
          message: 'Thanked the front desk for the help with a permit.',
        }),
      }).toString(),
    })
    expect(answer.status).toBe(201)
    expect(answer.body.doc).toMatchObject({ channel: 'counter', kind: 'compliment' })
    expect(answer.body.doc.reference).toMatch(/^C-\d{4}-\d{6}$/)
  })
})

describe('the standards report', () => {
  it('counts a met and a missed case, with the percentage and the median time to first reply', async () => {
    const department = await harness.payload.create({
      collection: DEPARTMENTS,
      data: { name: 'Standards Test', nameFr: 'Essai des normes' },
      overrideAccess: true,
    })
    const now = Date.now()
    const late = await openCase(harness.payload, {
      channel: 'web',
      kind: 'general',
      language: 'en',
      message: 'Old question.',
      receivedAt: new Date(now - 12 * 86_400_000),
      department: department.id,
    })
    const onTime = await openCase(harness.payload, {
      channel: 'web',
      kind: 'general',
      language: 'en',
      message: 'New question.',
      department: department.id,
    })
    for (const doc of [late, onTime])
      expect(
        (
          await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
            as: 'desk@city.example',
            body: { message: 'We answered by phone.', via: 'phone' },
          })
        ).status,
      ).toBe(200)
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
    const from = day(now - 40 * 86_400_000)
    const to = day(now + 86_400_000)
    const report = await harness.rest('GET', `/${CORRESPONDENCE}/standards?from=${from}&to=${to}`, {
      as: 'manager@city.example',
    })
    expect(report.status).toBe(200)
    const rows = report.body.rows.filter(
      (r: { department: string }) => r.department === 'Standards Test',
    )
    const sum = (key: string) =>
      rows.reduce((n: number, r: Record<string, number>) => n + r[key]!, 0)
    expect([sum('received'), sum('met'), sum('missed')]).toEqual([2, 1, 1])
    const csv = await harness.rest(
      'GET',
      `/${CORRESPONDENCE}/standards?from=${from}&to=${to}&format=csv`,
      { as: 'manager@city.example' },
    )
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(String(csv.body)).toContain('Standards Test')
    const bad = await harness.rest(
      'GET',
      `/${CORRESPONDENCE}/standards?from=2026-12-31&to=2026-01-01`,
      { as: 'manager@city.example' },
    )
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('from')
  })
})

describe('reminders, escalation and the sponsor inquiries', () => {
  it('each assignee gets one digest of today’s replies; an overdue case goes to its department’s manager once', async () => {
    const manager = harness.user('manager@city.example')
    await harness.payload.update({
      collection: DEPARTMENTS,
      id: departments['Parks and Recreation']!,
      data: { manager: manager.id as number },
      overrideAccess: true,
    })
    const desk = harness.user('desk@city.example')
    // Thursday 2026-12-03 at 08:30 Toronto: a case received Monday the 30th at 10:00 is due today.
    const morning = new Date('2026-12-03T08:30:00-05:00')
    const dueToday = await openCase(harness.payload, {
      channel: 'web',
      kind: 'general',
      language: 'en',
      subject: 'Due today',
      message: 'x',
      receivedAt: new Date('2026-11-30T10:00:00-05:00'),
      assignee: desk.id,
      department: departments['Parks and Recreation']!,
    })
    expect(await sendDueTodayDigests(harness.payload, morning)).toBeGreaterThanOrEqual(1)
    expect(await sendDueTodayDigests(harness.payload, morning)).toBe(0)
    await drainOutbox(harness.payload)
    // The desk's address gets other mail too (new cases, assignments), delivered in whatever order
    // the outbox's workers reach it: the digest is found by what it says, not by arriving last.
    const digests = sink
      .to('desk@city.example')
      .filter((m) => m.parsed.subject?.startsWith('Replies due today'))
      .filter((m) => m.parsed.text?.includes(dueToday.reference!))
    expect(digests).toHaveLength(1)

    // The 5-second pass runs in the background on the real clock, for which this case is overdue
    // too: whichever of it and these calls comes first escalates the case, and only once.
    const overdue = new Date('2026-12-04T09:00:00-05:00')
    await escalateOverdue(harness.payload, overdue)
    await escalateOverdue(harness.payload, overdue)
    await drainOutbox(harness.payload)
    const notices = sink
      .to('manager@city.example')
      .filter((m) => m.parsed.subject?.includes(dueToday.reference))
    expect(notices).toHaveLength(1)
    const trail = await harness.payload.find({
      collection: DESK_AUDIT,
      where: { case: { equals: dueToday.id } },
      overrideAccess: true,
    })
    expect(trail.docs.map((d) => d.action)).toEqual(expect.arrayContaining(['opened', 'escalated']))
  })

  it('POST /api/sponsor-inquiries answers with the desk reference and the reply-by date; the pipeline’s first contact is the case’s first reply', async () => {
    const answer = await harness.rest('POST', `/${SPONSOR_INQUIRIES}`, {
      body: {
        organisation: 'Riverside Bakery',
        contactName: 'Ana Baker',
        email: 'ana@bakery.example',
        message: 'We would like to sponsor the summer concerts.',
        consent: true,
        language: 'en',
      },
      headers: { 'x-forwarded-for': ip() },
    })
    expect(answer.status).toBe(201)
    expect(answer.body.doc.reference).toMatch(/^C-\d{4}-\d{6}$/)
    const doc = await caseByReference(answer.body.doc.reference)
    expect(doc).toMatchObject({ kind: 'sponsorship', sponsorInquiry: answer.body.doc.id })
    // The inquiry promises what the case's clock says: 3 business days, the same instant.
    expect(answer.body.doc.responseDueAt).toBe(doc.responseDueAt)
    const contacted = await harness.rest(
      'POST',
      `/${SPONSOR_INQUIRIES}/${answer.body.doc.id}/pipeline`,
      {
        as: 'sponsorship@city.example',
        body: { action: 'contact' },
      },
    )
    expect(contacted.status).toBe(200)
    expect(await caseByReference(doc.reference!)).toMatchObject({
      state: 'answered',
      standardMet: true,
    })
  })

  it('an access request gathers one person’s records; the desk only', async () => {
    const refused = await harness.rest('GET', `/${CORRESPONDENCE}/export?email=pat@example.ca`, {
      as: 'writer@city.example',
    })
    expect(refused.status).toBe(403)
    const records = await harness.rest('GET', `/${CORRESPONDENCE}/export?email=PAT@example.ca`, {
      as: 'desk@city.example',
    })
    expect(records.status).toBe(200)
    expect(records.body.correspondence).toHaveLength(1)
    expect(records.body.correspondence[0].messages.length).toBeGreaterThanOrEqual(3)
  })
})
