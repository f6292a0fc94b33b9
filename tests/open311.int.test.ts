import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { publicCoordinate } from '../cms/core/publicPoint'
import { demoAddresses } from '../cms/addresses/core/demoCity'
import { API_CLIENTS } from '../cms/core/slugs'
import { seedDemo311 } from '../cms/seed/seed'
import { type Harness, startHarness } from './helpers/harness'
import { xmlItems } from './helpers/requests311'

/**
 * Open311 GeoReport v2 walked as an app would: discover, list services, read a definition, post with
 * each form of location, read back by id and by token, filter the list, and meet the errors (bad key,
 * missing required attribute, a place outside the city), in JSON and in XML.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
let apiKey = ''

const ADMIN = 'admin@city.example'
/** A place in Maple Bay: the demo city's first address on Main Street. */
const main = demoAddresses().find((a) => a.street === 'Main Street' && a.number === '123')!

beforeAll(async () => {
  harness = await startHarness()
  await seedDemo311(harness.payload)
  const created = await harness.rest('POST', `/${API_CLIENTS}`, {
    as: ADMIN,
    body: { name: 'Conformance app', contact: 'dev@app.example', rateLimitPerHour: 1000 },
  })
  expect(created.status).toBe(201)
  apiKey = created.body.doc.apiKey
})
afterAll(async () => {
  await harness?.close()
})

const get = (path: string) => harness.rest('GET', `/open311/v2/${path}`)

const post = (fields: Record<string, string>, format: 'json' | 'xml' = 'json') =>
  harness.rest('POST', `/open311/v2/requests.${format}`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  })

describe('discovery and services', () => {
  it('discovery names the endpoint and both formats', async () => {
    const json = await get('discovery.json')
    expect(json.status).toBe(200)
    expect(json.headers.get('access-control-allow-origin')).toBe('*')
    expect(json.body.endpoints[0].url).toMatch(/\/open311\/v2\/$/)
    expect(json.body.endpoints[0].formats).toEqual(['application/json', 'text/xml'])
    // The changeset is when the catalogue last changed: an app reads the services again after it.
    expect(json.body.changeset).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(Date.now() - Date.parse(json.body.changeset)).toBeLessThan(10 * 60_000)
    const xml = await get('discovery.xml')
    expect(xml.headers.get('content-type')).toMatch(/^text\/xml/)
    expect(xmlItems(xml.body, 'endpoint')[0]).toMatchObject({ type: 'production' })
    expect(xml.body).toContain('<format>text/xml</format>')
  })

  it('lists the catalogue in JSON and XML, in French when asked', async () => {
    const json = await get('services.json')
    expect(json.body.length).toBeGreaterThanOrEqual(20)
    const pothole = json.body.find((s: { service_code: string }) => s.service_code === 'POTHOLE')
    expect(pothole).toMatchObject({
      service_name: 'Pothole',
      metadata: true,
      type: 'realtime',
      group: 'Roads',
    })
    const xml = await get('services.xml')
    expect(
      xmlItems(xml.body, 'service')
        .map((s) => s.service_code)
        .sort(),
    ).toEqual(json.body.map((s: { service_code: string }) => s.service_code).sort())
    const french = await get('services.json?locale=fr')
    expect(
      french.body.find((s: { service_code: string }) => s.service_code === 'POTHOLE').service_name,
    ).toBe('Nid-de-poule')
  })

  it('defines a service’s questions, and says so when a code is unknown', async () => {
    const json = await get('services/POTHOLE.json')
    const size = json.body.attributes.find((a: { code: string }) => a.code === 'size')
    expect(size).toMatchObject({
      variable: true,
      datatype: 'singlevaluelist',
      required: true,
      order: 1,
    })
    expect(size.values.map((v: { key: string }) => v.key)).toEqual(['small', 'medium', 'large'])
    const xml = await get('services/POTHOLE.xml')
    expect(xmlItems(xml.body, 'attribute').map((a) => a.code)).toEqual(['size', 'position'])
    const missing = await get('services/NOPE.json')
    expect(missing.status).toBe(404)
    expect(missing.body[0]).toMatchObject({ code: 404 })
    expect(missing.body[0].description).toMatch(/NOPE/)
    const noFormat = await get('services')
    expect(noFormat.status).toBe(404)
  })
})

