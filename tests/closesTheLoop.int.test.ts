import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAddresses } from '../cms/addresses/core/demoCity'
import { localDate } from '../cms/core/businessDays'
import {
  API_CLIENTS,
  DEPARTMENTS,
  SERVICE_REQUEST_EVENTS,
  SERVICE_REQUEST_SETTINGS,
  SERVICE_REQUESTS,
  STATUS_TEMPLATES,
} from '../cms/core/slugs'
import { closeOutboxTransporter } from '../cms/email/transport'
import { seedDemo311 } from '../cms/seed/seed'
import { addFollower } from '../cms/servicerequests/tracking'
import { type Harness, startHarness } from './helpers/harness'
import { startInbound } from './helpers/inbound'
import { requestByReference, xmlItems } from './helpers/requests311'
import { drainOutbox } from './helpers/outbox'
import { startSmtpSink } from './helpers/smtpSink'

/**
 * 311 closing the loop, as residents, apps and FixMyStreet's Open311 client meet it: a safety stop
 * that files nothing on every channel, the duplicate hint kept out of the public notes, paging and
 * the extended attributes, and mySociety's service request updates (GET and POST, JSON and XML).
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let inbound: Awaited<ReturnType<typeof startInbound>> | undefined
let apiKey = ''
const ADMIN = 'admin@city.example'
const main = demoAddresses().find((a) => a.street === 'Main Street' && a.number === '123')!

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness()
  process.env.SMTP_URL = sink.url
  await seedDemo311(harness.payload)
  inbound = await startInbound(harness.payload)
  const created = await harness.rest('POST', `/${API_CLIENTS}`, {
    as: ADMIN,
    body: { name: 'FixMyStreet', contact: 'dev@fms.example', rateLimitPerHour: 1000 },
  })
  apiKey = created.body.doc.apiKey
})
afterAll(async () => {
  closeOutboxTransporter()
  delete process.env.SMTP_URL
  await inbound?.close()
  await harness?.close()
  await sink?.close()
})

const get = (path: string) => harness.rest('GET', `/open311/v2/${path}`)
const postForm = (path: string, fields: Record<string, string>, method = 'POST') =>
  harness.rest(
    method,
    `/open311/v2/${path}`,
    method === 'GET'
      ? {}
      : {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
        },
  )
const count = async () =>
  (await harness.payload.count({ collection: SERVICE_REQUESTS, overrideAccess: true })).totalDocs

const requestOf = (reference: string) => requestByReference(harness.payload, reference)

const signal = (danger: string, more: Record<string, string> = {}) => ({
  api_key: apiKey,
  service_code: 'TRAFFIC_SIGNAL',
  lat: String(main.lat),
  long: String(main.long),
  'attribute[danger]': danger,
  ...more,
})

describe('safety stops and notices', () => {
  it('the definition asks `danger` first, required, and carries the notice as information', async () => {
    const definition = await get('services/TRAFFIC_SIGNAL.json')
    expect(definition.body.attributes[0]).toMatchObject({
      code: 'danger',
      datatype: 'singlevaluelist',
      required: true,
      variable: true,
      values: [
        { key: 'yes', name: 'Yes' },
        { key: 'no', name: 'No' },
      ],
    })
    expect(definition.body.attributes[0].description).toMatch(/lights dark/)
    const fr = await get('services/TRAFFIC_SIGNAL.json?locale=fr')
    expect(fr.body.attributes[0].values[0].name).toBe('Oui')
    const snow = await get('services/SNOW_PLOWING.json')
    expect(snow.body.attributes[0]).toMatchObject({ code: 'notice', variable: false })
    expect(snow.body.attributes[0].description).toMatch(/Main roads and bus routes/)
    const services = await get('services.json')
    const listed = services.body.find((s: any) => s.service_code === 'SNOW_PLOWING')
    expect(listed.description).toMatch(/after a snowfall\. Main roads and bus routes/)
    expect(services.body.find((s: any) => s.service_code === 'TRAFFIC_SIGNAL').metadata).toBe(true)
  })

  it('Open311: the stopping answer is a 400 with what to do, and nothing is stored', async () => {
    const before = await count()
    const stopped = await postForm('requests.json', signal('yes'))
    expect(stopped.status).toBe(400)
    expect(stopped.body).toEqual([{ code: 400, description: expect.stringMatching(/call 911/) }])
    const fr = await postForm('requests.xml', signal('yes', { locale: 'fr' }))
    expect(fr.status).toBe(400)
    expect(xmlItems(fr.body, 'error')[0]!.description).toMatch(/composez le 911/)
    // Not answered: required, like any required question.
    const { 'attribute[danger]': _, ...unanswered } = signal('')
    const missing = await postForm('requests.json', unanswered)
    expect(missing.status).toBe(400)
    expect(missing.body[0].description).toMatch(/attribute\[danger\]/)
    expect(await count()).toBe(before)
    // The other answer files the report.
    const filed = await postForm('requests.json', signal('no'))
    expect(filed.status).toBe(201)
    expect(await count()).toBe(before + 1)
  })

  it('the web form: the stopping answer answers with what to do, and files nothing', async () => {
    const before = await count()
    const stopped = await harness.rest('POST', `/${SERVICE_REQUESTS}/form`, {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': '198.51.100.77',
      },
      body: new URLSearchParams({
        service_code: 'TRAFFIC_SIGNAL',
        address_string: '123 Main Street',
        'attribute[danger]': 'yes',
        language: 'fr',
      }).toString(),
    })
    expect(stopped.status).toBe(200)
    expect(stopped.body).toContain('<h1>Ne signalez pas ceci ici</h1>')
    expect(stopped.body).toMatch(
      /role="alert"><p><strong>C’est un danger immédiat : composez le 911/,
    )
    expect(stopped.body).toContain('/fr/311/signaler/TRAFFIC_SIGNAL/')
    expect(await count()).toBe(before)
  })

  it('staff taking a call meet the same stop', async () => {
    const before = await count()
    const stopped = await harness.rest('POST', `/${SERVICE_REQUESTS}`, {
      as: ADMIN,
      body: {
        serviceCode: 'TRAFFIC_SIGNAL',
        lat: main.lat,
        long: main.long,
        attribute: { danger: 'yes' },
        channel: 'phone',
      },
    })
    expect(stopped.status).toBe(400)
    expect(stopped.body).toMatchObject({
      stopped: true,
      errors: [{ field: 'attribute[danger]', message: expect.stringMatching(/call 911/) }],
    })
    expect(await count()).toBe(before)
  })

  it('an email report, never asked the question, is answered with what to do if it is dangerous', async () => {
    await inbound!.mailer().sendMail({
      from: 'Lee <lee@example.ca>',
      to: '311@city.example',
      subject: 'Traffic light',
      text: 'The traffic light at 123 Main Street is stuck on red.',
      messageId: '<signal.lee@example.ca>',
    })
    await drainOutbox(harness.payload)
    const ack = sink.to('lee@example.ca').at(-1)!.parsed
    expect(ack.subject).toMatch(/Request received: Traffic signal problem/)
    expect(ack.text).toMatch(/^Hello,\n\nIf it is dangerous: This is a danger now: call 911\./)
  })
})

describe('Open311 beyond the core', () => {
  it('a likely duplicate: the hint goes to the poster (service_notice), never to status_notes', async () => {
    const near = {
      api_key: apiKey,
      service_code: 'POTHOLE',
      lat: String(main.lat),
      long: String(main.long),
      'attribute[size]': 'small',
    }
    expect((await postForm('requests.json', near)).status).toBe(201)
    const second = await postForm('requests.json', near)
    expect(second.body[0].service_notice).toMatch(/may duplicate SR-\d{4}-\d{6} \(open, 0 m away\)/)
    const back = await get(`requests/${second.body[0].service_request_id}.json`)
    expect(back.body[0].status_notes).toBe('')
    const events = await harness.payload.find({
      collection: SERVICE_REQUEST_EVENTS,
      where: { action: { equals: 'opened' } },
      sort: '-id',
      limit: 1,
      overrideAccess: true,
    })
    // Staff see it in the history's private details.
    expect(events.docs[0]).toMatchObject({
      notes: null,
      details: expect.stringMatching(/may duplicate/),
    })
  })

  it('pages with page and page_size (at most 1,000), newest first', async () => {
    const all = await get('requests.json')
    expect(all.body.length).toBeGreaterThanOrEqual(4)
    const second = await get('requests.json?page_size=2&page=2')
    expect(second.status).toBe(200)
    expect(second.body.map((r: any) => r.service_request_id)).toEqual(
      all.body.slice(2, 4).map((r: any) => r.service_request_id),
    )
    const first = await get('requests.json?page_size=2')
    expect(first.body.map((r: any) => r.service_request_id)).toEqual(
      all.body.slice(0, 2).map((r: any) => r.service_request_id),
    )
    const tooBig = await get('requests.json?page_size=1001')
    expect(tooBig.status).toBe(400)
    expect(tooBig.body[0].description).toMatch(/`page_size` must be a whole number from 1 to 1,000/)
    expect((await get('requests.json?page=0')).status).toBe(400)
    const beyond = await get('requests.json?page_size=1000&page=5')
    expect(beyond.body).toEqual([])
  })

  it('extensions=true adds the ward, the department, the closing reason and the reopen count', async () => {
    const plain = await get('requests.json?page_size=1')
    expect(plain.body[0].extended_attributes).toBeUndefined()
    const extended = await get('requests.json?page_size=1&extensions=true')
    expect(extended.body[0].extended_attributes).toEqual({
      ward: expect.any(Number),
      ward_name: expect.stringMatching(/\w/),
      department: 'Public Works',
      closing_reason: '',
      reopen_count: 0,
    })
    const xml = await get('requests.xml?page_size=1&extensions=true')
    expect(xmlItems(xml.body, 'extended_attributes')[0]).toMatchObject({ reopen_count: '0' })
  })

  it('an unknown document answers 404 to every method; a read-only one 405 to a post', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
      const answer = await postForm('nothing.json', {}, method)
      expect(answer.status, method).toBe(404)
      expect(answer.body[0].description).toMatch(/There is no nothing\.json/)
    }
    expect((await postForm('requests/SR-2026-000001.json', {}, 'POST')).status).toBe(404)
    expect((await postForm('services.json', {})).status).toBe(405)
    expect((await postForm('requests.json', {}, 'DELETE')).status).toBe(405)
  })
})

describe('service request updates (mySociety’s extension)', () => {
  let reference = ''
  let since = ''

  it('lists a closure: the status, its notes and the City’s time', async () => {
    since = new Date(Date.now() - 1000).toISOString()
    const posted = await postForm('requests.json', {
      api_key: apiKey,
      service_code: 'GRAFFITI',
      lat: String(main.lat),
      long: String(main.long + 0.01),
      'attribute[offensive]': 'no',
    })
    reference = posted.body[0].service_request_id
    const closed = await harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/status`, {
      as: ADMIN,
      body: { state: 'closed', reason: 'resolved', notes: 'Painted over this morning.' },
    })
    expect(closed.status).toBe(200)
    const updates = await get(
      `servicerequestupdates.json?start_date=${encodeURIComponent(since)}&end_date=${encodeURIComponent(new Date(Date.now() + 1000).toISOString())}`,
    )
    expect(updates.status).toBe(200)
    const mine = updates.body.filter((u: any) => u.service_request_id === reference)
    expect(mine).toEqual([
      {
        update_id: expect.stringMatching(/^\d+$|^[a-f0-9]{24}$/),
        service_request_id: reference,
        status: 'closed',
        updated_datetime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$/),
        description: 'Painted over this morning.',
        media_url: '',
      },
    ])
  })

  it('takes a resident’s comment as FixMyStreet posts it (XML), once, into the history', async () => {
    const fields = {
      api_key: apiKey,
      service_request_id: reference,
      update_id: '9001',
      updated_datetime: '2026-12-07T10:00:00-05:00',
      // FixMyStreet sends its own problem's state: fixed there too, so this is only a comment.
      status: 'CLOSED',
      description: 'Still there on the back wall. Call me at 519-555-0142.',
      first_name: 'Pat',
      last_name: 'Resident',
      email: 'pat@example.ca',
      media_url: 'https://fms.example/photo/1.jpeg',
    }
    const first = await postForm('servicerequestupdates.xml', fields)
    expect(first.status).toBe(201)
    const [created] = xmlItems(first.body, 'request_update')
    expect(created!.update_id).toMatch(/\w/)
    // FixMyStreet retries when it does not hear back: the same update_id stores nothing new.
    const again = await postForm('servicerequestupdates.xml', fields)
    expect(again.status).toBe(200)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(xmlItems(again.body, 'request_update')[0]!.update_id).toBe(created!.update_id)
    const comments = await harness.payload.find({
      collection: SERVICE_REQUEST_EVENTS,
      where: { action: { equals: 'comment' } },
      overrideAccess: true,
    })
    expect(comments.docs).toHaveLength(1)
    expect(comments.docs[0]).toMatchObject({
      public: true,
      notes: 'Still there on the back wall. Call me at [removed].',
      actorName: 'FixMyStreet',
      mediaUrl: 'https://fms.example/photo/1.jpeg',
      details: expect.stringContaining('Pat Resident; pat@example.ca'),
    })
    // The next updates answer (XML, one request) carries it, without the resident's name.
    const xml = await get(`servicerequestupdates.xml?service_request_id=${reference}`)
    const items = xmlItems(xml.body, 'request_update')
    expect(items.map((u) => u.description)).toEqual([
      'Painted over this morning.',
      'Still there on the back wall. Call me at [removed].',
    ])
    expect(items[1]).toMatchObject({
      update_id: created!.update_id,
      service_request_id: reference,
      media_url: 'https://fms.example/photo/1.jpeg',
    })
    expect(xml.body).not.toContain('Pat')
    expect(xml.body).not.toContain('pat@example.ca')
    // And the public status page shows it in the history.
    const page = await harness.rest('GET', `/${SERVICE_REQUESTS}/track/${reference}`)
    expect(page.body).toContain('Still there on the back wall.')
  })

  it('status=open on a closed request is “still not fixed”: it reopens, once per update_id', async () => {
    const fields = {
      api_key: apiKey,
      service_request_id: reference,
      update_id: '9002',
      status: 'OPEN',
      description: 'The paint is already peeling off.',
      email: 'pat@example.ca',
    }
    const first = await postForm('servicerequestupdates.json', fields)
    expect(first.status).toBe(201)
    const again = await postForm('servicerequestupdates.json', fields)
    expect(again.status).toBe(200)
    expect(again.body[0].update_id).toBe(first.body[0].update_id)
    const back = await get(`requests/${reference}.json?extensions=true`)
    expect(back.body[0]).toMatchObject({
      status: 'open',
      extended_attributes: { reopen_count: 1, closing_reason: '' },
    })
    const updates = await get(`servicerequestupdates.json?service_request_id=${reference}`)
    expect(updates.body.at(-1)).toMatchObject({
      update_id: first.body[0].update_id,
      status: 'open',
      description: 'Reopened: the resident says it is still not fixed.',
    })
    // Staff read who said it and their words; the public does not.
    const event = await harness.payload.findByID({
      collection: SERVICE_REQUEST_EVENTS,
      id: first.body[0].update_id,
      overrideAccess: true,
    })
    expect(event.details).toBe(
      'still not fixed, said by a resident, through FixMyStreet: The paint is already peeling off.',
    )
    // Open now: the same words again are a comment, not a second reopening.
    const comment = await postForm('servicerequestupdates.json', { ...fields, update_id: '9003' })
    expect(comment.status).toBe(201)
    expect(
      (await get(`requests/${reference}.json?extensions=true`)).body[0].extended_attributes
        .reopen_count,
    ).toBe(1)
  })

  it('refuses a post without a key, for an unknown request, or without words', async () => {
    const base = { service_request_id: reference, description: 'Hello' }
    expect((await postForm('servicerequestupdates.json', base)).status).toBe(403)
    const unknown = await postForm('servicerequestupdates.json', {
      ...base,
      api_key: apiKey,
      service_request_id: 'SR-1999-000001',
    })
    expect(unknown.status).toBe(404)
    const empty = await postForm('servicerequestupdates.json', {
      ...base,
      api_key: apiKey,
      description: '  ',
    })
    expect(empty.status).toBe(400)
    expect(empty.body[0].description).toMatch(/^description:/)
    const badMedia = await postForm('servicerequestupdates.json', {
      ...base,
      api_key: apiKey,
      media_url: 'http://127.0.0.1/x.jpg',
    })
    expect(badMedia.status).toBe(400)
  })

  it('pages the updates and refuses a bad window', async () => {
    const page = await get(
      `servicerequestupdates.json?service_request_id=${reference}&page_size=2&page=2`,
    )
    expect(page.body.map((u: any) => u.description)).toEqual([
      'Reopened: the resident says it is still not fixed.',
      'The paint is already peeling off.',
    ])
    expect((await get('servicerequestupdates.json?start_date=yesterday')).status).toBe(400)
    const reversed = await get(
      'servicerequestupdates.json?start_date=2026-12-02T00:00:00Z&end_date=2026-12-01T00:00:00Z',
    )
    expect(reversed.status).toBe(400)
    expect(
      (await get('servicerequestupdates.json?service_request_id=SR-1999-000001')).body,
    ).toEqual([])
  })
})

describe('“still not fixed” and “me too”', () => {
  let reference = ''
  let reopenLink = ''

  const reportAndClose = async (email: string, lat = main.lat + 0.002) => {
    const posted = await postForm('requests.json', {
      api_key: apiKey,
      service_code: 'STREETLIGHT',
      lat: String(lat),
      long: String(main.long),
      'attribute[problem]': 'out',
      email,
    })
    expect(posted.status).toBe(201)
    const id = posted.body[0].service_request_id
    const closed = await harness.rest('POST', `/${SERVICE_REQUESTS}/${id}/status`, {
      as: ADMIN,
      body: { state: 'closed', reason: 'resolved', notes: 'New bulb fitted.' },
    })
    expect(closed.status).toBe(200)
    await drainOutbox(harness.payload)
    return id as string
  }
  const reopen = (id: string, body: Record<string, unknown>) =>
    harness.rest('POST', `/${SERVICE_REQUESTS}/${id}/reopen`, {
      body,
      headers: { 'x-forwarded-for': '203.0.113.9' },
    })

  it('the closing email carries the link; opening it changes nothing and shows the form', async () => {
    reference = await reportAndClose('rae@example.ca')
    const closing = sink.to('rae@example.ca').at(-1)!.parsed
    expect(closing.subject).toMatch(/closed/)
    const match = /Still not fixed\? Tell us within 30 days and we will reopen it: (\S+)/.exec(
      closing.text!,
    )
    expect(match).not.toBeNull()
    reopenLink = match![1]!
    expect(reopenLink).toContain(`/api/service-requests/${reference}/reopen?token=`)
    const page = await harness.rest('GET', reopenLink.replace(/^.*\/api/, ''))
    expect(page.status).toBe(200)
    expect(page.body).toContain(`<h1>Still not fixed: ${reference}</h1>`)
    expect(page.body).toMatch(/<textarea id="reopen-comment" name="comment"/)
    expect(page.body).toMatch(/Until .*, the request itself opens again/)
    expect((await requestOf(reference)).status).toBe('closed')
  })

  it('refuses a wrong token, another request’s token, and an empty comment', async () => {
    const token = new URL(reopenLink).searchParams.get('token')!
    const wrong = await reopen(reference, { token: 'x'.repeat(16), comment: 'Still dark.' })
    expect(wrong.status).toBe(404)
    const other = await reportAndClose('other@example.ca', main.lat + 0.004)
    const crossed = await reopen(other, { token, comment: 'Still dark.' })
    expect(crossed.status).toBe(404)
    const empty = await reopen(reference, { token, comment: ' ' })
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].field).toBe('comment')
    expect((await requestOf(reference)).status).toBe('closed')
  })

  it('reopens the request itself: open again, history, the department emailed', async () => {
    const token = new URL(reopenLink).searchParams.get('token')!
    const answer = await reopen(reference, { token, comment: 'Still dark every night.' })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect(answer.body).toEqual({ reference, reopened: true, state: 'acknowledged' })
    const doc = await requestOf(reference)
    expect(doc).toMatchObject({
      state: 'acknowledged',
      status: 'open',
      closingReason: null,
      closedAt: null,
      reopenCount: 1,
    })
    expect(Date.parse(doc.expectedAt!)).toBeGreaterThan(Date.now())
    const history = await harness.payload.find({
      collection: SERVICE_REQUEST_EVENTS,
      where: { request: { equals: doc.id } },
      sort: 'at',
      overrideAccess: true,
    })
    expect(history.docs.at(-1)).toMatchObject({
      action: 'reopened',
      public: true,
      notes: 'Reopened: the resident says it is still not fixed.',
      details: expect.stringContaining('Still dark every night.'),
    })
    await drainOutbox(harness.payload)
    const department = sink.to('publicworks@city.example').at(-1)!.parsed
    expect(department.subject).toBe(`[${reference}] Reopened: still not fixed`)
    expect(department.text).toContain('Their words: Still dark every night.')
    // The public page says so; the link now says it is open.
    const status = await harness.rest('GET', `/${SERVICE_REQUESTS}/track/${reference}`)
    expect(status.body).toContain('Reopened: the resident says it is still not fixed.')
    const again = await harness.rest('GET', reopenLink.replace(/^.*\/api/, ''))
    expect(again.body).toContain(`${reference} is open: the crew is on it.`)
    // Reopening reaches the updates apps read.
    const updates = await get(`servicerequestupdates.json?service_request_id=${reference}`)
    expect(updates.body.at(-1)).toMatchObject({ status: 'open', description: /Reopened/ })
  })

  it('a second “still not fixed” opens a new request linked to it', async () => {
    await harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/status`, {
      as: ADMIN,
      body: { state: 'closed', reason: 'resolved', notes: 'Wiring replaced.' },
    })
    await drainOutbox(harness.payload)
    const link = /Still not fixed\? .*: (\S+)/.exec(
      sink.to('rae@example.ca').at(-1)!.parsed.text!,
    )![1]!
    const token = new URL(link).searchParams.get('token')!
    const answer = await reopen(reference, { token, comment: 'Dark again.' })
    expect(answer.status).toBe(201)
    expect(answer.body.reopenedFrom).toBe(reference)
    const created = await requestOf(answer.body.reference)
    const old = await requestOf(reference)
    expect(created).toMatchObject({
      serviceCode: 'STREETLIGHT',
      description: 'Dark again.',
      email: 'rae@example.ca',
      reopenedFrom: old.id,
      lat: old.lat,
      status: 'open',
    })
    expect(old).toMatchObject({ status: 'closed', reopenCount: 2 })
    const page = await harness.rest('GET', `/${SERVICE_REQUESTS}/track/${answer.body.reference}`)
    expect(page.body).toContain(`Opened again from</dt><dd><a href=`)
  })

  it('after 30 days the link opens a new request instead', async () => {
    const late = await reportAndClose('late@example.ca', main.lat + 0.006)
    const doc = await requestOf(late)
    await harness.payload.update({
      collection: SERVICE_REQUESTS,
      id: doc.id,
      data: { closedAt: new Date(Date.now() - 31 * 86_400_000).toISOString() },
      overrideAccess: true,
      context: { requests311: true },
    })
    const link = /Still not fixed\? .*: (\S+)/.exec(
      sink.to('late@example.ca').at(-1)!.parsed.text!,
    )![1]!
    const form = await harness.rest('GET', link.replace(/^.*\/api/, ''))
    expect(form.body).toContain('we will open a new request, linked to this one')
    const answer = await reopen(late, {
      token: new URL(link).searchParams.get('token'),
      comment: 'Out again.',
    })
    expect(answer.status).toBe(201)
    expect((await requestOf(late)).status).toBe('closed')
  })

  it('“me too” counts a proven email once, and follows; a closed request refuses it', async () => {
    const open = await postForm('requests.json', {
      api_key: apiKey,
      service_code: 'GRAFFITI',
      lat: String(main.lat - 0.003),
      long: String(main.long),
      'attribute[offensive]': 'no',
    })
    const id = open.body[0].service_request_id
    const meToo = (email: string) =>
      harness.rest('POST', `/${SERVICE_REQUESTS}/${id}/me-too`, {
        body: { email, language: 'en' },
        headers: { 'x-forwarded-for': '203.0.113.10' },
      })
    const asked = await meToo('kim@example.ca')
    expect(asked.status).toBe(202)
    // Not counted before the address is proven.
    expect((await requestOf(id)).meTooCount).toBe(0)
    await drainOutbox(harness.payload)
    const confirm = /(\/api\/service-requests\/follow\/confirm\/\S+)/.exec(
      sink.to('kim@example.ca').at(-1)!.parsed.text!,
    )![1]!
    expect((await harness.rest('POST', confirm.replace('/api', ''))).status).toBe(200)
    expect((await requestOf(id)).meTooCount).toBe(1)
    // The same person again counts once.
    await meToo('kim@example.ca')
    expect((await requestOf(id)).meTooCount).toBe(1)
    const page = await harness.rest('GET', `/${SERVICE_REQUESTS}/track/${id}`)
    expect(page.body).toContain('1 other resident has this problem too.')
    expect(page.body).toContain(`/api/service-requests/${id}/me-too`)
    const closed = await meToo('late2@example.ca')
    expect(closed.status).toBe(202)
    await harness.rest('POST', `/${SERVICE_REQUESTS}/${id}/status`, {
      as: ADMIN,
      body: { state: 'closed', reason: 'resolved' },
    })
    expect((await meToo('after@example.ca')).status).toBe(409)
  })
})

describe('the reporter’s survey, and “is it still fixed?” four weeks on', () => {
  /** A place of the register (inside the city), one per request so none is a duplicate. */
  const closeNew = async (email: string, place: number) => {
    const at = demoAddresses()[place * 37]!
    const posted = await postForm('requests.json', {
      api_key: apiKey,
      service_code: 'SIGN',
      lat: String(at.lat),
      long: String(at.long),
      'attribute[sign_type]': 'stop',
      email,
      locale: 'fr',
    })
    expect(posted.status, JSON.stringify(posted.body)).toBe(201)
    const id = posted.body[0].service_request_id as string
    await harness.rest('POST', `/${SERVICE_REQUESTS}/${id}/status`, {
      as: ADMIN,
      body: { state: 'closed', reason: 'resolved', notes: 'Panneau remplacé.' },
    })
    await drainOutbox(harness.payload)
    return id
  }
  const path = (url: string) => url.replace(/^.*\/api/, '')
  const formPost = (url: string, fields: Record<string, string>) =>
    harness.rest('POST', path(url).replace(/\?.*$/, ''), {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    })

  it('the closing message asks the reporter one question, answered once', async () => {
    const id = await closeNew('sam.survey@example.ca', 1)
    const closing = sink.to('sam.survey@example.ca').at(-1)!.parsed.text!
    const url = /Comment avons-nous fait\? Une question, une minute : (\S+)/.exec(closing)![1]!
    const token = new URL(url).searchParams.get('t')!
    const form = await harness.rest('GET', path(url))
    expect(form.status).toBe(200)
    expect(form.body).toContain('Êtes-vous satisfait de la façon dont la Ville a traité')
    expect(form.body).toContain('<html lang="fr-CA"')
    const none = await formPost(url, { t: token, lang: 'fr' })
    expect(none.status).toBe(400)
    const answered = await formPost(url, { t: token, lang: 'fr', score: '4', comment: 'Rapide.' })
    expect(answered.status).toBe(200)
    const second = await formPost(url, { t: token, lang: 'fr', score: '1' })
    expect(second.body).toContain('Vous avez déjà répondu')
    expect(await requestOf(id)).toMatchObject({ surveyScore: 4, surveyComment: 'Rapide.' })
    // Another purpose's link, or a forged one, is not this survey's.
    const forged = token.replace(/^\d+/, (n) => String(Number(n) + 1))
    expect((await harness.rest('GET', `/${SERVICE_REQUESTS}/survey?t=${forged}`)).status).toBe(404)
    expect((await harness.rest('GET', `/${SERVICE_REQUESTS}/still-fixed?t=${token}`)).status).toBe(
      404,
    )
    // Staff cannot write a resident's answer.
    const forgedByStaff = await harness.rest(
      'PATCH',
      `/${SERVICE_REQUESTS}/${(await requestOf(id)).id}`,
      {
        as: ADMIN,
        body: { surveyScore: 5 },
      },
    )
    expect(forgedByStaff.status).toBe(400)
    expect((await requestOf(id)).surveyScore).toBe(4)
  })

  it('four weeks on, asks once; “yes” is kept, “no” with words reopens it', async () => {
    const fixed = await closeNew('lou.fixed@example.ca', 2)
    const broken = await closeNew('max.broken@example.ca', 3)
    const recent = await closeNew('new.closed@example.ca', 4)
    for (const id of [fixed, broken])
      await harness.payload.update({
        collection: SERVICE_REQUESTS,
        id: (await requestOf(id)).id,
        data: { closedAt: new Date(Date.now() - 28.5 * 86_400_000).toISOString() },
        overrideAccess: true,
        context: { requests311: true },
      })
    const { askStillFixed } = await import('../cms/servicerequests')
    // These two, and the streetlight closed 31 days ago above (still within the five weeks).
    expect(await askStillFixed(harness.payload)).toBe(3)
    expect(await askStillFixed(harness.payload)).toBe(0)
    await drainOutbox(harness.payload)
    expect((await requestOf(recent)).stillFixedAskedAt).toBeNull()
    const linkFor = (email: string) => {
      const mails = sink.to(email).filter((m) => /toujours réglé\?$/.test(m.parsed.subject ?? ''))
      expect(mails).toHaveLength(1)
      return /Répondez en un clic : (\S+)/.exec(mails[0]!.parsed.text!)![1]!
    }
    const yesUrl = linkFor('lou.fixed@example.ca')
    const yesToken = new URL(yesUrl).searchParams.get('t')!
    expect((await harness.rest('GET', path(yesUrl))).body).toContain('Est-ce toujours réglé?')
    expect((await formPost(yesUrl, { t: yesToken, lang: 'fr', answer: 'yes' })).status).toBe(200)
    expect(await requestOf(fixed)).toMatchObject({ stillFixed: 'yes', status: 'closed' })

    const noUrl = linkFor('max.broken@example.ca')
    const noToken = new URL(noUrl).searchParams.get('t')!
    const wordless = await formPost(noUrl, { t: noToken, lang: 'fr', answer: 'no' })
    expect(wordless.status).toBe(400)
    expect(wordless.body).toContain('Dites en quelques mots')
    const no = await formPost(noUrl, {
      t: noToken,
      lang: 'fr',
      answer: 'no',
      comment: 'Le panneau est encore tombé.',
    })
    expect(no.status).toBe(200)
    expect(await requestOf(broken)).toMatchObject({
      stillFixed: 'no',
      status: 'open',
      reopenCount: 1,
    })
    const again = await formPost(noUrl, { t: noToken, lang: 'fr', answer: 'yes' })
    expect(again.body).toContain('Vous avez déjà répondu')
    expect((await requestOf(broken)).stillFixed).toBe('no')
  })
})

