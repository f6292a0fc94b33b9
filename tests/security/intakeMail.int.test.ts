import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  CORRESPONDENCE,
  CORRESPONDENCE_FILES,
  CORRESPONDENCE_MESSAGES,
  DESK_AUDIT,
  SERVICE_REQUEST_EVENTS,
  SERVICE_REQUEST_FOLLOWERS,
  SERVICE_REQUESTS,
} from '../../cms/core/slugs'
import { closeOutboxTransporter } from '../../cms/email/transport'
import { seedDemo311 } from '../../cms/seed/seed'
import { type Harness, startHarness } from '../helpers/harness'
import { startInbound } from '../helpers/inbound'
import { drainOutbox } from '../helpers/outbox'
import { startSmtpSink } from '../helpers/smtpSink'

/**
 * Mail from outside, as an attacker or a broken mail system sends it, over real SMTP to the desk's
 * listener: bounces and null senders never open a case or get an answer; one forged sender cannot
 * turn the desk into a mail cannon; a message that can never be read is refused for good (5xx),
 * and a file that can never be kept does not make the whole message fail again at every retry.
 * Whatever is refused leaves nothing behind.
 */
vi.setConfig({ testTimeout: 120_000 })
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let inbound: Awaited<ReturnType<typeof startInbound>> | undefined

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness()
  await seedDemo311(harness.payload)
  process.env.SMTP_URL = sink.url
  inbound = await startInbound(harness.payload)
}, 360_000)
afterAll(async () => {
  closeOutboxTransporter()
  delete process.env.SMTP_URL
  await inbound?.close()
  await harness?.close()
  await sink?.close()
})

const DESK = 'contact@city.example'
const count = async (collection: typeof CORRESPONDENCE | typeof CORRESPONDENCE_FILES) =>
  (await harness.payload.count({ collection, overrideAccess: true })).totalDocs