describe('posting requests', () => {
  const reporter = {
    email: 'casey.resident@example.ca',
    first_name: 'Casey',
    last_name: 'Resident',
    phone: '519-555-0142',
  }

  it('refuses a post without a key, or with a wrong one, in both formats', async () => {
    const none = await post({
      service_code: 'POTHOLE',
      lat: String(main.lat),
      long: String(main.long),
    })
    expect(none.status).toBe(403)
    expect(none.body[0].code).toBe(403)
    const wrong = await post(
      {
        api_key: 'o311_wrong',
        service_code: 'POTHOLE',
        lat: String(main.lat),
        long: String(main.long),
      },
      'xml',
    )
    expect(wrong.status).toBe(403)
    expect(xmlItems(wrong.body, 'error')[0]).toMatchObject({ code: '403' })
  })

  it('accepts a point, reads it back by id and by token, and shows no personal data', async () => {
    const answer = await post({
      api_key: apiKey,
      service_code: 'POTHOLE',
      lat: String(main.lat),
      long: String(main.long),
      'attribute[size]': 'large',
      description: 'Deep hole in the right lane. Call me at 519-555-0142.',
      ...reporter,
    })
    expect(answer.status).toBe(201)
    const [created] = answer.body
    expect(created.service_request_id).toMatch(/^SR-\d{4}-\d{6}$/)
    expect(created.token).toBeTypeOf('string')
    const byId = await get(`requests/${created.service_request_id}.json`)
    expect(byId.body).toHaveLength(1)
    expect(byId.body[0]).toMatchObject({
      service_request_id: created.service_request_id,
      status: 'open',
      service_code: 'POTHOLE',
      service_name: 'Pothole',
      address: '123 Main Street',
      agency_responsible: 'Public Works',
      // Public coordinates are rounded to about 10 m (the exact point stays with staff).
      lat: publicCoordinate(main.lat),
      long: publicCoordinate(main.long),
    })
    expect(byId.body[0].expected_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/)
    const text = JSON.stringify(byId.body)
    for (const secret of ['casey', 'Casey', 'Resident', '555-0142'])
      expect(text).not.toContain(secret)
    const byToken = await get(`tokens/${created.token}.json`)
    expect(byToken.body).toEqual([
      { service_request_id: created.service_request_id, token: created.token },
    ])
    const xml = await get(`requests/${created.service_request_id}.xml`)
    expect(xmlItems(xml.body, 'request')[0]).toMatchObject({
      service_request_id: created.service_request_id,
      status: 'open',
    })
    expect(xml.body).not.toContain('Casey')
  })

  it('accepts an address as typed and an address id', async () => {
    const typed = await post({
      api_key: apiKey,
      service_code: 'GRAFFITI',
      address_string: '45 main st.',
      'attribute[offensive]': 'no',
    })
    expect(typed.status).toBe(201)
    const back = await get(`requests/${typed.body[0].service_request_id}.json`)
    expect(back.body[0].address).toBe('45 Main Street')
    const search = await harness.rest('GET', '/addresses/search?q=10%20Erie%20Street')
    const id = search.body[0].id
    const byId = await post(
      {
        api_key: apiKey,
        service_code: 'STREETLIGHT',
        address_id: String(id),
        'attribute[problem]': 'out',
      },
      'xml',
    )
    expect(byId.status).toBe(201)
    const reference = xmlItems(byId.body, 'request')[0]!.service_request_id!
    expect((await get(`requests/${reference}.json`)).body[0]).toMatchObject({
      address: '10 Erie Street',
      address_id: String(id),
    })
  })

  it('names a missing required attribute, an address not in the register and a place outside the city', async () => {
    const missing = await post({
      api_key: apiKey,
      service_code: 'POTHOLE',
      lat: String(main.lat),
      long: String(main.long),
    })
    expect(missing.status).toBe(400)
    expect(missing.body[0]).toMatchObject({ code: 400 })
    expect(missing.body[0].description).toMatch(/attribute\[size\]/)
    const unknown = await post({
      api_key: apiKey,
      service_code: 'GRAFFITI',
      address_string: '99999 Main Street',
      'attribute[offensive]': 'no',
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body[0].description).toMatch(
      /not in the City’s address register.*Nearest: \d+ Main Street/,
    )
    const toronto = await post(
      {
        api_key: apiKey,
        service_code: 'GRAFFITI',
        lat: '43.6532',
        long: '-79.3832',
        'attribute[offensive]': 'no',
      },
      'xml',
    )
    expect(toronto.status).toBe(400)
    expect(xmlItems(toronto.body, 'error')[0]!.description).toMatch(/outside the city/)
    const noPlace = await post({
      api_key: apiKey,
      service_code: 'GRAFFITI',
      'attribute[offensive]': 'no',
    })
    expect(noPlace.status).toBe(400)
    expect(noPlace.body[0].description).toMatch(/Say where the problem is/)
  })

  it('accepts a likely duplicate and says so in its service notice, not in the public notes', async () => {
    const near = {
      api_key: apiKey,
      service_code: 'POTHOLE',
      lat: String(main.lat + 0.0001),
      long: String(main.long),
      'attribute[size]': 'small',
    }
    const answer = await post(near)
    expect(answer.status).toBe(201)
    expect(answer.body[0].service_notice).toMatch(
      /may duplicate SR-\d{4}-\d{6} \(open, 1\d m away\)/,
    )
    const back = await get(`requests/${answer.body[0].service_request_id}.json`)
    // Apps publish status_notes as the City's words: the hint is for the poster and staff only.
    expect(back.body[0].status_notes).toBe('')
  })

  it('holds each client to its hourly limit', async () => {
    const small = await harness.rest('POST', `/${API_CLIENTS}`, {
      as: ADMIN,
      body: { name: 'Small app', contact: 'small@app.example', rateLimitPerHour: 2 },
    })
    const key = small.body.doc.apiKey
    const one = {
      api_key: key,
      service_code: 'NOISE',
      lat: String(main.lat),
      long: String(main.long),
      'attribute[noise_type]': 'music',
    }
    expect((await post(one)).status).toBe(201)
    expect((await post(one)).status).toBe(201)
    const third = await post(one)
    expect(third.status).toBe(429)
    expect(third.body[0].code).toBe(429)
  })

  it('answers a browser’s CORS preflight', async () => {
    const answer = await harness.rest('OPTIONS', '/open311/v2/requests.json')
    expect(answer.status).toBe(204)
    expect(answer.headers.get('access-control-allow-methods')).toContain('POST')
  })
})

describe('listing requests', () => {
  it('filters by id, service, status and dates, in JSON and XML', async () => {
    const all = await get('requests.json')
    expect(all.body.length).toBeGreaterThanOrEqual(5)
    const potholes = await get('requests.json?service_code=POTHOLE')
    expect(potholes.body.every((r: { service_code: string }) => r.service_code === 'POTHOLE')).toBe(
      true,
    )
    expect(potholes.body.length).toBe(2)
    const two = all.body
      .slice(0, 2)
      .map((r: { service_request_id: string }) => r.service_request_id)
    const byIds = await get(`requests.json?service_request_id=${two.join(',')}`)
    expect(
      byIds.body.map((r: { service_request_id: string }) => r.service_request_id).sort(),
    ).toEqual([...two].sort())
    expect((await get('requests.json?status=closed')).body).toEqual([])
    expect((await get('requests.json?status=open')).body.length).toBe(all.body.length)
    const future = new Date(Date.now() + 86_400_000).toISOString()
    expect((await get(`requests.json?start_date=${encodeURIComponent(future)}`)).body).toEqual([])
    const bad = await get('requests.json?status=pending')
    expect(bad.status).toBe(400)
    expect(bad.body[0].description).toMatch(/open or closed/)
    const xml = await get('requests.xml?service_code=POTHOLE')
    expect(xmlItems(xml.body, 'request')).toHaveLength(2)
    const everything = JSON.stringify(all.body) + xml.body
    expect(everything).not.toMatch(/casey|example\.ca|555-0142/i)
  })

  it('the API client’s key is shown once, at creation, and never read back', async () => {
    const { docs } = await harness.payload.find({ collection: API_CLIENTS, overrideAccess: true })
    const listed = await harness.rest('GET', `/${API_CLIENTS}/${docs[0]!.id}`, { as: ADMIN })
    expect(listed.body).not.toHaveProperty('apiKey')
    expect(listed.body).not.toHaveProperty('keyHash')
    expect(listed.body.keyPrefix).toMatch(/^o311_/)
    expect((await harness.rest('GET', `/${API_CLIENTS}`)).status).toBe(403)
  })
})
