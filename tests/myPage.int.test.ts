import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { demoAddresses } from '../cms/addresses/core/demoCity'
import {
  CORRESPONDENCE,
  CORRESPONDENCE_MESSAGES,
  RATE_LIMIT_HITS,
  RESIDENT_LINKS,
  SERVICE_REQUEST_EVENTS,
} from '../cms/core/slugs'
import { openCase } from '../cms/desk/cases'
import { closeOutboxTransporter } from '../cms/email/transport'
import { seedDemo311 } from '../cms/seed/seed'
import { submitRequest } from '../cms/servicerequests/intake'
import { type Harness, startHarness } from './helpers/harness'
import { drainOutbox } from './helpers/outbox'
import { startSmtpSink } from './helpers/smtpSink'

/**
 * A resident's own page end to end, over HTTP as a browser without JavaScript uses it: the link
 * asked and emailed (real SMTP on loopback), opened once, the page listing exactly that person's
 * cases and 311 reports, its forms, and every way the link or session fails.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
const ME = 'pat.resident@example.ca'
const OTHER = 'someone.else@example.ca'
const mine: Record<string, string> = {}
const theirs: Record<string, string> = {}

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness()
  process.env.SMTP_URL = sink.url
  await seedDemo311(harness.payload)
  const spot = demoAddresses().find((a) => a.number === '21' && a.street === 'King Street')!
  for (const [email, into] of [
    [ME, mine],
    [OTHER, theirs],
  ] as const) {
    const doc = await openCase(harness.payload, {
      channel: 'web',
      kind: 'general',
      language: 'en',
      subject: `Snow on Elm for ${email}`,
      message: 'The plough missed Elm Street.',
      email,
    })
    into.case = doc.reference
    into.caseId = String(doc.id)
    const report = await submitRequest(harness.payload, {
      serviceCode: 'PARK_MAINTENANCE',
      lat: spot.lat,
      long: spot.long,
      channel: 'web',
      email,
      description: `Broken bench, told by ${email}`,
    })
    if (report.kind !== 'created') throw new Error(report.kind)
    into.request = report.doc.reference
    into.requestId = String(report.doc.id)
  }
})
afterAll(async () => {
  closeOutboxTransporter()
  delete process.env.SMTP_URL
  await harness?.close()
  await sink?.close()
})

/** A new hour for the address's limit (3 links an hour): the tests below ask for several. */
const newHour = () =>
  harness.payload.delete({
    collection: RATE_LIMIT_HITS,
    where: { key: { like: 'my-link-address:' } },
    overrideAccess: true,
  })
