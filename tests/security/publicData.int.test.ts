import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoAddresses } from '../../cms/addresses/core/demoCity'
import { SERVICE_REQUEST_EVENTS, SERVICE_REQUESTS } from '../../cms/core/slugs'
import { seedDemo311 } from '../../cms/seed/seed'
import { createApiKey } from '../helpers/apiClient'
import { type Harness, startHarness } from '../helpers/harness'

/**
 * What a report makes public: the register's address (never what was typed beside a point: a
 * name, a phone number, an email typed there were published word for word), coordinates to about
 * 10 m, and open data a spreadsheet opens without running anything.
 */
let harness: Harness
let apiKey = ''

beforeAll(async () => {
  harness = await startHarness()
  await seedDemo311(harness.payload)
  apiKey = await createApiKey(harness, 'Public data app')
}, 360_000)
afterAll(async () => harness?.close())

const spot = demoAddresses().find((a) => a.street === 'Main Street' && a.number === '123')!
/** A few metres off the register's point, with six decimals as a phone gives them. */
const lat = (spot.lat + 0.0000317).toFixed(6)
const long = (spot.long - 0.0000283).toFixed(6)

const report = (addressString: string) =>
  harness.rest('POST', '/open311/v2/requests.json', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      api_key: apiKey,
      service_code: 'POTHOLE',
      lat,
      long,
      address_string: addressString,
      'attribute[size]': 'large',
    }).toString(),
  })

describe('public data minimised', () => {
  it('free text typed as the address is never public; coordinates are rounded; the CSV defuses formulas', async () => {
    const personal = 'Casey Resident 519-555-0188 casey@example.ca'
    const formula = `-1+cmd|' /C calc'!A0`
    const references: string[] = []
    for (const typed of [personal, formula]) {
      const answer = await report(typed)
      expect(answer.status, JSON.stringify(answer.body)).toBe(201)
      references.push(answer.body[0].service_request_id)
    }
    for (const reference of references) {
      const [view] = (await harness.rest('GET', `/open311/v2/requests/${reference}.json`)).body
      expect(view.address).toMatch(/Main Street/)
      expect(String(view.lat).split('.')[1]!.length).toBeLessThanOrEqual(4)
      expect(String(view.long).split('.')[1]!.length).toBeLessThanOrEqual(4)
      const status = await harness.rest('GET', `/${SERVICE_REQUESTS}/track/${reference}`)
      expect(String(status.body)).not.toContain('Casey')
    }
    const csv = String((await harness.rest('GET', `/${SERVICE_REQUESTS}/open-data.csv`)).body)
    expect(csv).not.toContain('Casey')
    expect(csv).not.toContain('555-0188')
    for (const cell of csv.split(/\r\n/).flatMap((line) => line.split(',')))
      expect(cell, 'a cell a spreadsheet would run').not.toMatch(/^"?[=+@\t\r]|^"?-[^\d]/)
    expect(csv).not.toMatch(/,-1\+cmd/)
    const geojson = (await harness.rest('GET', `/${SERVICE_REQUESTS}/open-data.geojson`)).body
    expect(JSON.stringify(geojson)).not.toContain('Casey')
    // Staff still see what was typed, in the request's history.
    const history = await harness.payload.find({
      collection: SERVICE_REQUEST_EVENTS,
      where: { action: { equals: 'opened' } },
      overrideAccess: true,
      pagination: false,
    })
    expect(history.docs.map((e) => e.details).join('\n')).toContain(`typed: "${personal}"`)
  })
})

describe('the free-text description', () => {
  it('is public only once staff approve it, and withheld again it is private again', async () => {
    const said = 'Deep hole outside the Tremblay house; the kids of number 12 fell in it.'
    const posted = await harness.rest('POST', '/open311/v2/requests.json', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        api_key: apiKey,
        service_code: 'POTHOLE',
        address_string: '123 Main Street',
        'attribute[size]': 'large',
        description: said,
      }).toString(),
    })
    expect(posted.status).toBe(201)
    const reference = posted.body[0].service_request_id
    const view = async () =>
      (await harness.rest('GET', `/open311/v2/requests/${reference}.json`)).body[0]
    expect((await view()).description).toBe('')
    const list = await harness.rest('GET', '/open311/v2/requests.json')
    expect(JSON.stringify(list.body)).not.toContain('Tremblay')
    const { docs } = await harness.payload.find({
      collection: SERVICE_REQUESTS,
      where: { reference: { equals: reference } },
      overrideAccess: true,
    })
    expect(docs[0]!.descriptionReview).toBe('pending')
    const review = (descriptionReview: string) =>
      harness.rest('PATCH', `/${SERVICE_REQUESTS}/${docs[0]!.id}`, {
        as: 'desk@city.example',
        body: { descriptionReview },
      })
    expect((await review('approved')).status).toBe(200)
    expect((await view()).description).toBe(said)
    expect((await review('withheld')).status).toBe(200)
    expect((await view()).description).toBe('')
  })
})