describe('callbacks: each update POSTed, signed, to the app that posted the request', () => {
  type Hit = { headers: Record<string, unknown>; body: string }
  const hits: Hit[] = []
  const answers: number[] = []
  let server: Server
  let port = 0
  let secret = ''
  let callbackKey = ''

  beforeAll(async () => {
    const tls = path.resolve(import.meta.dirname, 'fixtures/tls')
    server = createServer(
      {
        key: readFileSync(path.join(tls, 'push-service.key')),
        cert: readFileSync(path.join(tls, 'push-service.pem')),
      },
      (req, res) => {
        let body = ''
        req.on('data', (chunk) => (body += chunk))
        req.on('end', () => {
          hits.push({ headers: req.headers, body })
          res.writeHead(answers.shift() ?? 200).end()
        })
      },
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as { port: number }).port
    const created = await harness.rest('POST', `/${API_CLIENTS}`, {
      as: ADMIN,
      body: { name: 'Hooked app', contact: 'dev@hooked.example', rateLimitPerHour: 1000 },
    })
    callbackKey = created.body.doc.apiKey
  })
  afterAll(async () => {
    delete process.env.OPEN311_CALLBACK_HOSTS
    await new Promise((resolve) => server?.close(resolve))
  })

  const register = (url: string) =>
    postForm('callbacks.json', { api_key: callbackKey, callback_url: url })

  it('refuses loopback, link-local, plain http and a non-default port, naming the field', async () => {
    for (const url of [
      'https://127.0.0.1/hook',
      'https://169.254.169.254/latest/meta-data/',
      'https://[::1]/hook',
      'https://localhost/hook',
      'http://app.example/hook',
      'https://app.example:8443/hook',
      'https://user:pw@app.example/hook',
    ]) {
      const answer = await register(url)
      expect(answer.status, url).toBe(400)
      expect(answer.body[0].description, url).toMatch(/^callback_url: /)
    }
    // The admin's form is refused the same way, on its field.
    const clients = await harness.payload.find({
      collection: API_CLIENTS,
      where: { name: { equals: 'Hooked app' } },
      overrideAccess: true,
    })
    const patched = await harness.rest('PATCH', `/${API_CLIENTS}/${clients.docs[0]!.id}`, {
      as: ADMIN,
      body: { callbackUrl: 'https://169.254.169.254/' },
    })
    expect(patched.status).toBe(400)
    expect(JSON.stringify(patched.body)).toContain('callbackUrl')
  })

  it('an allowed host gets each public update, signed with the secret given once', async () => {
    process.env.OPEN311_CALLBACK_HOSTS = `127.0.0.1:${port}`
    const registered = await register(`https://127.0.0.1:${port}/hook`)
    expect(registered.status, JSON.stringify(registered.body)).toBe(200)
    secret = registered.body[0].callback_secret
    expect(secret).toMatch(/^cb_[\w-]{32}$/)
    // Never read back.
    const read = await harness.rest('GET', `/${API_CLIENTS}?where[name][equals]=Hooked%20app`, {
      as: ADMIN,
    })
    expect(read.body.docs[0].callbackUrl).toBe(`https://127.0.0.1:${port}/hook`)
    expect(read.body.docs[0].callbackSecret).toBeUndefined()
    const posted = await postForm('requests.json', {
      api_key: callbackKey,
      service_code: 'GRAFFITI',
      lat: String(demoAddresses()[300]!.lat),
      long: String(demoAddresses()[300]!.long),
      'attribute[offensive]': 'no',
    })
    const reference = posted.body[0].service_request_id
    await drainOutbox(harness.payload)
    expect(hits).toHaveLength(0) // the opening is the app's own post, not an update
    await harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/status`, {
      as: ADMIN,
      body: { state: 'closed', reason: 'resolved', notes: 'Cleaned.' },
    })
    await drainOutbox(harness.payload)
    expect(hits).toHaveLength(1)
    const [hit] = hits
    const body = JSON.parse(hit!.body)
    expect(body).toEqual([
      expect.objectContaining({
        service_request_id: reference,
        status: 'closed',
        description: 'Cleaned.',
      }),
    ])
    const expected = `sha256=${createHmac('sha256', secret).update(hit!.body).digest('hex')}`
    expect(hit!.headers['x-open311-signature']).toBe(expected)
    expect(hit!.headers['content-type']).toMatch(/^application\/json/)
    // The app's server down: the update waits in the outbox, tried again; nothing is lost.
    answers.push(503)
    await harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/status`, {
      as: ADMIN,
      body: { state: 'acknowledged', notes: 'Reopened by staff.' },
    })
    await harness.payload.find({ collection: API_CLIENTS, limit: 1, overrideAccess: true })
    const { sendOutbox } = await import('../cms/outbox/run')
    await sendOutbox(harness.payload)
    expect(hits).toHaveLength(2)
    const waiting = await harness.payload.find({
      collection: 'deliveries',
      where: { channel: { equals: 'callback' }, status: { equals: 'queued' } },
      overrideAccess: true,
    })
    expect(waiting.docs).toHaveLength(1)
    expect(waiting.docs[0]).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/503/) })
  })
})

