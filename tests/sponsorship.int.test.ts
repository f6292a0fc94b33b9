import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  CITY_CALENDAR,
  SPONSOR_INQUIRIES,
  SPONSORSHIP_AUDIT,
  SPONSORSHIP_PACKAGES,
} from '../cms/core/slugs'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { expectInstantBetween } from './helpers/instant'
import { sendOutbox } from '../cms/outbox/run'
import { drainOutbox } from './helpers/outbox'
import { startSmtpSink } from './helpers/smtpSink'
import { sponsorshipPipelineContract } from './contracts/sponsorship.contract'

/**
 * Sponsor inquiries end to end through Payload's REST handler, with the acknowledgement parsed at a real
 * SMTP server on loopback: public create and refused reads, the reply-by date on the City calendar,
 * policy screening and approval, and two agreements racing for a package's last slot.
 */
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let ipCounter = 0
const nextIp = () => `203.0.113.${(ipCounter += 1)}`

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness({ env: { SMTP_URL: sink.url } })
})
afterAll(async () => {
  delete process.env.SMTP_URL
  await harness?.close()
  await sink?.close()
})
afterEach(() => {
  vi.useRealTimers()
  sink.setFault(() => null)
})

const COORDINATOR = 'sponsorship@city.example'

const publishedPackage = async (title: string, extra: Record<string, unknown> = {}) =>
  harness.payload.create({
    collection: SPONSORSHIP_PACKAGES,
    data: {
      ...validContent(SPONSORSHIP_PACKAGES, title),
      _status: 'published',
      workflowState: 'published',
      ...extra,
    } as never,
    overrideAccess: true,
    context: { seed: true },
  })

const inquiry = (extra: Record<string, unknown> = {}) => ({
  organisation: 'Riverside Credit Union',
  contactName: 'Jordan Lee',
  email: `jordan${(ipCounter += 1)}@riverside-cu.example`,
  phone: '519-555-0199',
  message: 'We would like to present the fireworks this year.',
  consent: true,
  ...extra,
})

const send = (body: Record<string, unknown>, ip = nextIp()) =>
  harness.rest('POST', `/${SPONSOR_INQUIRIES}`, { body, headers: { 'x-forwarded-for': ip } })
const step = (id: number, action: string, as = COORDINATOR, extra: Record<string, unknown> = {}) =>
  harness.rest('POST', `/${SPONSOR_INQUIRIES}/${id}/pipeline`, { as, body: { action, ...extra } })
const stored = async (id: number) =>
  (await harness.payload.findByID({
    collection: SPONSOR_INQUIRIES,
    id,
    overrideAccess: true,
    depth: 0,
  })) as unknown as Record<string, any>

