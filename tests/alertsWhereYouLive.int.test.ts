import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  EMERGENCY_BULLETINS,
  PUSH_SUBSCRIPTIONS,
  SMS_SUBSCRIBERS,
  SUBSCRIBERS,
} from '../cms/core/slugs'
import { parsePolygon } from '../cms/addresses/core/capShapes'
import { subscriberToken } from '../cms/email/core/tokens'
import { closeOutboxTransporter } from '../cms/email/transport'
import { outboxIdle } from '../cms/outbox/run'
import { seedDemo311 } from '../cms/seed/seed'
import { validContent } from './helpers/fixtures'
import { registerAddressIn } from './helpers/seedData'
import { type Harness, startHarness } from './helpers/harness'
import { drainOutbox } from './helpers/outbox'
import { waitFor } from './helpers/outboxWorkers'
import { startPushService } from './helpers/pushService'
import { startSmsGateway } from './helpers/smsGateway'
import { startSmtpSink } from './helpers/smtpSink'

/**
 * Alerts where you live (issue "Alerts where you live", item 1 and 2): subscribers on every
 * channel give a register address or wards and ask for `area: mine`; a bulletin for Ward 2 reaches
 * those inside it and those who asked for everywhere, on email, push and SMS alike, and the
 * officer's reach panel counts the same people before the button is pressed. Real SMTP, a real
 * push service and an SMS gateway on loopback.
 */
let harness: Harness
let push: Awaited<ReturnType<typeof startPushService>>
let gateway: Awaited<ReturnType<typeof startSmsGateway>>
let sink: Awaited<ReturnType<typeof startSmtpSink>>

beforeAll(async () => {
  push = await startPushService()
  gateway = await startSmsGateway()
  sink = await startSmtpSink()
  harness = await startHarness({
    env: { ...gateway.env, PUSH_SERVICE_HOSTS: push.hostEntry, SMTP_URL: sink.url },
  })
  await seedDemo311(harness.payload, 600)
}, 360_000)
afterAll(async () => {
  await outboxIdle()
  closeOutboxTransporter()
  await harness?.close()
  await push?.close()
  await gateway?.close()
  await sink?.close()
})

const OFFICER = 'emergency@city.example'
let lastIp = 0
const ip = () => ({ 'x-forwarded-for': `198.51.100.${(lastIp = (lastIp % 250) + 1)}` })
const codeIn = (body: string) => /\b(\d{6})\b/.exec(body)?.[1]

/** A register address in a ward, as a resident would type it. */
const addressIn = async (ward: number) => (await registerAddressIn(harness.payload, ward)).label

type Place = { area?: string; address?: string; wards?: number[] }

const subscribeEmail = async (email: string, place: Place) => {
  const asked = await harness.rest('POST', '/subscriptions', {
    body: { email, topics: ['emergency'], language: 'en', ...place },
    headers: ip(),
  })
  expect(asked.status, JSON.stringify(asked.body)).toBe(202)
  await drainOutbox(harness.payload)
  const link = /https?:\/\/\S+\/api(\/subscriptions\/confirm\?token=[\w%-]+)/.exec(
    sink.to(email).at(-1)!.parsed.text ?? '',
  )![1]!
  expect((await harness.rest('GET', link)).status).toBe(200)
}

const subscribePush = async (place: Place) => {
  const browser = push.subscribe()
  const answer = await harness.rest('POST', '/push-subscriptions', {
    body: { subscription: browser, topics: ['emergency'], language: 'en', ...place },
    headers: ip(),
  })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  return browser.id
}

const subscribeSms = async (phone: string, place: Place) => {
  const asked = await harness.rest('POST', '/sms-subscriptions', {
    body: { phone, topics: ['emergency'], language: 'en', ...place },
    headers: ip(),
  })
  expect(asked.status, JSON.stringify(asked.body)).toBe(202)
  expect(await waitFor(() => gateway.to(phone).some((t) => codeIn(t.body)), 30_000)).toBe(true)
  const confirmed = await harness.rest('POST', '/sms-subscriptions/confirm', {
    body: { phone, code: codeIn(gateway.to(phone).at(-1)!.body) },
    headers: ip(),
  })
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
}

