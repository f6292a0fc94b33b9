import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAddresses, demoWards } from '../cms/addresses/core/demoCity'
import { loadCalendar } from '../cms/calendar/loadCalendar'
import { localDate, responseDue } from '../cms/core/businessDays'
import {
  DEPARTMENTS,
  SERVICE_REQUEST_EVENTS,
  SERVICE_REQUEST_SETTINGS,
  SERVICE_REQUESTS,
  WARDS,
} from '../cms/core/slugs'
import { closeOutboxTransporter } from '../cms/email/transport'
import { seedDemo311 } from '../cms/seed/seed'
import { type Harness, startHarness } from './helpers/harness'
import { drainOutbox } from './helpers/outbox'
import { startSmtpSink } from './helpers/smtpSink'
import { startInbound } from './helpers/inbound'

/**
 * 311 requests through the CMS: the address register (normalising, suggestions, the city's edge, a
 * point's ward and nearest address), routing by service and ward, the duplicate rule on the form, the
 * status contract and the followers' emails (a merged request's too) at a loopback SMTP sink, and a
 * report emailed to the 311 address over real SMTP. Nothing personal in any public answer.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let inbound: Awaited<ReturnType<typeof startInbound>> | undefined
let departments: Record<string, number | string> = {}
const DESK = 'desk@city.example'

const at = (number: string, street: string) =>
  demoAddresses().find((a) => a.number === number && a.street === street)!

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness()
  process.env.SMTP_URL = sink.url
  await seedDemo311(harness.payload)
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

const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`

const requestOf = async (reference: string) =>
  (
    await harness.payload.find({
      collection: SERVICE_REQUESTS,
      where: { reference: { equals: reference } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!

const report = (body: Record<string, unknown>) =>
  harness.rest('POST', `/${SERVICE_REQUESTS}`, { body, headers: { 'x-forwarded-for': ip() } })

describe('the address register', () => {
  it('finds "123 main st." as 123 Main Street, with its ward, first', async () => {
    const answer = await harness.rest('GET', '/addresses/search?q=123%20main%20st.')
    expect(answer.status).toBe(200)
    expect(answer.body[0]).toEqual({
      id: expect.anything(),
      label: '123 Main Street',
      lat: at('123', 'Main Street').lat,
      long: at('123', 'Main Street').long,
      ward: expect.stringMatching(/^Ward \d$/),
    })
    const typing = await harness.rest('GET', '/addresses/search?q=ouel')
    // The default page of suggestions: ten, all on the street whose name starts with what was typed.
    expect(typing.body).toHaveLength(10)
    expect(typing.body.every((a: { label: string }) => a.label.includes('Ouellette Avenue'))).toBe(
      true,
    )
  })

  it('suggests the nearest valid addresses for one that does not exist, or a street misspelled', async () => {
    const missing = await harness.rest('GET', '/addresses/check?q=99999%20Main%20Street')
    expect(missing.body.valid).toBe(false)
    expect(missing.body.message).toMatch(/not in the City’s address register/)
    expect(missing.body.suggestions.length).toBe(3)
    expect(
      missing.body.suggestions.every((s: { label: string }) => s.label.endsWith('Main Street')),
    ).toBe(true)
    const misspelled = await harness.rest('GET', '/addresses/check?q=12%20Ouelette%20Ave')
    expect(misspelled.body.valid).toBe(false)
    expect(misspelled.body.suggestions[0].label).toBe('12 Ouellette Avenue')
    const good = await harness.rest('GET', '/addresses/check?q=12%20ouellette%20av')
    expect(good.body).toMatchObject({ valid: true, address: { label: '12 Ouellette Avenue' } })
  })

  it('turns a latitude/longitude into its ward and nearest address, and refuses a place outside the city', async () => {
    const spot = at('123', 'Main Street')
    const answer = await harness.rest(
      'GET',
      `/addresses/locate?lat=${spot.lat + 0.00005}&long=${spot.long}`,
    )
    expect(answer.body.nearest).toMatchObject({ label: '123 Main Street' })
    expect(answer.body.nearest.metres).toBeLessThan(10)
    expect(answer.body.ward.name).toMatch(/^Ward \d$/)
    const outside = await harness.rest('GET', '/addresses/locate?lat=43.6532&long=-79.3832')
    expect(outside.status).toBe(400)
    expect(outside.body.errors[0]).toMatchObject({
      field: 'lat',
      message: expect.stringMatching(/outside the city/),
    })
    const nonsense = await harness.rest('GET', '/addresses/locate?lat=north&long=1')
    expect(nonsense.status).toBe(400)
    expect(nonsense.body.errors[0].field).toBe('lat')
  })
})

describe('routing and the expected date', () => {
  it('routes by service, then by a ward rule, and sets the expected date from the service’s target', async () => {
    const wards = (
      await harness.payload.find({ collection: WARDS, overrideAccess: true, sort: 'number' })
    ).docs
    const spot = at('7', 'Main Street')
    const wardOfSpot = wards.find((w) => w.number === 1)!
    await harness.payload.updateGlobal({
      slug: SERVICE_REQUEST_SETTINGS,
      data: {
        routing: [
          {
            department: departments['Public Works'] as number,
            queue: 'west storm crew',
            services: 'TREE_ON_ROAD',
            wards: [wardOfSpot.id as number],
          },
        ],
      },
      overrideAccess: true,
    })
    const inWard = await report({
      service_code: 'TREE_ON_ROAD',
      lat: spot.lat,
      long: spot.long,
      'attribute[blocking]': 'yes',
    })
    expect(inWard.status).toBe(201)
    // Nothing about the reporter: the reference, the date, the poster's token and survey link.
    expect(Object.keys(inWard.body).sort()).toEqual([
      'expectedAt',
      'nearby',
      'reference',
      'survey',
      'token',
    ])
    const routed = await requestOf(inWard.body.reference)
    expect(routed).toMatchObject({
      department: departments['Public Works'],
      queue: 'west storm crew',
      routedBy: 'routing rule 1',
    })
    expect(String(routed.ward)).toBe(String(wardOfSpot.id))
    const elsewhere = at('7', 'Tecumseh Avenue')
    const other = await report({
      service_code: 'TREE_ON_ROAD',
      lat: elsewhere.lat,
      long: elsewhere.long,
      'attribute[blocking]': 'no',
    })
    const parks = await requestOf(other.body.reference)
    expect(parks).toMatchObject({
      department: departments['Parks and Recreation'],
      routedBy: 'the service’s department',
    })
    // One business day to close a tree on the road: the end of the next business day, Toronto time.
    const due = responseDue(new Date(parks.requestedAt), await loadCalendar(harness.payload), 1)
    expect(parks.expectedAt).toBe(due.dueAt.toISOString())
    expect(due.dueDate > localDate(new Date(parks.requestedAt))).toBe(true)
  })
})

describe('staff entry', () => {
  it('the admin’s create form (a call) goes through intake: the address from the register search, the channel chosen', async () => {
    const search = await harness.rest('GET', '/addresses/search?q=15%20oak%20av')
    const service = (await harness.rest('GET', '/service-types?where[code][equals]=SIGN')).body
      .docs[0]
    const created = await harness.rest('POST', `/${SERVICE_REQUESTS}`, {
      as: DESK,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        _payload: JSON.stringify({
          service: service.id,
          address: search.body[0].id,
          channel: 'counter',
          firstName: 'Walk',
          lastName: 'In',
          'attribute[sign_type]': 'stop',
        }),
      }).toString(),
    })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({
      serviceCode: 'SIGN',
      channel: 'counter',
      addressLabel: '15 Oak Avenue',
      firstName: 'Walk',
    })
    expect(created.body.message).toMatch(/^SR-\d{4}-\d{6} opened\.$/)
    // Around intake (the Local API, as GraphQL would): refused, nothing stored.
    await expect(
      harness.payload.create({
        collection: SERVICE_REQUESTS,
        data: { serviceCode: 'SIGN', reference: 'SR-1999-000001' } as never,
        user: harness.user(DESK),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('the form and duplicates', () => {
  const form = (fields: Record<string, string>) =>
    harness.rest('POST', `/${SERVICE_REQUESTS}/form`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip() },
      body: new URLSearchParams(fields).toString(),
    })

  it('shows nearby open reports before submitting, follows one instead, or sends anyway', async () => {
    const spot = at('101', 'King Street')
    const first = await form({
      service_code: 'POTHOLE',
      address_string: '101 king st',
      'attribute[size]': 'large',
      email: 'first@example.ca',
      language: 'en',
    })
    expect(first.status).toBe(201)
    const reference = /SR-\d{4}-\d{6}/.exec(first.body)![0]
    expect(first.body).toContain(`Your reference is ${reference}`)
    const again = await form({
      service_code: 'POTHOLE',
      lat: String(spot.lat + 0.0001),
      long: String(spot.long),
      'attribute[size]': 'small',
      email: 'second@example.ca',
      language: 'en',
    })
    expect(again.status).toBe(200)
    expect(again.body).toContain('Already reported?')
    expect(again.body).toContain(reference)
    expect(again.body).toContain('name="confirm_new" value="yes"')
    const follow = await harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/follow`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip() },
      body: 'email=second%40example.ca&language=en',
    })
    // Following by email needs the address's proof: one mailed link (tests/security/followProof).
    expect(follow.status).toBe(202)
    expect(follow.body).toContain('Check your inbox')
    const anyway = await form({
      service_code: 'POTHOLE',
      lat: String(spot.lat + 0.0001),
      long: String(spot.long),
      'attribute[size]': 'small',
      language: 'fr',
      confirm_new: 'yes',
    })
    expect(anyway.status).toBe(201)
    expect(anyway.body).toContain('Votre numéro de référence est SR-')
  })

  it('lists what to fix, field by field as the form labels them, in the form’s language, and stores nothing', async () => {
    const before = (
      await harness.payload.count({ collection: SERVICE_REQUESTS, overrideAccess: true })
    ).totalDocs
    const answer = await form({
      service_code: 'POTHOLE',
      address_string: '12 Nowhere Lane',
      email: 'not-an-email',
      language: 'en',
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('<strong>How big is it?</strong>: Please answer this question.')
    expect(answer.body).toContain(
      '<strong>Address</strong>: This address is not in the City’s address register.',
    )
    expect(answer.body).toContain(
      '<strong>Email address</strong>: Enter an email address like name@example.com',
    )
    const french = await form({
      service_code: 'POTHOLE',
      lat: '43.6532',
      long: '-79.3832',
      'attribute[size]': 'huge',
      language: 'fr',
    })
    expect(french.status).toBe(400)
    expect(french.body).toContain('lang="fr-CA"')
    expect(french.body).toContain(
      '<strong>Quelle est sa taille?</strong> : Vérifiez votre réponse à cette question.',
    )
    expect(french.body).toContain(
      '<strong>Où est-ce?</strong> : Cet endroit est à l’extérieur de la ville.',
    )
    expect(
      (await harness.payload.count({ collection: SERVICE_REQUESTS, overrideAccess: true }))
        .totalDocs,
    ).toBe(before)
  })
})

describe('status changes and followers', () => {
  it('staff move a request on; followers are emailed each public change; others are refused', async () => {
    const spot = at('31', 'Queen Street')
    const created = await report({
      service_code: 'GRAFFITI',
      lat: spot.lat,
      long: spot.long,
      'attribute[offensive]': 'yes',
      email: 'reporter@example.ca',
      first_name: 'Rey',
    })
    const reference = created.body.reference
    await drainOutbox(harness.payload)
    const ack = sink.to('reporter@example.ca').at(-1)!
    expect(ack.parsed.subject).toBe(`[${reference}] Request received: Graffiti`)
    expect(ack.parsed.text).toContain(`/api/service-requests/track/${reference}`)
    const doc = await requestOf(reference)
    const writer = await harness.rest('POST', `/${SERVICE_REQUESTS}/${doc.id}/status`, {
      as: 'writer@city.example',
      body: { state: 'acknowledged' },
    })
    expect(writer.status).toBe(403)
    expect(
      (
        await harness.rest('POST', `/${SERVICE_REQUESTS}/${doc.id}/status`, {
          body: { state: 'acknowledged' },
        })
      ).status,
    ).toBe(401)
    const noReason = await harness.rest('POST', `/${SERVICE_REQUESTS}/${doc.id}/status`, {
      as: DESK,
      body: { state: 'closed' },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].field).toBe('reason')
    const moved = await harness.rest('POST', `/${SERVICE_REQUESTS}/${doc.id}/status`, {
      as: DESK,
      body: { state: 'assigned', notes: 'A crew will paint over it this week.' },
    })
    expect(moved.status).toBe(200)
    expect(moved.body.notified).toBe(1)
    await drainOutbox(harness.payload)
    const update = sink.to('reporter@example.ca').at(-1)!
    expect(update.parsed.subject).toBe(`[${reference}] Request assigned to a crew: Graffiti`)
    expect(update.parsed.text).toContain('A crew will paint over it this week.')
    const open311 = await harness.rest('GET', `/open311/v2/requests/${reference}.json`)
    expect(open311.body[0]).toMatchObject({
      status: 'open',
      status_notes: 'A crew will paint over it this week.',
    })
    // The admin's edit form cannot change the state around the contract.
    const direct = await harness.rest('PATCH', `/${SERVICE_REQUESTS}/${doc.id}`, {
      as: DESK,
      body: { state: 'closed' },
    })
    expect(direct.status).toBe(400)
    const page = await harness.rest('GET', `/${SERVICE_REQUESTS}/track/${reference}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('Assigned to a crew')
    expect(page.body).toContain('A crew will paint over it this week.')
    expect(page.body).not.toMatch(/reporter@example|Rey/)
  })

  it('a merged request’s followers are told, then hear about the request that stays open', async () => {
    const spot = at('41', 'Erie Street')
    const kept = await report({
      service_code: 'SIDEWALK',
      lat: spot.lat,
      long: spot.long,
      'attribute[trip_hazard]': 'yes',
      email: 'kept@example.ca',
    })
    const far = at('45', 'Erie Street')
    const dupe = await report({
      service_code: 'SIDEWALK',
      lat: far.lat,
      long: far.long,
      'attribute[trip_hazard]': 'yes',
      email: 'merged@example.ca',
      language: 'fr',
    })
    const dupeDoc = await requestOf(dupe.body.reference)
    const merged = await harness.rest('POST', `/${SERVICE_REQUESTS}/${dupeDoc.id}/status`, {
      as: DESK,
      body: { state: 'closed', reason: 'duplicate', duplicateOf: kept.body.reference },
    })
    expect(merged.status).toBe(200)
    expect(await requestOf(dupe.body.reference)).toMatchObject({
      state: 'closed',
      status: 'closed',
      closingReason: 'duplicate',
    })
    await drainOutbox(harness.payload)
    const told = sink.to('merged@example.ca').at(-1)!
    expect(told.parsed.subject).toContain(`[${dupe.body.reference}] Demande fermée`)
    expect(told.parsed.text).toContain(`Fusionnée avec ${kept.body.reference}`)
    const keptDoc = await requestOf(kept.body.reference)
    await harness.rest('POST', `/${SERVICE_REQUESTS}/${keptDoc.id}/status`, {
      as: DESK,
      body: { state: 'closed', reason: 'resolved', notes: 'Sidewalk slab replaced.' },
    })
    await drainOutbox(harness.payload)
    for (const address of ['kept@example.ca', 'merged@example.ca']) {
      const last = sink.to(address).at(-1)!
      expect(last.parsed.subject).toContain(kept.body.reference)
      expect(last.parsed.text).toContain('Sidewalk slab replaced.')
    }
    const history = await harness.payload.find({
      collection: SERVICE_REQUEST_EVENTS,
      where: { request: { equals: keptDoc.id } },
      overrideAccess: true,
    })
    expect(history.docs.map((e) => e.action).sort()).toEqual(['merged', 'opened', 'status'])
  })

  it('a reassignment in the admin is audited: who moved the request where', async () => {
    const spot = at('71', 'Victoria Street')
    const created = await report({
      service_code: 'PARK_MAINTENANCE',
      lat: spot.lat,
      long: spot.long,
    })
    const doc = await requestOf(created.body.reference)
    const moved = await harness.rest('PATCH', `/${SERVICE_REQUESTS}/${doc.id}`, {
      as: DESK,
      body: { department: departments['Public Works'], queue: 'east crew' },
    })
    expect(moved.status).toBe(200)
    const { docs } = await harness.payload.find({
      collection: SERVICE_REQUEST_EVENTS,
      where: { and: [{ request: { equals: doc.id } }, { action: { equals: 'assigned' } }] },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ actorName: 'Jordan Roy', public: false })
    expect(docs[0]!.details).toContain(
      `department: ${departments['Parks and Recreation']} → ${departments['Public Works']}`,
    )
    expect(docs[0]!.details).toContain('queue: — → east crew')
  })

  it('the stop link asks first, then stops the updates', async () => {
    const spot = at('51', 'Victoria Street')
    const created = await report({
      service_code: 'PARK_MAINTENANCE',
      lat: spot.lat,
      long: spot.long,
      email: 'stop@example.ca',
    })
    await drainOutbox(harness.payload)
    const link = /\/api\/service-requests\/unfollow\/([\w-]+)/.exec(
      sink.to('stop@example.ca').at(-1)!.parsed.text!,
    )![1]!
    const ask = await harness.rest('GET', `/${SERVICE_REQUESTS}/unfollow/${link}`)
    expect(ask.body).toContain('<form method="post"')
    const stopped = await harness.rest('POST', `/${SERVICE_REQUESTS}/unfollow/${link}`)
    expect(stopped.body).toContain('no more email')
    const doc = await requestOf(created.body.reference)
    const moved = await harness.rest('POST', `/${SERVICE_REQUESTS}/${doc.id}/status`, {
      as: DESK,
      body: { state: 'acknowledged' },
    })
    expect(moved.body.notified).toBe(0)
  })
})

describe('email to the 311 address', () => {
  it('opens a request for the service its words name, at the address it gives; the sender follows it', async () => {
    const mailer = inbound!.mailer()
    await mailer.sendMail({
      from: 'Sam Driver <sam@example.ca>',
      to: '311@city.example',
      subject: 'Huge pothole',
      text: 'There is a huge pothole in front of 88 Ouellette Avenue, near the school.',
      messageId: '<pothole.sam@example.ca>',
    })
    // The same message delivered twice opens one request.
    await mailer.sendMail({
      from: 'Sam Driver <sam@example.ca>',
      to: '311@city.example',
      subject: 'Huge pothole',
      text: 'There is a huge pothole in front of 88 Ouellette Avenue, near the school.',
      messageId: '<pothole.sam@example.ca>',
    })
    const { docs } = await harness.payload.find({
      collection: SERVICE_REQUESTS,
      where: { channel: { equals: 'email' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      serviceCode: 'POTHOLE',
      addressLabel: '88 Ouellette Avenue',
      email: 'sam@example.ca',
      state: 'new',
    })
    await drainOutbox(harness.payload)
    expect(sink.to('sam@example.ca').at(-1)!.parsed.subject).toBe(
      `[${docs[0]!.reference}] Request received: Pothole`,
    )
  })
  it('an email naming no street is stored without a place, for staff to place (not refused at every retry)', async () => {
    const mailer = inbound!.mailer()
    // Was answered 451 forever: the request's latitude and longitude could not be empty.
    await mailer.sendMail({
      from: 'Robin <robin@example.ca>',
      to: '311@city.example',
      subject: 'Tree down',
      text: 'A tree came down on our street in the storm and is blocking the road.',
      messageId: '<tree.robin@example.ca>',
    })
    const { docs } = await harness.payload.find({
      collection: SERVICE_REQUESTS,
      where: { email: { equals: 'robin@example.ca' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ channel: 'email', lat: null, long: null, state: 'new' })
    // The lists, the map and open data skip what has no place yet, and still answer.
    const listed = await harness.rest('GET', '/open311/v2/requests.json')
    expect(listed.status).toBe(200)
    const one = await harness.rest('GET', `/open311/v2/requests/${docs[0]!.reference}.json`)
    expect(one.status).toBe(200)
    expect(one.body[0]).toMatchObject({ service_request_id: docs[0]!.reference })
  })
})

describe('trends, the map and open data', () => {
  const today = localDate(new Date())
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`

  it('staff read the trends by service, ward and week, as JSON and CSV; the public does not', async () => {
    const trends = await harness.rest(
      'GET',
      `/${SERVICE_REQUESTS}/trends?from=${yearAgo}&to=${today}`,
      { as: DESK },
    )
    expect(trends.status).toBe(200)
    const total = (
      await harness.payload.count({ collection: SERVICE_REQUESTS, overrideAccess: true })
    ).totalDocs
    expect(trends.body.total).toBe(total)
    const potholes = trends.body.byService.find(
      (s: { serviceCode: string }) => s.serviceCode === 'POTHOLE',
    )
    expect(potholes.requests).toBeGreaterThanOrEqual(3)
    expect(
      trends.body.byWard.reduce((n: number, w: { requests: number }) => n + w.requests, 0),
    ).toBe(total)
    expect(trends.body.byWeek.length).toBeGreaterThanOrEqual(1)
    const csv = await harness.rest(
      'GET',
      `/${SERVICE_REQUESTS}/trends?from=${yearAgo}&to=${today}&format=csv`,
      { as: DESK },
    )
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(csv.body).toMatch(/^section,key,name,requests/)
    expect(csv.body).toContain('service,POTHOLE,Pothole,')
    expect(
      (await harness.rest('GET', `/${SERVICE_REQUESTS}/trends?from=${yearAgo}&to=${today}`)).status,
    ).toBe(401)
    const bad = await harness.rest('GET', `/${SERVICE_REQUESTS}/trends?from=soon&to=${today}`, {
      as: DESK,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('from')
  })

  it('the public map draws the open reports over the wards, with the same figures as tables, in both languages', async () => {
    const english = await harness.rest('GET', `/${SERVICE_REQUESTS}/map`)
    expect(english.status).toBe(200)
    expect(english.body).toContain('<svg')
    expect(english.body).toMatch(/<title>\d+ open reports? here<\/title>|open reports here/)
    expect(english.body).toContain('<caption>Open reports by ward</caption>')
    expect(english.body).toContain('fictional')
    const french = await harness.rest('GET', `/${SERVICE_REQUESTS}/map?lang=fr`)
    expect(french.body).toContain('lang="fr-CA"')
    expect(french.body).toContain('Signalements ouverts par quartier')
    expect(english.body + french.body).not.toMatch(/example\.ca|Priya|Rey\b/)
  })

  it('open data: every request without personal information, as CSV and GeoJSON', async () => {
    const csv = await harness.rest('GET', `/${SERVICE_REQUESTS}/open-data.csv`)
    expect(csv.status).toBe(200)
    const lines = String(csv.body).trim().split('\r\n')
    expect(lines[0]).toBe(
      'service_request_id,service_code,service_name,status,state,closing_reason,requested_datetime,expected_datetime,closed_datetime,updated_datetime,ward,address,lat,long',
    )
    const total = (
      await harness.payload.count({ collection: SERVICE_REQUESTS, overrideAccess: true })
    ).totalDocs
    expect(lines).toHaveLength(total + 1)
    const geojson = await harness.rest('GET', `/${SERVICE_REQUESTS}/open-data.geojson`)
    expect(geojson.body.type).toBe('FeatureCollection')
    expect(geojson.body.features).toHaveLength(total)
    expect(geojson.body.features[0].properties.service_request_id).toMatch(/^SR-/)
    expect(JSON.stringify(geojson.body) + csv.body).not.toMatch(/@example\.ca|555-01|Priya|Casey/)
  })

  it('the site’s "follow a report" form lands on the status page', async () => {
    const { docs } = await harness.payload.find({
      collection: SERVICE_REQUESTS,
      limit: 1,
      overrideAccess: true,
    })
    const answer = await harness.rest(
      'GET',
      `/${SERVICE_REQUESTS}/track?reference=${docs[0]!.reference.toLowerCase()}&lang=fr`,
    )
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toMatch(
      new RegExp(`/api/service-requests/track/${docs[0]!.reference}\\?lang=fr$`),
    )
  })
})

describe('nothing personal leaves', () => {
  it('no public answer carries a reporter’s name, email or phone', async () => {
    const spot = at('61', 'Wellington Street')
    const created = await report({
      service_code: 'NOISE',
      lat: spot.lat,
      long: spot.long,
      'attribute[noise_type]': 'music',
      email: 'private.person@example.ca',
      first_name: 'Priya',
      last_name: 'Private',
      phone: '519-555-0177',
    })
    const doc = await requestOf(created.body.reference)
    const answers = [
      await harness.rest('GET', `/${SERVICE_REQUESTS}`),
      await harness.rest('GET', `/${SERVICE_REQUESTS}/${doc.id}`),
      await harness.rest('GET', '/service-request-followers'),
      await harness.rest('GET', '/service-request-events'),
      await harness.rest('GET', `/open311/v2/requests.json`),
      await harness.rest('GET', `/open311/v2/requests/${created.body.reference}.xml`),
      await harness.rest('GET', `/${SERVICE_REQUESTS}/track/${created.body.reference}`),
      await harness.rest(
        'GET',
        `/${SERVICE_REQUESTS}/nearby?service_code=NOISE&lat=${spot.lat}&long=${spot.long}`,
      ),
    ]
    expect(answers.slice(0, 4).map((a) => a.status)).toEqual([403, 403, 403, 403])
    expect(answers[7]!.body[0]).toEqual({
      reference: created.body.reference,
      metres: 0,
      state: 'new',
      address: '61 Wellington Street',
    })
    for (const answer of answers)
      expect(JSON.stringify(answer.body)).not.toMatch(/private\.person|Priya|Private|555-0177/)
  })

  it('wards, addresses and the catalogue are public; the demo wards are all there', async () => {
    const wards = await harness.rest('GET', `/${WARDS}?limit=50`)
    expect(wards.status).toBe(200)
    expect(wards.body.totalDocs).toBe(demoWards().length)
  })
})