describe('the public sends an inquiry', () => {
  it('creates without signing in; the answer carries the desk reference and reply-by date, nothing internal; nobody unauthenticated reads one back', async () => {
    const pkg = await publishedPackage('Canada Day fireworks')
    const created = await send(inquiry({ package: pkg.id }))
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    for (const hidden of ['assignedTo', 'notes', 'sector', 'screening', 'approval', 'state'])
      expect(created.body.doc).not.toHaveProperty(hidden)
    expect(created.body.doc.reference).toMatch(/^C-\d{4}-\d{6}$/)
    expect(created.body.doc.responseDueAt).toBe((await stored(id)).responseDueAt)
    expect((await harness.rest('GET', `/${SPONSOR_INQUIRIES}`)).status).toBe(403)
    expect((await harness.rest('GET', `/${SPONSOR_INQUIRIES}/${id}`)).status).toBe(403)
    expect(
      (await harness.rest('GET', `/${SPONSOR_INQUIRIES}?where[email][like]=jordan`)).status,
    ).toBe(403)
    expect(
      (await harness.rest('GET', `/${SPONSOR_INQUIRIES}/${id}`, { as: 'writer@city.example' }))
        .status,
    ).toBe(403)
    expect(
      (await harness.rest('GET', `/${SPONSOR_INQUIRIES}/${id}`, { as: COORDINATOR })).status,
    ).toBe(200)
  })

  it("the sponsor gets an acknowledgement signed with the coordinator's first name and department, with the reply-by date", async () => {
    const pkg = await publishedPackage('Winterlude skating rink')
    const email = 'ack@sponsor.example'
    const created = await send(inquiry({ package: pkg.id, email, contactName: 'Alex Martin' }))
    expect(created.status).toBe(201)
    await drainOutbox(harness.payload)
    const mail = sink.to(email)
    expect(mail).toHaveLength(1)
    const text = mail[0]!.parsed.text ?? ''
    expect(mail[0]!.parsed.subject).toMatch(/^We have your sponsorship inquiry \(C-\d{4}-\d{6}\)$/)
    expect(text).toContain('Hello Alex Martin,')
    expect(text).toContain('"Winterlude skating rink"')
    // Sam Lee, Corporate Sponsorship: the seeded coordinator.
    expect(text).toMatch(/\nSam\nCorporate Sponsorship\n/)
    expect(mail[0]!.parsed.replyTo?.text).toContain('sponsorship@city.example')
    const doc = await stored(created.body.doc.id)
    const due = new Intl.DateTimeFormat('en-CA', {
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'America/Toronto',
    }).format(new Date(doc.responseDueAt))
    expect(text).toContain(`I will reply by ${due}.`)
    expectInstantBetween(doc.acknowledgedAt, doc.createdAt)
    // Coordinators hear about it, with the deadline and a link to the admin.
    const notice = sink.to('sponsorship@city.example').at(-1)!
    expect(notice.parsed.subject).toBe(
      `New sponsorship inquiry ${mail[0]!.parsed.subject!.match(/C-\d{4}-\d{6}/)![0]}: Riverside Credit Union`,
    )
    expect(notice.parsed.text).toContain(`/admin/collections/${SPONSOR_INQUIRIES}/${doc.id}`)
  })

  it('French acknowledgement for a French inquiry', async () => {
    const email = 'fr@sponsor.example'
    expect((await send(inquiry({ email, language: 'fr', contactName: 'Camille' }))).status).toBe(
      201,
    )
    await drainOutbox(harness.payload)
    const text = sink.to(email)[0]!.parsed.text ?? ''
    expect(text).toContain('Bonjour Camille,')
    expect(text).toMatch(/Je vous répondrai au plus tard le \S+ \d+ \S+ \d{4}\./u)
  })

  it('reply-by: an inquiry at 23:30 on a Friday in Toronto is due Wednesday; a City closure day pushes it to Thursday', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-05T04:30:00Z')) // Fri 4 Dec 2026, 23:30 EST
    const first = await send(inquiry())
    expect((await stored(first.body.doc.id)).responseDueAt).toBe('2026-12-10T04:59:59.999Z') // end of Wed 9 Dec, Toronto
    await harness.payload.updateGlobal({
      slug: CITY_CALENDAR,
      data: {
        observedOptional: ['Civic Holiday'],
        closures: [{ date: '2026-12-08T12:00:00.000Z', reason: 'Ice storm' }],
      } as never,
      overrideAccess: true,
    })
    const second = await send(inquiry())
    expect((await stored(second.body.doc.id)).responseDueAt).toBe('2026-12-11T04:59:59.999Z') // Thu 10 Dec
    await harness.payload.updateGlobal({
      slug: CITY_CALENDAR,
      data: { closures: [] } as never,
      overrideAccess: true,
    })
    vi.setSystemTime(new Date('2026-12-23T15:00:00Z')) // Wed 23 Dec: Christmas, Boxing Day observed Mon 28
    const third = await send(inquiry())
    expect((await stored(third.body.doc.id)).responseDueAt).toBe('2026-12-31T04:59:59.999Z') // Wed 30 Dec
  })

  it('names each bad field and stores nothing', async () => {
    const before = (
      await harness.payload.count({ collection: SPONSOR_INQUIRIES, overrideAccess: true })
    ).totalDocs
    const answer = await send({
      organisation: '',
      contactName: 'X',
      email: 'not-an-email',
      phone: 'call me',
      message: '',
      consent: false,
    })
    expect(answer.status).toBe(400)
    const paths = (answer.body.errors[0].data.errors as { path: string }[])
      .map((e) => e.path)
      .sort()
    expect(paths).toEqual(['consent', 'email', 'message', 'organisation', 'phone'])
    expect(
      (await harness.payload.count({ collection: SPONSOR_INQUIRIES, overrideAccess: true }))
        .totalDocs,
    ).toBe(before)
  })

  it('a draft package cannot be asked about by the public (its title would leak in the acknowledgement)', async () => {
    const draft = await harness.payload.create({
      collection: SPONSORSHIP_PACKAGES,
      data: validContent(SPONSORSHIP_PACKAGES, 'Secret naming rights') as never,
      draft: true,
      overrideAccess: true,
    })
    const answer = await send(inquiry({ package: draft.id }))
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors).toEqual([
      expect.objectContaining({
        path: 'package',
        message: 'This sponsorship package is not open for inquiries.',
      }),
    ])
  })

  it('a filled honeypot is refused and stores nothing; a sixth inquiry from one address within the hour gets 429', async () => {
    const before = (
      await harness.payload.count({ collection: SPONSOR_INQUIRIES, overrideAccess: true })
    ).totalDocs
    expect((await send(inquiry({ homepage: 'http://spam.example' }))).status).toBe(400)
    expect(
      (await harness.payload.count({ collection: SPONSOR_INQUIRIES, overrideAccess: true }))
        .totalDocs,
    ).toBe(before)
    const ip = '198.51.100.200'
    const answers = []
    for (let i = 0; i < 6; i += 1) answers.push((await send(inquiry(), ip)).status)
    expect(answers).toEqual([201, 201, 201, 201, 201, 429])
    const sameAddress = []
    for (let i = 0; i < 4; i += 1)
      sameAddress.push((await send(inquiry({ email: 'flood@victim.example' }))).status)
    expect(sameAddress).toEqual([201, 201, 201, 429])
  })

  it('the site form (no JavaScript) gets a confirmation page naming who answers and by when, or a list of fixes', async () => {
    const pkg = await publishedPackage('Library summer reading')
    const form = new URLSearchParams({
      organisation: 'Bookworms Inc.',
      contactName: 'Robin',
      email: 'robin@bookworms.example',
      package: String(pkg.id),
      message: 'Count us in.',
      consent: 'yes',
      homepage: '',
    })
    const page = await harness.rest('POST', `/${SPONSOR_INQUIRIES}/form`, {
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': nextIp() },
    })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<h1>Thank you: we have your inquiry</h1>')
    expect(page.body).toMatch(
      /Sam from Corporate Sponsorship will reply by <strong>\w+day, \w+ \d+, \d{4}<\/strong>/,
    )
    expect(page.body).toMatch(/C-\d{4}-\d{6}/)
    const bad = await harness.rest('POST', `/${SPONSOR_INQUIRIES}/form`, {
      body: new URLSearchParams({
        organisation: 'X',
        contactName: 'Y',
        email: 'nope',
        message: 'Hi',
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': nextIp() },
    })
    expect(bad.status).toBe(400)
    expect(bad.body).toContain(
      '<strong>Email:</strong> Enter an email address like name@example.com.',
    )
    expect(bad.body).toContain('<strong>Permission to contact you:</strong>')
    const french = await harness.rest('POST', `/${SPONSOR_INQUIRIES}/form`, {
      body: new URLSearchParams({
        ...Object.fromEntries(form),
        email: 'camille@livres.example',
        language: 'fr',
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': nextIp() },
    })
    expect(french.body).toContain('<html lang="fr-CA">')
    // Signed with the department's French name.
    expect(french.body).toMatch(
      /Sam, Commandites, vous répondra au plus tard le <strong>\S+ \d+ \S+ \d{4}<\/strong>/u,
    )
    const bot = await harness.rest('POST', `/${SPONSOR_INQUIRIES}/form`, {
      body: new URLSearchParams({
        ...Object.fromEntries(form),
        email: 'bot@spam.example',
        homepage: 'x',
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': nextIp() },
    })
    expect(bot.status).toBe(200)
    expect(
      (
        await harness.payload.count({
          collection: SPONSOR_INQUIRIES,
          where: { email: { equals: 'bot@spam.example' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('when the mail server refuses, the inquiry is kept and the outbox delivers the acknowledgement once when it accepts', async () => {
    const email = 'later@sponsor.example'
    sink.setFault((to) => (to === email ? { code: 451, message: 'Try again later' } : null))
    const created = await send(inquiry({ email }))
    expect(created.status).toBe(201)
    await drainOutbox(harness.payload)
    expect(sink.to(email)).toHaveLength(0)
    sink.setFault(() => null)
    // The 451 was retried on the outbox's schedule (30 s later): run it as if that time had come.
    await sendOutbox(harness.payload, { now: () => new Date(Date.now() + 60_000) })
    expect(sink.to(email)).toHaveLength(1)
    await sendOutbox(harness.payload, { now: () => new Date(Date.now() + 3_600_000) })
    expect(sink.to(email)).toHaveLength(1)
  })
})

sponsorshipPipelineContract(() => harness)

describe('the pipeline', () => {
  const toProposal = async (
    packageId: number,
    sector: string,
    extra: Record<string, unknown> = {},
  ) => {
    const id = (await send(inquiry({ package: packageId, ...extra }))).body.doc.id as number
    expect((await step(id, 'contact')).status).toBe(200)
    expect((await step(id, 'screen', COORDINATOR, { sector })).status).toBe(200)
    expect((await step(id, 'propose')).status).toBe(200)
    return id
  }

  it('moves new → contacted → proposal → agreement → active → fulfilled, each step audited; the first contact is the reply', async () => {
    const pkg = await publishedPackage('Arts festival stage', { totalSlots: 3 })
    const before = new Date()
    const id = await toProposal(pkg.id, 'Banking and finance')
    const steps = (
      await harness.rest('GET', `/${SPONSOR_INQUIRIES}/${id}/pipeline/history`, { as: COORDINATOR })
    ).body.docs as { action: string; at: string }[]
    // The reply is the contact step: respondedAt is that moment, not the screening or proposal after it.
    expectInstantBetween(
      (await stored(id)).respondedAt,
      before,
      steps.find((e) => e.action === 'contact')!.at,
    )
    for (const action of ['agree', 'activate', 'fulfil'])
      expect((await step(id, action)).status).toBe(200)
    const doc = await stored(id)
    expect(doc).toMatchObject({ state: 'fulfilled', committedValue: 5000 })
    const history = await harness.rest('GET', `/${SPONSOR_INQUIRIES}/${id}/pipeline/history`, {
      as: COORDINATOR,
    })
    expect(
      history.body.docs.map(
        (e: { action: string; fromState: string; toState: string }) =>
          `${e.action}:${e.fromState}>${e.toState}`,
      ),
    ).toEqual([
      'contact:new>contacted',
      'screen:contacted>contacted',
      'propose:contacted>proposal',
      'agree:proposal>agreement',
      'activate:agreement>active',
      'fulfil:active>fulfilled',
    ])
    expect(history.body.docs[0].actorName).toBe('Sam Lee')
    expect((await step(id, 'decline', COORDINATOR, { comment: 'too late' })).status).toBe(409)
    expect(
      (
        await harness.payload.find({
          collection: SPONSORSHIP_AUDIT,
          where: { inquiry: { equals: id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(6)
  })

  it('refuses unknown actions, out-of-order steps and people outside sponsorship, with reasons', async () => {
    const id = (await send(inquiry())).body.doc.id as number
    expect((await step(id, 'teleport')).body.errors[0]).toMatchObject({ field: 'action' })
    expect((await step(id, 'activate')).status).toBe(409)
    expect((await step(id, 'contact', 'writer@city.example')).status).toBe(403)
    expect(
      (
        await harness.rest('POST', `/${SPONSOR_INQUIRIES}/${id}/pipeline`, {
          body: { action: 'contact' },
        })
      ).status,
    ).toBe(401)
    const options = await harness.rest('GET', `/${SPONSOR_INQUIRIES}/${id}/pipeline`, {
      as: COORDINATOR,
    })
    expect(options.body.actions.map((a: { action: string }) => a.action)).toEqual([
      'contact',
      'screen',
      'decline',
    ])
    // A general inquiry (no package) cannot reach an agreement: there is no slot to take.
    await step(id, 'contact')
    await step(id, 'screen', COORDINATOR, { sector: 'Retail' })
    await step(id, 'propose')
    expect((await step(id, 'agree')).body.errors[0]).toMatchObject({ field: 'package' })
  })
})