const casesFrom = async (email: string) =>
  (
    await harness.payload.count({
      collection: CORRESPONDENCE,
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).totalDocs

/** A raw message, exactly as written (nodemailer would add or fix headers). */
const sendRaw = (raw: string | Buffer, envelopeFrom: string, to = DESK) =>
  inbound!.mailer().sendMail({ envelope: { from: envelopeFrom, to: [to] }, raw })

const smtpCode = async (sending: Promise<unknown>) =>
  sending.then(
    () => 250,
    (error: { responseCode?: number }) => error.responseCode ?? 0,
  )

describe('no loops, no floods', () => {
  it('25 messages from one forged sender: at most 3 acknowledgements, none repeating their subject, each marked automatic; the rest are told to come back later', async () => {
    const codes: number[] = []
    for (let i = 0; i < 25; i += 1)
      codes.push(
        await smtpCode(
          inbound!.mailer().sendMail({
            from: 'victim@example.ca',
            to: DESK,
            subject: `Cheap pills at pills.example #${i}`,
            text: 'Visit pills.example',
          }),
        ),
      )
    expect(codes.filter((c) => c === 250)).toHaveLength(20)
    expect(codes.slice(20)).toEqual([450, 450, 450, 450, 450])
    expect(await casesFrom('victim@example.ca')).toBe(20)
    await drainOutbox(harness.payload)
    const acks = sink.to('victim@example.ca')
    expect(acks).toHaveLength(3)
    for (const ack of acks) {
      expect(ack.parsed.subject).toMatch(/^\[C-\d{4}-\d{6}\] We received your message$/)
      expect(ack.parsed.text).not.toContain('pills')
      expect(ack.parsed.headers.get('auto-submitted')).toBe('auto-replied')
    }
  })

  it('a bounce with Return-Path: <>, an envelope MAIL FROM:<> and a qmail failure notice open no case and get no answer', async () => {
    const before = await count(CORRESPONDENCE)
    const bounce = (from: string, subject: string, extra: string, body: string) =>
      [
        extra,
        `From: ${from}`,
        `To: ${DESK}`,
        `Subject: ${subject}`,
        `Message-ID: <${Math.random().toString(36).slice(2)}@mx.example.ca>`,
        '',
        body,
      ]
        .filter((line, i) => i > 0 || line)
        .join('\r\n')
    const codes = [
      await smtpCode(
        sendRaw(
          bounce('Mail System <robot@mx.example.ca>', 'About your message', 'Return-Path: <>', 'x'),
          'robot@mx.example.ca',
        ),
      ),
      await smtpCode(
        sendRaw(bounce('robot2@mx.example.ca', 'Your message', '', 'Could not deliver.'), ''),
      ),
      await smtpCode(
        sendRaw(
          bounce(
            'robot3@mx.example.ca',
            'failure notice',
            '',
            'Hi. This is the qmail-send program at mx.example.ca.\r\nI’m afraid I wasn’t able to deliver your message.',
          ),
          'robot3@mx.example.ca',
        ),
      ),
    ]
    expect(codes).toEqual([250, 250, 250])
    expect(await count(CORRESPONDENCE)).toBe(before)
    await drainOutbox(harness.payload)
    for (const robot of ['robot', 'robot2', 'robot3'])
      expect(sink.to(`${robot}@mx.example.ca`)).toHaveLength(0)
  })
})

describe('permanent faults answer 5xx; refused mail leaves nothing', () => {
  it('an HTML attachment is left out and named; the message is taken once (250), with no orphan file', async () => {
    const files = await count(CORRESPONDENCE_FILES)
    const send = () =>
      inbound!.mailer().sendMail({
        from: 'page@example.ca',
        to: DESK,
        subject: 'My saved page',
        text: 'See the attached page and photo.',
        messageId: '<html-attachment@example.ca>',
        attachments: [
          { filename: 'page.html', content: '<script>alert(1)</script>', contentType: 'text/html' },
          { filename: 'notes.txt', content: 'Meter 42' },
        ],
      })
    expect(await smtpCode(send())).toBe(250)
    expect(await smtpCode(send())).toBe(250)
    expect(await casesFrom('page@example.ca')).toBe(1)
    expect(await count(CORRESPONDENCE_FILES)).toBe(files + 1)
    const { docs } = await harness.payload.find({
      collection: CORRESPONDENCE,
      where: { email: { equals: 'page@example.ca' } },
      overrideAccess: true,
    })
    const thread = await harness.payload.find({
      collection: CORRESPONDENCE_MESSAGES,
      where: { case: { equals: docs[0]!.id } },
      overrideAccess: true,
    })
    const first = thread.docs.find((m) => m.direction === 'in')!
    expect(first.body).toContain('[Not kept: page.html (text/html, not accepted)]')
    expect(first.attachments).toHaveLength(1)
  })

  const nested = (depth: number) => {
    let body = 'Content-Type: text/plain\r\n\r\nhi\r\n'
    for (let level = depth; level > 0; level -= 1)
      body = `Content-Type: multipart/mixed; boundary="b${level}"\r\n\r\n--b${level}\r\n${body}--b${level}--\r\n`
    return body
  }
  const head = (subject: string) =>
    `From: heavy@example.ca\r\nTo: ${DESK}\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\n`

  it.each([
    ['nested 3,000 deep', () => `${head('deep')}${nested(3000)}`],
    [
      'a header line of a megabyte',
      () => `${head('long')}X-Long: ${'a'.repeat(1 << 20)}\r\n\r\nhi`,
    ],
    [
      '20,000 parts',
      () =>
        `${head('parts')}Content-Type: multipart/mixed; boundary="p"\r\n\r\n${Array.from(
          { length: 20_000 },
          (_, i) => `--p\r\nContent-Type: text/plain\r\n\r\n${i}\r\n`,
        ).join('')}--p--\r\n`,
    ],
  ])('mail %s is refused for good (5xx) and leaves nothing', async (_label, build) => {
    const [cases, files] = [await count(CORRESPONDENCE), await count(CORRESPONDENCE_FILES)]
    const code = await smtpCode(sendRaw(build(), 'heavy@example.ca'))
    expect(code).toBeGreaterThanOrEqual(500)
    expect(code).toBeLessThan(600)
    expect([await count(CORRESPONDENCE), await count(CORRESPONDENCE_FILES)]).toEqual([cases, files])
  })
})

describe('replies prove who sent them', () => {
  const caseOf = async (reference: string) =>
    (
      await harness.payload.find({
        collection: CORRESPONDENCE,
        where: { reference: { equals: reference } },
        overrideAccess: true,
      })
    ).docs[0]!
  const threadOf = async (id: number | string) =>
    (
      await harness.payload.find({
        collection: CORRESPONDENCE_MESSAGES,
        where: { and: [{ case: { equals: id } }, { direction: { equals: 'in' } }] },
        overrideAccess: true,
      })
    ).docs.map((m) => m.body)

  it('a stranger quoting a case (subject, a forged In-Reply-To, even our real Message-ID) opens a new case flagged as mentioning it; only the contact’s reply joins', async () => {
    await inbound!.mailer().sendMail({
      from: 'owner@example.ca',
      to: DESK,
      subject: 'My property tax',
      text: 'Please explain my tax bill.',
    })
    await drainOutbox(harness.payload)
    const ack = sink.to('owner@example.ca').at(-1)!
    const reference = /\[(C-\d{4}-\d{6})\]/.exec(ack.parsed.subject!)![1]!
    const original = await caseOf(reference)
    const forgeries = [
      { subject: `Re: [${reference}] My property tax`, text: 'Forged by subject.' },
      { subject: 'Re: hi', text: 'Forged id.', inReplyTo: `<${reference}.ack@city.example>` },
      { subject: 'Re: hi', text: 'Stolen id.', inReplyTo: ack.parsed.messageId! },
    ]
    for (const forged of forgeries)
      await inbound!.mailer().sendMail({ from: 'attacker@evil.example', to: DESK, ...forged })
    expect(await threadOf(original.id)).toEqual(['Please explain my tax bill.'])
    expect((await caseOf(reference)).state).toBe(original.state)
    const opened = await harness.payload.find({
      collection: CORRESPONDENCE,
      where: { email: { equals: 'attacker@evil.example' } },
      overrideAccess: true,
    })
    expect(opened.docs).toHaveLength(3)
    for (const doc of opened.docs) expect(doc.notes).toMatch(new RegExp(`^Mentions ${reference}:`))
    const flagged = await harness.payload.count({
      collection: DESK_AUDIT,
      where: { action: { equals: 'mentions' } },
      overrideAccess: true,
    })
    expect(flagged.totalDocs).toBeGreaterThanOrEqual(3)
    // The contact, replying to our mail: joins.
    await inbound!.mailer().sendMail({
      from: 'owner@example.ca',
      to: DESK,
      subject: 'Re: it',
      text: 'Thanks, and one more question.',
      inReplyTo: ack.parsed.messageId!,
    })
    expect(await threadOf(original.id)).toHaveLength(2)
  })

  it('on the 311 address, a forged sender quoting SR-… becomes no follower and writes nothing into the request; its reporter’s reply does', async () => {
    await inbound!.mailer().sendMail({
      from: 'Sam Driver <sam@example.ca>',
      to: '311@city.example',
      subject: 'Huge pothole',
      text: 'There is a huge pothole in front of 88 Ouellette Avenue, near the school.',
    })
    await drainOutbox(harness.payload)
    const ack = sink.to('sam@example.ca').at(-1)!
    const reference = /\[(SR-\d{4}-\d{6})\]/.exec(ack.parsed.subject!)![1]!
    const request = (
      await harness.payload.find({
        collection: SERVICE_REQUESTS,
        where: { reference: { equals: reference } },
        overrideAccess: true,
      })
    ).docs[0]!
    const events = async () =>
      (
        await harness.payload.find({
          collection: SERVICE_REQUEST_EVENTS,
          where: { and: [{ request: { equals: request.id } }, { action: { equals: 'emailed' } }] },
          overrideAccess: true,
        })
      ).docs
    const before = (await events()).length
    await inbound!.mailer().sendMail({
      from: 'attacker@evil.example',
      to: '311@city.example',
      subject: `Re: [${reference}] Huge pothole`,
      text: 'Cancel this, it is fixed.',
    })
    expect(await events()).toHaveLength(before)
    const followers = await harness.payload.count({
      collection: SERVICE_REQUEST_FOLLOWERS,
      where: { email: { equals: 'attacker@evil.example' } },
      overrideAccess: true,
    })
    expect(followers.totalDocs).toBe(0)
    const desk = await harness.payload.find({
      collection: CORRESPONDENCE,
      where: { email: { equals: 'attacker@evil.example' } },
      sort: '-createdAt',
      overrideAccess: true,
    })
    expect(desk.docs[0]!.notes).toMatch(new RegExp(`^Mentions ${reference}:`))
    await inbound!.mailer().sendMail({
      from: 'sam@example.ca',
      to: '311@city.example',
      subject: 'Re: pothole',
      text: 'It is getting bigger.',
      inReplyTo: ack.parsed.messageId!,
    })
    expect(await events()).toHaveLength(before + 1)
  })
})
