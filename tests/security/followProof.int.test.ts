import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SERVICE_REQUESTS } from '../../cms/core/slugs'
import { closeOutboxTransporter } from '../../cms/email/transport'
import { seedDemo311 } from '../../cms/seed/seed'
import { type Harness, startHarness } from '../helpers/harness'
import { drainOutbox } from '../helpers/outbox'
import { startSmsGateway } from '../helpers/smsGateway'
import { startSmtpSink } from '../helpers/smtpSink'

/**
 * Following a request needs proof (issue 33, finding 7): `follow { phone }` once answered 200 with
 * no code and the next status change texted that number; 20 unconfirmed email followers each got
 * the status email. Now an email address gets one message with a link and a number one text with
 * a code, and nothing else until the follower proves the contact is theirs.
 */
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let gateway: Awaited<ReturnType<typeof startSmsGateway>>
let reference = ''
let requestId: number | string = ''

beforeAll(async () => {
  sink = await startSmtpSink()
  gateway = await startSmsGateway()
  harness = await startHarness({ env: gateway.env })
  process.env.SMTP_URL = sink.url
  await seedDemo311(harness.payload)
  await openRequest()
}, 360_000)
afterAll(async () => {
  closeOutboxTransporter()
  delete process.env.SMTP_URL
  await harness?.close()
  await gateway?.close()
})

/** A new pothole report, which the tests then follow and move on. */
const openRequest = async () => {
  const created = await harness.rest('POST', `/${SERVICE_REQUESTS}`, {
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': '203.0.113.1',
    },
    body: new URLSearchParams({
      service_code: 'POTHOLE',
      address_string: '123 Main Street',
      'attribute[size]': 'large',
    }).toString(),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  reference = created.body.reference
  const doc = await harness.payload.find({
    collection: SERVICE_REQUESTS,
    where: { reference: { equals: reference } },
    overrideAccess: true,
  })
  requestId = doc.docs[0]!.id
}

let address = 0
const follow = (body: Record<string, string>, json = false) =>
  harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/follow`, {
    headers: {
      'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded',
      'x-forwarded-for': `198.51.100.${(address += 1)}`,
    },
    body: json ? body : new URLSearchParams(body).toString(),
  })

const moveOn = async (state: string) => {
  const moved = await harness.rest('POST', `/${SERVICE_REQUESTS}/${requestId}/status`, {
    as: 'desk@city.example',
    body: { state },
  })
  expect(moved.status, JSON.stringify(moved.body)).toBe(200)
  await drainOutbox(harness.payload)
}

describe('following by email', () => {
  it('20 strangers’ addresses get one link each and no status email; the one who opens it does', async () => {
    for (let i = 0; i < 20; i += 1) {
      const answer = await follow({ email: `stranger${i}@example.ca`, language: 'en' })
      expect(answer.status).toBe(202)
      expect(String(answer.body)).toContain('Check your inbox')
    }
    const mine = await follow({ email: 'me@example.ca', language: 'en' })
    expect(mine.status).toBe(202)
    await drainOutbox(harness.payload)
    const asked = sink.to('me@example.ca')
    expect(asked).toHaveLength(1)
    expect(asked[0]!.parsed.subject).toBe(`[${reference}] Confirm the updates you asked for`)
    const link = /https?:\/\/\S+\/follow\/confirm\/\S+/.exec(asked[0]!.parsed.text ?? '')![0]
    const path = link.slice(link.indexOf('/service-requests'))

    await moveOn('acknowledged')
    for (let i = 0; i < 20; i += 1) expect(sink.to(`stranger${i}@example.ca`)).toHaveLength(1)
    expect(sink.to('me@example.ca')).toHaveLength(1)

    // A mail scanner opening the link confirms nothing; the button does.
    const page = await harness.rest('GET', path)
    expect(page.status).toBe(200)
    expect(String(page.body)).toContain('Start the updates')
    await moveOn('assigned')
    expect(sink.to('me@example.ca')).toHaveLength(1)
    const confirmed = await harness.rest('POST', path)
    expect(String(confirmed.body)).toContain(`We will email you at each step of ${reference}`)
    await moveOn('in-progress')
    expect(sink.to('me@example.ca').map((m) => m.parsed.subject)).toEqual([
      `[${reference}] Confirm the updates you asked for`,
      `[${reference}] Request in progress: Pothole`,
    ])
    expect(sink.to('stranger0@example.ca')).toHaveLength(1)
  })

  it('one address gets at most 3 links an hour, however often it is entered', async () => {
    for (let i = 0; i < 6; i += 1)
      expect((await follow({ email: 'target@example.ca' })).status).toBe(202)
    await drainOutbox(harness.payload)
    expect(sink.to('target@example.ca')).toHaveLength(3)
  })

  it('after a stop, following again needs the proof again', async () => {
    // The stop link of the last update me@example.ca received.
    const update = sink.to('me@example.ca').at(-1)!.parsed.text ?? ''
    const stop = /\/unfollow\/\S+/.exec(update)![0]
    expect((await harness.rest('POST', `/${SERVICE_REQUESTS}${stop}`)).status).toBe(200)
    const again = await follow({ email: 'me@example.ca', language: 'en' })
    expect(again.status).toBe(202)
  })

  it('a token that is no follower’s confirms nothing', async () => {
    const answer = await harness.rest('POST', `/${SERVICE_REQUESTS}/follow/confirm/not-a-token`)
    expect(answer.status).toBe(404)
  })
})

describe('following by text', () => {
  beforeAll(openRequest)
  const PHONE = '+15195550177'
  const confirm = (code: string, phone = PHONE) =>
    harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/follow/confirm`, {
      headers: { 'x-forwarded-for': '203.0.113.9' },
      body: { phone, code },
    })

  it('a number gets one code and no status text until the code is typed back', async () => {
    const answer = await follow({ phone: '519-555-0177' }, true)
    expect(answer.status).toBe(202)
    expect(answer.body).toEqual({ reference, following: false, confirm: 'code' })
    await drainOutbox(harness.payload)
    const texts = gateway.to(PHONE)
    expect(texts).toHaveLength(1)
    const code = / (\d{6})\./.exec(texts[0]!.body)![1]!
    await moveOn('acknowledged')
    expect(gateway.to(PHONE)).toHaveLength(1)

    const wrong = await confirm(code === '000000' ? '111111' : '000000')
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0]).toMatchObject({ field: 'code' })
    expect(wrong.body.errors[0].message).toContain('4 tries left')
    expect((await confirm(code, '+15195550100')).status).toBe(400) // another number
    const right = await confirm(` ${code.slice(0, 3)} ${code.slice(3)} `)
    expect(right.status).toBe(200)
    expect(right.body).toEqual({ reference, following: true })
    await moveOn('assigned')
    expect(gateway.to(PHONE)).toHaveLength(2)
    expect(gateway.to(PHONE)[1]!.body).toContain(reference)
  })

  it('five wrong codes spend it: the right one then fails too', async () => {
    const phone = '+15195550188'
    expect((await follow({ phone }, true)).status).toBe(202)
    await drainOutbox(harness.payload)
    const code = / (\d{6})\./.exec(gateway.to(phone)[0]!.body)![1]!
    const other = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i += 1) expect((await confirm(other, phone)).status).toBe(400)
    const late = await confirm(code, phone)
    expect(late.status).toBe(400)
    expect(late.body.errors[0].message).toContain('no longer be used')
  })
})
