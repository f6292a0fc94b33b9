import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MEDIA_RELEASES, USERS } from '../../cms/core/slugs'
import { DEMO_PASSWORD } from '../../cms/seed/demoUsers'
import { validContent } from '../helpers/fixtures'
import { type Harness, startHarness } from '../helpers/harness'

/**
 * Abuse of the sign-in and the forms: limits per IP and per address (429), lockout, the same answer
 * whether an address exists, sessions that end at sign-out, cookies that do not work cross-site, no CORS.
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => harness?.close())

let n = 0
const ip = () => `192.0.2.${(n += 1) % 250}`
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  harness.rest('POST', path, { body, headers: { 'x-forwarded-for': ip(), ...headers } })
const staffAccount = async (email: string) =>
  harness.payload.create({
    collection: USERS,
    data: {
      email,
      password: DEMO_PASSWORD,
      firstName: 'Test',
      lastName: 'Person',
      roles: ['communications-writer'],
    } as never,
    overrideAccess: true,
  })

describe('sign-in', () => {
  it('five wrong passwords lock the account: the right one is refused afterwards', async () => {
    await staffAccount('lockme@city.example')
    for (let i = 0; i < 5; i += 1)
      expect(
        (
          await post(`/${USERS}/login`, {
            email: 'lockme@city.example',
            password: 'wrong-password',
          })
        ).status,
      ).toBe(401)
    const right = await post(`/${USERS}/login`, {
      email: 'lockme@city.example',
      password: DEMO_PASSWORD,
    })
    expect(right.status).not.toBe(200)
    expect(JSON.stringify(right.body)).toMatch(/locked/i)
  })

  it('one IP trying many accounts gets 429 after 30 attempts in 10 minutes', async () => {
    const from = '198.18.0.1'
    const statuses: number[] = []
    for (let i = 0; i < 31; i += 1)
      statuses.push(
        (
          await post(
            `/${USERS}/login`,
            { email: `nobody${i}@example.com`, password: 'guess' },
            { 'x-forwarded-for': from },
          )
        ).status,
      )
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true)
    expect(statuses[30]).toBe(429)
  })

  it('rotating the client-written part of X-Forwarded-For does not escape the limit', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 31; i += 1)
      statuses.push(
        (
          await post(
            `/${USERS}/login`,
            { email: `rotate${i}@example.com`, password: 'guess' },
            { 'x-forwarded-for': `10.9.${i}.1, 198.18.0.9` },
          )
        ).status,
      )
    expect(statuses[30]).toBe(429)
  })

  it('a token is refused after sign-out (sessions end, not just the cookie)', async () => {
    const login = await post(`/${USERS}/login`, {
      email: 'writer@city.example',
      password: DEMO_PASSWORD,
    })
    expect(login.status).toBe(200)
    const auth = { authorization: `JWT ${login.body.token}` }
    expect((await harness.rest('GET', `/${USERS}/me`, { headers: auth })).body.user?.email).toBe(
      'writer@city.example',
    )
    expect((await harness.rest('POST', `/${USERS}/logout`, { headers: auth })).status).toBe(200)
    expect(
      (await harness.rest('GET', `/${USERS}/me`, { headers: auth })).body.user ?? null,
    ).toBeNull()
    expect(
      (
        await harness.rest('POST', `/${MEDIA_RELEASES}`, {
          headers: auth,
          body: validContent(MEDIA_RELEASES, 'After logout'),
        })
      ).status,
    ).toBe(403)
  })
})

describe('forgot password', () => {
  it('answers the same whether or not the address has an account', async () => {
    const known = await post(`/${USERS}/forgot-password`, { email: 'manager@city.example' })
    const unknown = await post(`/${USERS}/forgot-password`, {
      email: 'no-such-person@city.example',
    })
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
  })

  it('limits requests per address (3 an hour) and per IP (5 an hour)', async () => {
    const address = []
    for (let i = 0; i < 4; i += 1)
      address.push(
        (await post(`/${USERS}/forgot-password`, { email: 'emergency@city.example' })).status,
      )
    expect(address).toEqual([200, 200, 200, 429])
    const from = '198.18.0.2'
    const perIp = []
    for (let i = 0; i < 6; i += 1)
      perIp.push(
        (
          await post(
            `/${USERS}/forgot-password`,
            { email: `x${i}@example.com` },
            { 'x-forwarded-for': from },
          )
        ).status,
      )
    expect(perIp).toEqual([200, 200, 200, 200, 200, 429])
  })
})

describe('subscribing', () => {
  it('answers the same for a new address and one already subscribed (no way to learn who subscribes)', async () => {
    await harness.payload.create({
      collection: 'subscribers',
      data: {
        email: 'known@example.com',
        status: 'confirmed',
        topics: ['news'],
        language: 'en',
      } as never,
      overrideAccess: true,
    })
    const known = await post('/subscriptions', {
      email: 'known@example.com',
      topics: ['news'],
      language: 'en',
    })
    const fresh = await post('/subscriptions', {
      email: 'fresh@example.com',
      topics: ['news'],
      language: 'en',
    })
    expect(known.status).toBe(202)
    expect(fresh.status).toBe(known.status)
    expect(fresh.body).toEqual(known.body)
  })
})

describe('cross-site requests', () => {
  const cookieFor = async (email: string) => {
    const login = await post(`/${USERS}/login`, { email, password: DEMO_PASSWORD })
    return `payload-token=${login.body.token}`
  }

  it("a signed-in editor's cookie does not work for a request from another site (CSRF)", async () => {
    const cookie = await cookieFor('writer@city.example')
    const own = harness.payload.config.serverURL
    const forged = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      headers: { cookie, origin: 'https://evil.example' },
      body: validContent(MEDIA_RELEASES, 'Forged by another site'),
    })
    expect(forged.status).toBe(403)
    const genuine = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      headers: { cookie, origin: own },
      body: validContent(MEDIA_RELEASES, 'From the admin itself'),
    })
    expect(genuine.status).toBe(201)
  })

  it('no CORS: API answers carry no Access-Control-Allow-Origin, least of all *', async () => {
    const config = harness.payload.config
    const response = await fetchThroughHandler('GET', `/${MEDIA_RELEASES}`, {
      origin: 'https://evil.example',
    })
    expect(response.headers.get('access-control-allow-origin')).not.toBe('*')
    expect(response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    expect(config.cors).not.toBe('*')
  })
})

describe('email links', () => {
  it('unsubscribe and manage links answer 429 to a script hammering them', async () => {
    const from = '198.18.0.3'
    const statuses: number[] = []
    for (let i = 0; i < 61; i += 1)
      statuses.push(
        (
          await harness.rest('GET', `/subscriptions/unsubscribe?token=guess${i}`, {
            headers: { 'x-forwarded-for': from },
          })
        ).status,
      )
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true)
    expect(statuses[60]).toBe(429)
  })
})

const fetchThroughHandler = async (
  method: string,
  path: string,
  headers: Record<string, string>,
) => {
  const { handleEndpoints } = await import('payload')
  return handleEndpoints({
    config: harness.payload.config,
    request: new Request(`http://localhost:3000/api${path}`, { method, headers }),
    payloadInstanceCacheKey: harness.key,
  })
}
