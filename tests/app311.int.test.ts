import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAddresses } from '../cms/addresses/core/demoCity'
import { ADDRESSES, API_CLIENTS, REQUEST_PHOTOS, SERVICE_REQUESTS } from '../cms/core/slugs'
import { seedDemo311 } from '../cms/seed/seed'
import { type Harness, startHarness } from './helpers/harness'
import { requestByReference } from './helpers/requests311'

/**
 * What the City's 311 app (site/public/app311.js) asks of the CMS, through the public contract any
 * other app may use: a keyless report with photos that a phone queued offline and may send twice
 * (its idempotency key), every open report near the resident, and following by push with the token
 * that says "still not fixed" later.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
const main = demoAddresses().find((a) => a.street === 'Main Street' && a.number === '123')!
let photo: Buffer

beforeAll(async () => {
  harness = await startHarness()
  await seedDemo311(harness.payload)
  photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#654' } })
    .jpeg()
    .toBuffer()
})
afterAll(async () => {
  await harness?.close()
})

let lastIp = 0
const ip = () => `203.0.113.${++lastIp}`
const count = async () =>
  (await harness.payload.count({ collection: SERVICE_REQUESTS, overrideAccess: true })).totalDocs
const photosOf = async (request: number | string) =>
  (
    await harness.payload.count({
      collection: REQUEST_PHOTOS,
      where: { request: { equals: request } },
      overrideAccess: true,
    })
  ).totalDocs

/** The app's post: multipart, the key as a field (no preflight from another origin). */
const appReport = (fields: Record<string, string>, from = ip(), headers = {}) => {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  form.append('media', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'IMG_1.jpg')
  return harness.rest('POST', `/${SERVICE_REQUESTS}`, {
    body: form,
    headers: { 'x-forwarded-for': from, ...headers },
  })
}

const POTHOLE = {
  service_code: 'POTHOLE',
  'attribute[size]': 'large',
  language: 'fr',
  channel: 'app',
}

describe('a report the app queued offline', () => {
  it('is stored once with its photo, from the app, and its retry gets the first answer', async () => {
    const before = await count()
    const fields = {
      ...POTHOLE,
      lat: String(main.lat),
      long: String(main.long),
      idempotency_key: '0b5a7e5c-2f4e-4f7b-9d55-1f0f3c9d2a10',
    }
    const first = await appReport(fields)
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    expect(Object.keys(first.body).sort()).toEqual([
      'expectedAt',
      'nearby',
      'reference',
      'survey',
      'token',
    ])
    // The reporter's survey link, in the report's language (the app shows it once it is closed).
    expect(first.body.survey).toMatch(/\/api\/service-requests\/survey\?t=\d+\.[\w-]{43}&lang=fr$/)
    expect(first.body.reference).toMatch(/^SR-\d{4}-\d{6}$/)
    const stored = await requestByReference(harness.payload, first.body.reference)
    expect(stored).toMatchObject({ channel: 'app', language: 'fr', serviceCode: 'POTHOLE' })
    expect(first.body.token).toBe(stored.token)
    expect(await photosOf(stored.id)).toBe(1)
    // The connection dropped before the answer came: the phone sends it all again, from elsewhere.
    const again = await appReport(fields)
    expect(again.status).toBe(201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.body).toEqual(first.body)
    expect(await count()).toBe(before + 1)
    expect(await photosOf(stored.id)).toBe(1)
  })

  it('a key in the header is answered before the body is read and before the hour is counted', async () => {
    const from = ip()
    const key = { 'idempotency-key': 'queued-report-77' }
    const first = await appReport(
      { ...POTHOLE, lat: String(main.lat), long: String(main.long) },
      from,
      key,
    )
    expect(first.status).toBe(201)
    // The connection's hour is spent (10 reports)...
    for (let i = 0; i < 9; i += 1)
      expect((await appReport({ service_code: 'NOPE' }, from)).status).toBe(400)
    expect((await appReport({ service_code: 'NOPE' }, from)).status).toBe(429)
    // ...yet the queued report's retry still gets its reference, and nothing new is stored.
    const before = await count()
    const retry = await appReport({ ...POTHOLE, description: 'changed' }, from, key)
    expect(retry.status).toBe(201)
    expect(retry.body.reference).toBe(first.body.reference)
    expect(await count()).toBe(before)
  })

  it('hostile keys are refused naming the field, and store nothing', async () => {
    const before = await count()
    const spaced = await appReport({ ...POTHOLE, address_string: '123 Main Street' }, ip(), {
      'idempotency-key': 'two words',
    })
    expect(spaced.status).toBe(400)
    expect(spaced.body.errors[0].field).toBe('Idempotency-Key')
    expect(spaced.headers.get('access-control-allow-origin')).toBe('*')
    const long = await appReport({
      ...POTHOLE,
      address_string: '123 Main Street',
      idempotency_key: 'x'.repeat(256),
    })
    expect(long.status).toBe(400)
    expect(long.body.errors[0]).toEqual({
      field: 'idempotency_key',
      message:
        'The field idempotency_key must be 1 to 255 visible ASCII characters (a UUID is best).',
    })
    expect(await count()).toBe(before)
  })

  it('the same key from an Open311 client is its own: neither answer leaks to the other', async () => {
    const key = 'shared-key-1'
    const mine = await appReport({
      ...POTHOLE,
      address_string: '123 Main Street',
      idempotency_key: key,
    })
    expect(mine.status).toBe(201)
    const client = await harness.rest('POST', `/${API_CLIENTS}`, {
      as: 'admin@city.example',
      body: { name: 'Another app', contact: 'dev@app.example', rateLimitPerHour: 100 },
    })
    const theirs = await harness.rest('POST', '/open311/v2/requests.json', {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'idempotency-key': key,
        'x-forwarded-for': ip(),
      },
      body: new URLSearchParams({
        api_key: client.body.doc.apiKey,
        service_code: 'POTHOLE',
        address_string: '123 Main Street',
        'attribute[size]': 'small',
      }).toString(),
    })
    expect(theirs.status).toBe(201)
    expect(theirs.headers.get('idempotent-replayed')).toBeNull()
    expect(theirs.body[0].service_request_id).not.toBe(mine.body.reference)
  })

  it('a staff member signed in still enters a call (the staff path is not the public one)', async () => {
    const staff = await harness.rest('POST', `/${SERVICE_REQUESTS}`, {
      as: 'desk@city.example',
      body: { ...POTHOLE, address_string: '123 Main Street', channel: 'phone' },
    })
    expect(staff.status).toBe(201)
    expect(staff.body.message).toBe(`${staff.body.reference} opened.`)
    expect((await requestByReference(harness.payload, staff.body.reference)).channel).toBe('phone')
  })
})