const wardTwoBulletin = async (title: string) => {
  const created = await harness.rest('POST', `/${EMERGENCY_BULLETINS}`, {
    as: OFFICER,
    body: {
      ...validContent(EMERGENCY_BULLETINS, title),
      headline: title,
      areas: [
        {
          areaDesc: 'Ward 2',
          wards: [2],
          geocodes: [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3537039' }],
        },
      ],
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc as { id: number; areas: { wardPolygons: string[] }[] }
}

describe('alerts where you live', () => {
  it('a bulletin for Ward 2 reaches the address inside it, the ward chosen and everywhere, not Ward 5, on every channel; the reach panel counted them', async () => {
    const [inTwo, inFive] = [await addressIn(2), await addressIn(5)]
    const people = [
      { name: 'in-two', place: { area: 'mine', address: inTwo }, phone: '+15195550201' },
      { name: 'in-five', place: { area: 'mine', address: inFive }, phone: '+15195550202' },
      { name: 'ward-two', place: { area: 'mine', wards: [2] }, phone: '+15195550203' },
      { name: 'everywhere', place: {}, phone: '+15195550204' },
    ]
    const browsers = new Map<string, string>()
    for (const person of people) {
      await subscribeEmail(`${person.name}@example.com`, person.place)
      browsers.set(person.name, await subscribePush(person.place))
      await subscribeSms(person.phone, person.place)
    }
    // Only the address's id is kept, never the text typed; nothing at all for everywhere.
    const stored = await harness.payload.find({
      collection: SUBSCRIBERS,
      where: { email: { equals: 'in-two@example.com' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.docs[0]).toMatchObject({ area: 'mine', wards: [] })
    expect(typeof stored.docs[0]!.address).toBe('number')
    expect(JSON.stringify(stored.docs[0])).not.toContain(inTwo)
    expect(stored.docs[0]!.consent!.text).toContain('the City keeps the register address I gave')
    const everywhere = await harness.payload.find({
      collection: SMS_SUBSCRIBERS,
      where: { phone: { equals: '+15195550204' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(everywhere.docs[0]).toMatchObject({ area: 'everywhere', address: null, wards: [] })

    const bulletin = await wardTwoBulletin('Boil water: Ward 2')
    // The ward's boundary travels in CAP as a polygon.
    expect(bulletin.areas[0]!.wardPolygons).toHaveLength(1)
    expect(parsePolygon(bulletin.areas[0]!.wardPolygons[0]!).ok).toBe(true)
    const before = await harness.rest('GET', `/${EMERGENCY_BULLETINS}/${bulletin.id}/reach`, {
      as: OFFICER,
    })
    expect(before.body.willReach).toEqual({ email: 3, push: 3, sms: 3 })

    const texted = new Set(people.map((p) => gateway.to(p.phone).length))
    expect(texted.size).toBe(1) // each number has its code and its welcome so far
    const published = await harness.rest(
      'POST',
      `/${EMERGENCY_BULLETINS}/${bulletin.id}/workflow`,
      { as: OFFICER, body: { action: 'urgent-publish', comment: 'Ward 2 only.' } },
    )
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    await drainOutbox(harness.payload)

    const reached = (name: string) => ({
      email: sink
        .to(`${name}@example.com`)
        .some((m) => (m.parsed.subject ?? '').includes('Boil water: Ward 2')),
      push: push.received.some((r) => r.subscription === browsers.get(name)),
      sms: gateway
        .to(people.find((p) => p.name === name)!.phone)
        .some((t) => t.body.includes('Boil water')),
    })
    const all = { email: true, push: true, sms: true }
    expect(reached('in-two')).toEqual(all)
    expect(reached('ward-two')).toEqual(all)
    expect(reached('everywhere')).toEqual(all)
    expect(reached('in-five')).toEqual({ email: false, push: false, sms: false })
    const after = await harness.rest('GET', `/${EMERGENCY_BULLETINS}/${bulletin.id}/reach`, {
      as: OFFICER,
    })
    for (const channel of ['email', 'push', 'sms'])
      expect(after.body.reached.byChannel[channel], channel).toMatchObject({ total: 3, sent: 3 })
  })

  it('a sign-up cannot move someone else’s place: it waits for their confirmation', async () => {
    await subscribeEmail('moved@example.com', {})
    const asked = await harness.rest('POST', '/subscriptions', {
      body: { email: 'moved@example.com', topics: ['emergency'], area: 'mine', wards: [5] },
      headers: ip(),
    })
    expect(asked.status).toBe(202)
    const row = await harness.payload.find({
      collection: SUBSCRIBERS,
      where: { email: { equals: 'moved@example.com' } },
      overrideAccess: true,
    })
    expect(row.docs[0]).toMatchObject({ area: 'everywhere', wards: [] })
  })
})

describe('the manage page', () => {
  it('shows the place kept and changes it; an address not in the register is refused with the nearest ones, nothing changed', async () => {
    await subscribeEmail('manage@example.com', { area: 'mine', wards: [4] })
    const row = async () =>
      (
        await harness.payload.find({
          collection: SUBSCRIBERS,
          where: { email: { equals: 'manage@example.com' } },
          overrideAccess: true,
          depth: 0,
        })
      ).docs[0]!
    const token = subscriberToken(harness.payload.secret, (await row()).id, 1)
    const page = await harness.rest('GET', `/subscriptions/manage?token=${token}`)
    expect(page.status).toBe(200)
    expect(String(page.body)).toMatch(/name="area" value="mine" checked/)
    expect(String(page.body)).toMatch(/name="wards" value="4" checked/)
    const save = (fields: Record<string, string>) =>
      harness.rest('POST', '/subscriptions/manage', {
        body: new URLSearchParams({
          token,
          topics: 'emergency',
          language: 'en',
          ...fields,
        }).toString(),
        headers: { ...ip(), 'content-type': 'application/x-www-form-urlencoded' },
      })
    const refused = await save({ area: 'mine', address: '99999 Nowhere Street' })
    expect(refused.status).toBe(400)
    expect(String(refused.body)).toContain('role="alert"')
    expect(await row()).toMatchObject({ area: 'mine', wards: [4], address: null })
    const inThree = await addressIn(3)
    expect((await save({ area: 'mine', address: inThree })).status).toBe(200)
    expect(await row()).toMatchObject({ area: 'mine', wards: [] })
    expect(typeof (await row()).address).toBe('number')
    expect((await save({ area: 'everywhere', address: inThree })).status).toBe(200)
    // Nothing is kept for everywhere, even what the form still carried.
    expect(await row()).toMatchObject({ area: 'everywhere', wards: [], address: null })
  })
})

describe('the person’s own data', () => {
  it('an access request shows the place kept (the register address, the wards); an agent who may not see subscribers is told it was withheld', async () => {
    const inOne = await addressIn(1)
    await subscribeEmail('access@example.com', { area: 'mine', address: inOne, wards: [6] })
    await subscribeSms('+15195550299', { area: 'mine', wards: [6] })
    const path = '/correspondence/export?email=access@example.com&phone=519-555-0299'
    const records = await harness.rest('GET', path, { as: 'admin@city.example' })
    expect(records.status, JSON.stringify(records.body)).toBe(200)
    const [email] = records.body.subscriptions.email
    expect(email).toMatchObject({ area: 'mine', wards: [6], address: { label: inOne } })
    expect(email.consent.text).toContain('the register address I gave and ward 6')
    expect(email).not.toHaveProperty('confirmTokenHash')
    expect(records.body.subscriptions.sms[0]).toMatchObject({ area: 'mine', wards: [6] })
    expect(records.body.subscriptions.sms[0]).not.toHaveProperty('codeHash')
    const agent = await harness.rest('GET', path, { as: 'desk@city.example' })
    expect(agent.status).toBe(200)
    expect(agent.body.subscriptions).toEqual({
      withheld: expect.stringContaining('administrators'),
    })
    expect(JSON.stringify(agent.body)).not.toContain(inOne)
    const badPhone = await harness.rest('GET', `${path.replace('519-555-0299', 'call me')}`, {
      as: 'admin@city.example',
    })
    expect(badPhone.status).toBe(400)
    expect(badPhone.body.errors[0].field).toBe('phone')
  })

  it('unsubscribing erases the place, by email link and by STOP', async () => {
    await subscribeEmail('leaving@example.com', { area: 'mine', address: await addressIn(2) })
    const row = async () =>
      (
        await harness.payload.find({
          collection: SUBSCRIBERS,
          where: { email: { equals: 'leaving@example.com' } },
          overrideAccess: true,
          depth: 0,
        })
      ).docs[0]!
    const token = subscriberToken(harness.payload.secret, (await row()).id, 1)
    const left = await harness.rest('POST', `/subscriptions/unsubscribe?token=${token}`, {
      headers: ip(),
    })
    expect(left.status).toBe(200)
    expect(await row()).toMatchObject({
      status: 'unsubscribed',
      area: 'everywhere',
      address: null,
      wards: [],
    })
    await subscribeSms('+15195550298', { area: 'mine', wards: [3] })
    const fields = {
      From: '+15195550298',
      To: gateway.env.SMS_FROM,
      Body: 'STOP',
      MessageSid: `SM${Date.now()}`,
    }
    const stop = await harness.rest('POST', '/sms/inbound', {
      body: new URLSearchParams(fields).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': gateway.sign('http://127.0.0.1:3000/api/sms/inbound', fields),
      },
    })
    expect(stop.status, JSON.stringify(stop.body)).toBeLessThan(300)
    const sms = await harness.payload.find({
      collection: SMS_SUBSCRIBERS,
      where: { phone: { equals: '+15195550298' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(sms.docs[0]).toMatchObject({ status: 'unsubscribed', area: 'everywhere', wards: [] })
  })
})

describe('a hostile or mistaken place is refused on every channel, naming the field, storing nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    [
      'an address not in the register',
      { area: 'mine', address: '99999 Nowhere Street' },
      'address',
    ],
    ['a ward that does not exist', { area: 'mine', wards: [99] }, 'wards'],
    ['wards as an object', { area: 'mine', wards: { $gt: 0 } }, 'wards'],
    ['an area that is not one', { area: "mine' OR 1=1" }, 'area'],
    ['mine without a place', { area: 'mine' }, 'area'],
    [
      'an address longer than any',
      { area: 'mine', address: `1 ${'Main '.repeat(100)}` },
      'address',
    ],
    ['an address that is not text', { area: 'mine', address: ['1 Main Street'] }, 'address'],
  ]
  it.each(cases)('%s', async (_what, place, field) => {
    const email = `hostile-${field}-${Math.random().toString(36).slice(2)}@example.com`
    const phone = `+1519555${String(Math.floor(Math.random() * 9000) + 1000)}`
    const answers = [
      await harness.rest('POST', '/subscriptions', {
        body: { email, topics: ['emergency'], ...place },
        headers: ip(),
      }),
      await harness.rest('POST', '/push-subscriptions', {
        body: { subscription: push.subscribe(), topics: ['emergency'], ...place },
        headers: ip(),
      }),
      await harness.rest('POST', '/sms-subscriptions', {
        body: { phone, topics: ['emergency'], ...place },
        headers: ip(),
      }),
    ]
    for (const answer of answers) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(400)
      expect(answer.body.errors[0].field).toBe(field)
    }
    for (const [collection, where] of [
      [SUBSCRIBERS, { email: { equals: email } }],
      [SMS_SUBSCRIBERS, { phone: { equals: phone } }],
    ] as const)
      expect((await harness.payload.count({ collection, where })).totalDocs).toBe(0)
  })

  it('an address not in the register is answered with the nearest ones of the register', async () => {
    const near = (await addressIn(3)).replace(/^\d+/, (n) => String(Number(n) + 1000))
    const answer = await harness.rest('POST', '/subscriptions', {
      body: { email: 'typo@example.com', topics: ['emergency'], area: 'mine', address: near },
      headers: ip(),
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].field).toBe('address')
    expect(answer.body.errors[0].suggestions.length).toBeGreaterThan(0)
    expect(answer.body.errors[0].suggestions[0]).toEqual({
      id: expect.anything(),
      label: expect.any(String),
      ward: expect.any(String),
    })
    const form = await harness.rest('POST', '/subscriptions', {
      body: new URLSearchParams({
        email: 'typo@example.com',
        topics: 'emergency',
        area: 'mine',
        address: near,
      }).toString(),
      headers: { ...ip(), 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(form.status).toBe(400)
    expect(String(form.body)).toContain('Nearby addresses in the register')
  })
})

describe('push rows created before places existed', () => {
  it('count as everywhere', async () => {
    const browser = push.subscribe()
    await harness.payload.db.create({
      collection: PUSH_SUBSCRIPTIONS,
      data: {
        endpoint: browser.endpoint,
        p256dh: browser.keys.p256dh,
        auth: browser.keys.auth,
        service: '127.0.0.1',
        topics: ['emergency'],
        language: 'en',
        area: null,
        consent: { text: 'x', agreedAt: new Date().toISOString(), method: 'x' },
      },
    })
    const bulletin = await wardTwoBulletin('Water main repair: Ward 2')
    const reach = await harness.rest('GET', `/${EMERGENCY_BULLETINS}/${bulletin.id}/reach`, {
      as: OFFICER,
    })
    expect(reach.body.willReach.push).toBe(4)
  })
})
