import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { CORRESPONDENCE, CORRESPONDENCE_FILES, CORRESPONDENCE_MESSAGES } from '../../cms/core/slugs'
import { closeOutboxTransporter } from '../../cms/email/transport'
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