describe('forwarded to an outside agency', () => {
  let reference = ''
  let agencyId: number | string = 0

  it('staff forward it: the agency is emailed with the reference; the reporter and the public are told', async () => {
    const agencies = await harness.payload.find({
      collection: DEPARTMENTS,
      where: { external: { equals: true } },
      overrideAccess: true,
    })
    agencyId = agencies.docs[0]!.id
    const at = demoAddresses()[400]!
    const posted = await postForm('requests.json', {
      api_key: apiKey,
      service_code: 'POTHOLE',
      lat: String(at.lat),
      long: String(at.long),
      'attribute[size]': 'large',
      email: 'ana.reporter@example.ca',
      description: 'Deep hole on the regional road.',
    })
    reference = posted.body[0].service_request_id
    // A City department is not an agency; the agency must be named.
    const cityDepartment = (await requestOf(reference)).department
    const notAgency = await harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/status`, {
      as: ADMIN,
      body: { state: 'forwarded', agency: cityDepartment },
    })
    expect(notAgency.status).toBe(400)
    expect(notAgency.body.errors[0].field).toBe('agency')
    const forwarded = await harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/status`, {
      as: ADMIN,
      body: { state: 'forwarded', agency: agencyId },
    })
    expect(forwarded.status, JSON.stringify(forwarded.body)).toBe(200)
    expect(await requestOf(reference)).toMatchObject({
      state: 'forwarded',
      status: 'open',
      forwardedTo: agencyId,
      statusNotes: expect.stringMatching(/^Forwarded to Region of Maple Bay, Regional Roads/),
    })
    await drainOutbox(harness.payload)
    const toAgency = sink.to('roads@region.example').at(-1)!.parsed
    expect(toAgency.subject).toBe(`[${reference}] Pothole: forwarded by City of Riverton 311`)
    expect(toAgency.text).toContain('The resident wrote: Deep hole on the regional road.')
    expect(toAgency.text).toContain('Le résident a écrit')
    const reporter = sink.to('ana.reporter@example.ca').at(-1)!.parsed
    expect(reporter.text).toContain('forwarded to the agency responsible')
    expect(reporter.text).toContain('Forwarded to Region of Maple Bay, Regional Roads')
    const page = await harness.rest('GET', `/${SERVICE_REQUESTS}/track/${reference}`)
    expect(page.body).toContain('Forwarded to the agency responsible')
    const open311 = await get(`requests/${reference}.json`)
    expect(open311.body[0]).toMatchObject({
      status: 'open',
      agency_responsible: 'Region of Maple Bay, Regional Roads',
      status_notes: expect.stringMatching(/^Forwarded to Region of Maple Bay/),
    })
  })

  it('the agency’s reply to that email joins the history; the same reply from anyone else does not', async () => {
    const toAgency = sink.to('roads@region.example').at(-1)!.parsed
    // Someone who got hold of the message (a forward, a leak) is not the agency.
    await inbound!.mailer().sendMail({
      from: 'Mallory <mallory@example.net>',
      to: '311@city.example',
      subject: `Re: ${toAgency.subject}`,
      text: 'Not ours, close it.',
      inReplyTo: toAgency.messageId,
      references: [toAgency.messageId!],
      messageId: '<forged.mallory@example.net>',
    })
    expect((await requestOf(reference)).agencyRepliedAt).toBeNull()
    await inbound!.mailer().sendMail({
      from: 'Regional Roads <roads@region.example>',
      to: '311@city.example',
      subject: `Re: ${toAgency.subject}`,
      text: 'Ours indeed. A crew will patch it on Thursday.',
      inReplyTo: toAgency.messageId,
      references: [toAgency.messageId!],
      messageId: '<reply.roads@region.example>',
    })
    const doc = await requestOf(reference)
    expect(doc.agencyRepliedAt).not.toBeNull()
    const events = await harness.payload.find({
      collection: SERVICE_REQUEST_EVENTS,
      where: { and: [{ request: { equals: doc.id } }, { action: { equals: 'agency-reply' } }] },
      overrideAccess: true,
    })
    expect(events.docs).toHaveLength(1)
    expect(events.docs[0]).toMatchObject({
      public: false,
      details: expect.stringContaining('A crew will patch it on Thursday.'),
    })
    expect(
      JSON.stringify(
        await harness.payload.find({
          collection: SERVICE_REQUEST_EVENTS,
          where: { request: { equals: doc.id } },
          overrideAccess: true,
        }),
      ),
    ).not.toContain('Not ours, close it.')
  })

  it('a routing rule naming an agency forwards the report as it arrives', async () => {
    await harness.payload.updateGlobal({
      slug: SERVICE_REQUEST_SETTINGS,
      data: { routing: [{ department: agencyId as number, services: 'ICY_SIDEWALK' }] },
      overrideAccess: true,
    })
    try {
      const at = demoAddresses()[420]!
      const posted = await postForm('requests.json', {
        api_key: apiKey,
        service_code: 'ICY_SIDEWALK',
        lat: String(at.lat),
        long: String(at.long),
        email: 'ice@example.ca',
      })
      expect(posted.status, JSON.stringify(posted.body)).toBe(201)
      const doc = await requestOf(posted.body[0].service_request_id)
      const works = await harness.payload.find({
        collection: DEPARTMENTS,
        where: { name: { equals: 'Public Works' } },
        overrideAccess: true,
      })
      // The City's side stays with the service's department; the agency has the report.
      expect(doc).toMatchObject({
        state: 'forwarded',
        forwardedTo: agencyId,
        department: works.docs[0]!.id,
      })
      await drainOutbox(harness.payload)
      expect(sink.to('roads@region.example').at(-1)!.parsed.subject).toBe(
        `[${doc.reference}] Icy sidewalk: forwarded by City of Riverton 311`,
      )
      const told = sink.to('ice@example.ca').map((m) => m.parsed.subject)
      expect(told).toEqual([
        `[${doc.reference}] Request received: Icy sidewalk`,
        expect.stringMatching(/forwarded to the agency responsible: Icy sidewalk$/),
      ])
    } finally {
      await harness.payload.updateGlobal({
        slug: SERVICE_REQUEST_SETTINGS,
        data: { routing: [] },
        overrideAccess: true,
      })
    }
  })

  it('without a reply, the request’s department is reminded once after the business days set', async () => {
    const at = demoAddresses()[450]!
    const posted = await postForm('requests.json', {
      api_key: apiKey,
      service_code: 'POTHOLE',
      lat: String(at.lat),
      long: String(at.long),
      'attribute[size]': 'small',
    })
    const silent = posted.body[0].service_request_id
    await harness.rest('POST', `/${SERVICE_REQUESTS}/${silent}/status`, {
      as: ADMIN,
      body: { state: 'forwarded', agency: agencyId, notes: 'Regional road: theirs.' },
    })
    const { remindForwarded } = await import('../cms/servicerequests')
    expect(await remindForwarded(harness.payload)).toBe(0)
    // Three weeks on (more than five business days, whatever the holidays), once.
    const later = new Date(Date.now() + 21 * 86_400_000)
    // This one, and the icy sidewalk the routing rule forwarded above: neither answered.
    expect(await remindForwarded(harness.payload, later)).toBe(2)
    expect(await remindForwarded(harness.payload, later)).toBe(0)
    await drainOutbox(harness.payload)
    const reminders = sink
      .to('publicworks@city.example')
      .filter((m) => /No answer yet/.test(m.parsed.subject ?? ''))
    expect(reminders.map((m) => m.parsed.subject)).toContain(
      `[${silent}] No answer yet from the agency`,
    )
    expect(reminders).toHaveLength(2)
    // The one that was answered is not reminded.
    expect((await requestOf(reference)).agencyRemindedAt).toBeNull()
  })
})