const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`
const ask = (email: string, language = 'en', from = ip()) =>
  harness.rest('POST', '/my/link', {
    body: { email, language },
    headers: { 'x-forwarded-for': from },
  })
const linkIn = async (email: string) => {
  await drainOutbox(harness.payload)
  const mail = sink.to(email).at(-1)!
  return /https?:\/\/\S+\/api\/my\/open\?t=[\w-]+/.exec(mail.parsed.text ?? '')![0]
}
const path = (url: string) => url.replace(/^https?:\/\/[^/]+\/api/, '')
const open = async (url: string) => {
  const answer = await harness.rest('GET', path(url))
  return {
    status: answer.status,
    cookie: answer.headers.get('set-cookie'),
    text: String(answer.body),
  }
}
const cookieOf = (setCookie: string) => setCookie.split(';')[0]!
const page = async (cookie: string, query = '') => {
  const answer = await harness.rest('GET', `/my${query}`, { headers: { cookie } })
  return { status: answer.status, html: String(answer.body) }
}
const post = (cookie: string, to: string, fields: Record<string, string>) =>
  harness.rest('POST', `/my/${to}`, {
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  })
const postForm = (cookie: string, to: string, form: FormData) =>
  harness.rest('POST', `/my/${to}`, { headers: { cookie }, body: form })
const tokenIn = (html: string) => /name="token" value="([^"]+)"/.exec(html)![1]!

describe('asking for a link', () => {
  it('answers 202 and the same words for a known and an unknown address; an emailed link either way', async () => {
    const known = await ask(ME)
    const unknown = await ask('nobody.here@example.ca')
    expect(known.status).toBe(202)
    expect(unknown.status).toBe(202)
    expect(unknown.body).toEqual(known.body)
    await drainOutbox(harness.payload)
    expect(sink.to(ME).at(-1)!.parsed.subject).toBe('Your link to your cases and reports')
    expect(sink.to('nobody.here@example.ca')).toHaveLength(1)
    const stored = await harness.payload.find({
      collection: RESIDENT_LINKS,
      where: { email: { equals: ME } },
      overrideAccess: true,
    })
    // Only the hash is kept: the emailed secret is nowhere in the database.
    const secret = new URL(await linkIn(ME)).searchParams.get('t')!
    expect(JSON.stringify(stored.docs)).not.toContain(secret)
    const bad = await ask('not an address')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('email')
  })

  it('a form without JavaScript gets a page; a fourth link to one address in the hour is not sent, and nothing says so', async () => {
    const form = await harness.rest('POST', '/my/link', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip() },
      body: new URLSearchParams({ email: 'fourth@example.ca', language: 'fr' }).toString(),
    })
    expect(form.status).toBe(202)
    const html = String(form.body)
    expect(html).toContain('<html lang="fr-CA">')
    expect(html).toContain('Consultez vos courriels')
    for (let i = 0; i < 3; i += 1) expect((await ask('fourth@example.ca')).status).toBe(202)
    await drainOutbox(harness.payload)
    expect(sink.to('fourth@example.ca')).toHaveLength(3)
  })

  it('one connection asking too often is told to wait', async () => {
    const from = '203.0.113.77'
    const statuses = []
    for (let i = 0; i < 11; i += 1)
      statuses.push((await ask(`n${i}@example.ca`, 'en', from)).status)
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true)
    expect(statuses[10]).toBe(429)
  })
})

describe('the page', () => {
  beforeEach(newHour)

  it('shows exactly this person’s cases and reports; the link works once', async () => {
    await ask(ME)
    const link = await linkIn(ME)
    const first = await open(link)
    expect(first.status).toBe(303)
    expect(first.cookie).toMatch(
      /^civic_my=[\w-]{43}; Path=\/api\/my; HttpOnly; SameSite=Lax; Max-Age=43200/,
    )
    const cookie = cookieOf(first.cookie!)
    const { status, html } = await page(cookie)
    expect(status).toBe(200)
    expect(html).toContain(mine.case)
    expect(html).toContain(mine.request)
    expect(html).toContain('The plough missed Elm Street.')
    expect(html).not.toContain(theirs.case)
    expect(html).not.toContain(theirs.request)
    expect(html).not.toContain(OTHER)
    // Used once: again, from this browser or another, it opens nothing.
    const again = await open(link)
    expect(again.status).toBe(410)
    expect(again.cookie).toBeNull()
    expect(again.text).toContain('This link was already used')
  })

  it('a link older than 30 minutes, a made-up one and an ended session open nothing', async () => {
    await ask(ME)
    const link = await linkIn(ME)
    const hashOf = (await import('../cms/desk/my/core')).hashOf
    const secret = new URL(link).searchParams.get('t')!
    await harness.payload.update({
      collection: RESIDENT_LINKS,
      where: { tokenHash: { equals: hashOf(secret) } },
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    expect((await open(link)).status).toBe(410)
    expect((await open(link.replace(/t=.*/, `t=${'A'.repeat(43)}`))).status).toBe(410)
    expect((await open(link.replace(/t=.*/, 't=short'))).status).toBe(410)
    await newHour()
    await ask(ME)
    const fresh = cookieOf((await open(await linkIn(ME))).cookie!)
    await harness.payload.update({
      collection: RESIDENT_LINKS,
      where: { email: { equals: ME }, usedAt: { exists: true } },
      data: { sessionExpiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const ended = await page(fresh)
    expect(ended.status).toBe(401)
    expect(ended.html).toContain('Your page has closed')
    expect(ended.html).not.toContain(mine.case)
  })

  it('adds a message, closes a case and comments on a report; never another’s, never without the token', async () => {
    await ask(ME)
    const cookie = cookieOf((await open(await linkIn(ME))).cookie!)
    const token = tokenIn((await page(cookie)).html)
    const added = await post(cookie, `cases/${mine.caseId}/message`, {
      token,
      message: 'It snowed again last night.',
    })
    expect(added.status).toBe(303)
    const thread = await harness.payload.find({
      collection: CORRESPONDENCE_MESSAGES,
      where: { case: { equals: Number(mine.caseId) }, direction: { equals: 'in' } },
      overrideAccess: true,
    })
    expect(thread.docs.map((m) => m.body)).toContain('It snowed again last night.')
    expect((await page(cookie, '?done=added')).html).toContain('Your message is added')

    expect(
      (await post(cookie, `cases/${mine.caseId}/message`, { message: 'no token' })).status,
    ).toBe(403)
    expect(
      (await post(cookie, `cases/${theirs.caseId}/message`, { token, message: 'not mine' })).status,
    ).toBe(404)
    expect(
      (await post(cookie, `cases/${mine.caseId}/message`, { token, message: ' ' })).status,
    ).toBe(400)

    expect((await post(cookie, `cases/${mine.caseId}/close`, { token })).status).toBe(303)
    const closed = await harness.payload.findByID({
      collection: CORRESPONDENCE,
      id: Number(mine.caseId),
      overrideAccess: true,
    })
    expect(closed.state).toBe('closed')

    const form = new FormData()
    form.set('token', token)
    form.set('message', 'The bench is still broken.')
    const commented = await postForm(cookie, `requests/${mine.requestId}/comment`, form)
    expect(commented.status).toBe(303)
    const events = await harness.payload.find({
      collection: SERVICE_REQUEST_EVENTS,
      where: { request: { equals: Number(mine.requestId) }, action: { equals: 'comment' } },
      overrideAccess: true,
    })
    expect(events.docs.map((e) => e.notes)).toContain('The bench is still broken.')
    const refused = new FormData()
    refused.set('token', token)
    refused.set('message', 'Not my report')
    const other = await postForm(cookie, `requests/${theirs.requestId}/comment`, refused)
    expect(other.status).toBe(404)

    const out = await post(cookie, 'signout', { token })
    expect(out.status).toBe(200)
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0')
    expect((await page(cookie)).status).toBe(401)
  })
})