describe('hostile reports from apps without a key', () => {
  const post = (files: { name: string; data: Buffer; type: string }[], key: string) => {
    const form = new FormData()
    for (const [k, v] of Object.entries({
      ...POTHOLE,
      address_string: '123 Main Street',
      idempotency_key: key,
    }))
      form.append(k, v)
    for (const f of files)
      form.append('media', new Blob([new Uint8Array(f.data)], { type: f.type }), f.name)
    return harness.rest('POST', `/${SERVICE_REQUESTS}`, {
      body: form,
      headers: { 'x-forwarded-for': ip() },
    })
  }

  it('a page posing as a photo, or four photos, are refused naming media; nothing is kept, not even the key', async () => {
    const before = await count()
    const fake = await post(
      [
        {
          name: 'IMG.jpg',
          data: Buffer.from('<html><script>x</script></html>'),
          type: 'image/jpeg',
        },
      ],
      'hostile-1',
    )
    expect(fake.status).toBe(400)
    expect(fake.body.errors[0].field).toBe('media')
    expect(fake.headers.get('access-control-allow-origin')).toBe('*')
    const four = await post(
      [1, 2, 3, 4].map((n) => ({ name: `p${n}.jpg`, data: photo, type: 'image/jpeg' })),
      'hostile-2',
    )
    expect(four.status).toBe(400)
    expect(four.body.errors[0].field).toBe('media')
    expect(await count()).toBe(before)
    // The refused key answers nothing kept: fixed and sent again, the report is stored.
    const fixed = await post([{ name: 'IMG.jpg', data: photo, type: 'image/jpeg' }], 'hostile-1')
    expect(fixed.status).toBe(201)
    expect(fixed.headers.get('idempotent-replayed')).toBeNull()
  })

  it('a body larger than three photos can be is refused before it is read', async () => {
    const huge = await post(
      [{ name: 'huge.jpg', data: Buffer.alloc(31 * 1024 * 1024, 1), type: 'image/jpeg' }],
      'hostile-3',
    )
    expect(huge.status).toBe(413)
    expect(huge.body.errors[0].field).toBe('media')
    expect(huge.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('open reports near the resident', () => {
  it('lists every service’s open reports within the radius, nearest first, public fields only', async () => {
    const near = await harness.rest(
      'GET',
      `/${SERVICE_REQUESTS}/nearby?lat=${main.lat}&long=${main.long}&radius=300`,
    )
    expect(near.status).toBe(200)
    expect(near.headers.get('access-control-allow-origin')).toBe('*')
    expect(near.body.length).toBeGreaterThanOrEqual(3)
    const metres = near.body.map((r: { metres: number }) => r.metres)
    expect(metres).toEqual([...metres].sort((a, b) => a - b))
    expect(Math.max(...metres)).toBeLessThanOrEqual(300)
    expect(Object.keys(near.body[0]).sort()).toEqual([
      'address',
      'metres',
      'reference',
      'requested_datetime',
      'service_code',
      'state',
    ])
    expect(JSON.stringify(near.body)).not.toMatch(/@|first_name|token/)
  })

  it('refuses a radius out of bounds and an unknown service, naming the parameter', async () => {
    for (const radius of ['5000', '10', 'abc', '1e3']) {
      const far = await harness.rest(
        'GET',
        `/${SERVICE_REQUESTS}/nearby?lat=${main.lat}&long=${main.long}&radius=${radius}`,
      )
      expect(far.status, radius).toBe(400)
      expect(far.body.errors[0].field).toBe('radius')
    }
    const unknown = await harness.rest(
      'GET',
      `/${SERVICE_REQUESTS}/nearby?service_code=NOPE&lat=${main.lat}&long=${main.long}`,
    )
    expect(unknown.body.errors[0].field).toBe('service_code')
    const nowhere = await harness.rest('GET', `/${SERVICE_REQUESTS}/nearby?lat=91&long=0`)
    expect(nowhere.status).toBe(400)
  })
})

describe('following and "still not fixed" from an app on another origin', () => {
  it('a form post with Accept: application/json is answered in JSON that any page may read', async () => {
    const created = await appReport({
      ...POTHOLE,
      address_string: '123 Main Street',
      idempotency_key: 'follow-json-1',
    })
    const reference = created.body.reference
    const follow = await harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/follow`, {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        'x-forwarded-for': ip(),
      },
      body: 'email=neighbour%40example.ca&language=fr',
    })
    expect(follow.status).toBe(202)
    expect(follow.body).toEqual({ reference, following: false, confirm: 'email' })
    expect(follow.headers.get('access-control-allow-origin')).toBe('*')
    // The same form without the header is the site's: a page.
    const page = await harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/follow`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip() },
      body: 'email=neighbour%40example.ca&language=fr',
    })
    expect(page.status).toBe(202)
    expect(String(page.body)).toMatch(/^<!doctype html>/i)
  })

  it('"still not fixed" with a token that is not a follower’s is refused in JSON, naming the token', async () => {
    const created = await appReport({
      ...POTHOLE,
      address_string: '123 Main Street',
      idempotency_key: 'reopen-json-1',
    })
    const reopen = await harness.rest(
      'POST',
      `/${SERVICE_REQUESTS}/${created.body.reference}/reopen`,
      {
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'x-forwarded-for': ip(),
        },
        body: new URLSearchParams({
          token: 'a'.repeat(24),
          comment: 'Still a hole.',
          language: 'en',
        }).toString(),
      },
    )
    expect(reopen.status).toBe(404)
    expect(reopen.body.errors[0].field).toBe('token')
    expect(reopen.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('the streets of the address register', () => {
  it('are public lines any map may draw, worked out again when the register changes', async () => {
    const first = await harness.rest('GET', '/addresses/streets')
    expect(first.status).toBe(200)
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    const main = first.body.find((s: { street: string }) => s.street === 'Main Street')
    expect(main.lines.length).toBeGreaterThanOrEqual(1)
    // Main Street runs east-west: its line keeps (nearly) one latitude, the addresses' own.
    const lats = main.lines.flat().map(([, lat]: number[]) => lat)
    expect(Math.max(...lats) - Math.min(...lats)).toBeLessThan(0.001)
    await harness.payload.create({
      collection: ADDRESSES,
      data: {
        label: '1 Nouvelle Street',
        number: '1',
        street: 'Nouvelle Street',
        searchKey: '1 nouvelle street',
        streetKey: 'nouvelle street',
        lat: main.lines[0][0][1],
        long: main.lines[0][0][0],
      },
      overrideAccess: true,
    })
    await harness.payload.create({
      collection: ADDRESSES,
      data: {
        label: '3 Nouvelle Street',
        number: '3',
        street: 'Nouvelle Street',
        searchKey: '3 nouvelle street',
        streetKey: 'nouvelle street',
        lat: main.lines[0][0][1] + 0.0005,
        long: main.lines[0][0][0],
      },
      overrideAccess: true,
    })
    const second = await harness.rest('GET', '/addresses/streets')
    expect(second.body.map((s: { street: string }) => s.street)).toContain('Nouvelle Street')
    expect(second.body).toHaveLength(first.body.length + 1)
  })
})