describe('status templates', () => {
  const MANAGER = 'manager@city.example'
  const WRITER = 'writer@city.example'
  let id = ''
  let reference = ''

  it('managers write them in both languages; an unknown placeholder is refused by name', async () => {
    const bad = await harness.rest('POST', `/${STATUS_TEMPLATES}`, {
      as: MANAGER,
      body: { name: 'Typo', state: 'closed', text: 'Done {refrence}', textFr: 'Fait {reference}' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0]).toMatchObject({
      path: 'text',
      message: expect.stringMatching(/Unknown placeholder \{refrence\}/),
    })
    const writer = await harness.rest('POST', `/${STATUS_TEMPLATES}`, {
      as: WRITER,
      body: { name: 'Mine', state: 'closed', text: 'Done', textFr: 'Fait' },
    })
    expect(writer.status).toBe(403)
    expect((await harness.rest('GET', `/${STATUS_TEMPLATES}`)).status).toBe(403)
    expect((await harness.rest('GET', `/${STATUS_TEMPLATES}`, { as: WRITER })).status).toBe(200)
  })

  it('the panel is offered those that fit, the service’s own first, filled in the reporter’s language', async () => {
    const at = demoAddresses()[2222]!
    const posted = await postForm('requests.json', {
      api_key: apiKey,
      service_code: 'POTHOLE',
      lat: String(at.lat),
      long: String(at.long),
      'attribute[size]': 'small',
      email: 'ines@example.ca',
      locale: 'fr',
    })
    expect(posted.status, JSON.stringify(posted.body)).toBe(201)
    id = posted.body[0].service_request_id
    reference = id
    const offered = await harness.rest(
      'GET',
      `/${SERVICE_REQUESTS}/${id}/status-templates?state=closed&reason=resolved`,
      { as: ADMIN },
    )
    expect(offered.status).toBe(200)
    expect(offered.body.language).toBe('fr')
    expect(offered.body.templates.map((t: { name: string }) => t.name)).toEqual([
      'Pothole filled',
      'Fixed: thank you',
    ])
    const label = (await requestOf(reference)).addressLabel!
    expect(offered.body.templates[0].text).toBe(
      `Notre équipe a rempli le nid-de-poule à ${label}. S’il se rouvre, dites-le-nous avec le lien ci-dessous (${reference}).`,
    )
    const none = await harness.rest(
      'GET',
      `/${SERVICE_REQUESTS}/${id}/status-templates?state=closed&reason=duplicate`,
      { as: ADMIN },
    )
    expect(none.body.templates).toEqual([])
    const wrong = await harness.rest(
      'GET',
      `/${SERVICE_REQUESTS}/${id}/status-templates?state=gone`,
      { as: ADMIN },
    )
    expect(wrong.status).toBe(400)
  })

  it('a template sent: each follower reads it in their language; the public notes are the reporter’s', async () => {
    await drainOutbox(harness.payload)
    const doc = await requestOf(reference)
    await addFollower(harness.payload, {
      request: doc.id,
      email: 'eli@example.ca',
      language: 'en',
      role: 'follower',
      confirmed: true,
    })
    const [pothole] = (
      await harness.payload.find({
        collection: STATUS_TEMPLATES,
        where: { name: { equals: 'Pothole filled' } },
      })
    ).docs
    const crew = (
      await harness.payload.find({
        collection: STATUS_TEMPLATES,
        where: { name: { equals: 'Crew scheduled' } },
      })
    ).docs[0]!
    // A template for another move is refused, naming the field.
    const misfit = await harness.rest('POST', `/${SERVICE_REQUESTS}/${id}/status`, {
      as: ADMIN,
      body: { state: 'closed', reason: 'resolved', template: crew.id },
    })
    expect(misfit.status).toBe(400)
    expect(misfit.body.errors[0].field).toBe('template')
    const closed = await harness.rest('POST', `/${SERVICE_REQUESTS}/${id}/status`, {
      as: ADMIN,
      body: { state: 'closed', reason: 'resolved', template: pothole!.id },
    })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    await drainOutbox(harness.payload)
    const label = doc.addressLabel!
    expect(sink.to('ines@example.ca').at(-1)!.parsed.text).toContain(
      `Notre équipe a rempli le nid-de-poule à ${label}.`,
    )
    expect(sink.to('eli@example.ca').at(-1)!.parsed.text).toContain(
      `Our crew filled the pothole at ${label}.`,
    )
    const open311 = await get(`requests/${id}.json`)
    expect(open311.body[0].status_notes).toMatch(/^Notre équipe a rempli le nid-de-poule/)
  })

  it('edited words go as written; a forwarding fills in the agency', async () => {
    const reopened = await harness.rest('POST', `/${SERVICE_REQUESTS}/${id}/status`, {
      as: ADMIN,
      body: { state: 'acknowledged' },
    })
    expect(reopened.status).toBe(200)
    const [region] = (
      await harness.payload.find({
        collection: DEPARTMENTS,
        where: { external: { equals: true } },
        limit: 1,
      })
    ).docs
    const offered = await harness.rest(
      'GET',
      `/${SERVICE_REQUESTS}/${id}/status-templates?state=forwarded&agency=${region!.id}`,
      { as: ADMIN },
    )
    expect(offered.body.templates[0].text).toContain(`Cela relève de ${region!.nameFr}`)
    const edited = await harness.rest('POST', `/${SERVICE_REQUESTS}/${id}/status`, {
      as: ADMIN,
      body: {
        state: 'forwarded',
        agency: region!.id,
        template: offered.body.templates[0].id,
        notes: 'Transmis à la Région, avec vos photos.',
      },
    })
    expect(edited.status).toBe(200)
    expect((await requestOf(reference)).statusNotes).toBe('Transmis à la Région, avec vos photos.')
  })
})

describe('the figures: reopens, the survey and the equity view by ward', () => {
  // The City's date, as the endpoints count it (UTC is already tomorrow from 19:00 in Toronto).
  const today = localDate(new Date())
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`

  it('the trends count reopens and survey answers by service, ward and department', async () => {
    const trends = await harness.rest(
      'GET',
      `/${SERVICE_REQUESTS}/trends?from=${yearAgo}&to=${today}`,
      { as: ADMIN },
    )
    expect(trends.status).toBe(200)
    const lights = trends.body.byService.find(
      (s: { serviceCode: string }) => s.serviceCode === 'STREETLIGHT',
    )
    // The reopens above ("still not fixed" by link, by a second time, after 30 days), and the
    // survey answered about a sign.
    expect(lights.reopens).toBeGreaterThanOrEqual(3)
    expect(lights.reopenRate).toBeGreaterThan(0)
    const signs = trends.body.byService.find(
      (s: { serviceCode: string }) => s.serviceCode === 'SIGN',
    )
    expect(signs.surveyAnswers).toBeGreaterThanOrEqual(1)
    expect(signs.surveyAverage).toBeGreaterThanOrEqual(1)
    const sum = (rows: { reopens: number }[]) => rows.reduce((n, r) => n + r.reopens, 0)
    const total = sum(trends.body.byService)
    expect(sum(trends.body.byWard)).toBe(total)
    expect(sum(trends.body.byDepartment)).toBe(total)
    const ward = trends.body.byWard.find((w: { ward: string }) => w.ward !== '—')
    expect(ward.addresses).toBeGreaterThan(0)
    expect(ward.perThousandAddresses).toBeCloseTo((ward.requests / ward.addresses) * 1000, 1)
    const csv = await harness.rest(
      'GET',
      `/${SERVICE_REQUESTS}/trends?from=${yearAgo}&to=${today}&format=csv`,
      { as: ADMIN },
    )
    expect(String(csv.body)).toMatch(/^section,key,name,requests,closed,.*,reopens,/)
    expect(String(csv.body)).toMatch(/\r\nward,Ward \d,Ward \d,/)
    expect(String(csv.body)).toMatch(/\r\ndepartment,Public Works,/)
    // The desk's standards report carries 311's figures of the same period by department.
    const standards = await harness.rest(
      'GET',
      `/correspondence/standards?from=${yearAgo}&to=${today}`,
      { as: ADMIN },
    )
    expect(standards.status).toBe(200)
    expect(standards.body.requests311).toEqual(trends.body.byDepartment)
    expect(sum(standards.body.requests311)).toBe(total)
  })

  it('the equity view is open data: per ward, no survey average from fewer than 5 answers', async () => {
    const csv = await harness.rest('GET', `/${SERVICE_REQUESTS}/open-data-wards.csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = String(csv.body).trim().split('\r\n')
    expect(lines[0]).toBe(
      'ward,addresses,requests,per_1000_addresses,closed,median_days_to_close,reopens,reopens_per_100_closed,survey_answers,survey_average',
    )
    expect(lines.length).toBeGreaterThan(1)
    const json = await harness.rest('GET', `/${SERVICE_REQUESTS}/open-data-wards.json`)
    expect(json.status).toBe(200)
    expect(json.body.from).toBe(yearAgo)
    for (const row of json.body.wards) {
      if (row.survey_answers < 5) expect(row.survey_average).toBeNull()
      expect(Object.keys(row)).not.toContain('email')
    }
    const bad = await harness.rest('GET', `/${SERVICE_REQUESTS}/open-data-wards.json?from=soon`)
    expect(bad.status).toBe(400)
  })
})
