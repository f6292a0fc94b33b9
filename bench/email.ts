import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import nodemailer from 'nodemailer'
import type { Payload } from 'payload'

import { EMERGENCY_BULLETINS, MEDIA_RELEASES, SUBSCRIBERS } from '../cms/core/slugs'
import { itemContent } from '../cms/outbox/content'
import { composeItemMessage, type Subscriber } from '../cms/email/deliver'
import { queueItem } from '../cms/outbox/enqueue'
import { sendOutbox } from '../cms/outbox/run'
import { closeOutboxTransporter, pooledSmtp, smtpOptions } from '../cms/email/transport'
import { CONCURRENCY } from '../cms/outbox/worker'
import { currentSettings } from '../cms/settings'
import { richText } from '../cms/core/text/lexical'
import { smtpProcess } from '../tests/helpers/smtpProcess'
import { addConfirmedSubscribers } from '../tests/helpers/seedData'
import { startSmtpSink } from '../tests/helpers/smtpSink'
import type { Row } from './table'

// The outbox's own speed: a release's messages go at once, without the wait for the site build
// that puts its page live (measured by bench:year's publish → live and tests/sendAfterSite).
process.env.SEND_WAITS_FOR_SITE_SECONDS = '0'

type Log = (line: string) => void
type Sink = Awaited<ReturnType<typeof startSmtpSink>>

export const publishedBulletin = (payload: Payload, title: string) =>
  payload.create({
    collection: EMERGENCY_BULLETINS,
    data: {
      title,
      summary: 'Benchmark.',
      body: richText({ paragraph: 'Benchmark.' }),
      event: 'Test',
      category: ['Safety'],
      urgency: 'Immediate',
      severity: 'Minor',
      certainty: 'Observed',
      status: 'Test',
      msgType: 'Alert',
      instruction: 'No action.',
      areas: [
        {
          areaDesc: 'Bench',
          geocodes: [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3506008' }],
        },
      ],
      eventCode: 'testMessage',
      expires: new Date(Date.now() + 3_600_000).toISOString(),
      _status: 'published',
      workflowState: 'published',
      publishedAt: new Date().toISOString(),
    },
    overrideAccess: true,
    context: { seed: true },
  })

/**
 * (a) nodemailer's pool with no bookkeeping: the ceiling. The same messages the outbox sends (the
 * bulletin's email rendered for each subscriber in their language, same Message-ID shape) to the same
 * addresses, rendered before the clock starts, over the same transport options.
 */
const rawCeiling = async (
  payload: Payload,
  sink: Sink,
  bulletinId: number | string,
  subscribers: Subscriber[],
  nagle = false,
) => {
  const settings = currentSettings()
  const content = {
    en: await itemContent(payload, EMERGENCY_BULLETINS, bulletinId, 'en', settings.siteUrl),
    fr: await itemContent(payload, EMERGENCY_BULLETINS, bulletinId, 'fr', settings.siteUrl),
  }
  const messages = subscribers.map((subscriber, i) => {
    const language = subscriber.language === 'fr' ? 'fr' : 'en'
    return composeItemMessage({
      settings,
      secret: payload.secret,
      subscriber,
      language,
      content: content[language]!,
      messageId: `<raw.${i}@city.example>`,
    })
  })
  // With `nagle`, nodemailer's pool as it comes: the reason the outbox turns Nagle off, measured.
  const transport = nagle ? nodemailer.createTransport(smtpOptions(sink.url)) : pooledSmtp(sink.url)
  const before = sink.count()
  const started = performance.now()
  let next = 0
  const lane = async () => {
    while (next < messages.length) await transport.sendMail(messages[next++]!)
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, lane))
  const seconds = (performance.now() - started) / 1000
  transport.close()
  if (sink.count() - before !== messages.length) throw new Error('The raw run lost messages.')
  return seconds
}

/** Two `npm run outbox` processes on the database, sending one release's queue between them. */
const twoWorkers = async (payload: Payload, sink: Sink, recipients: number) => {
  const release = await payload.create({
    collection: MEDIA_RELEASES,
    data: {
      title: 'Bench two workers',
      summary: 'Benchmark.',
      body: richText({ paragraph: 'Benchmark.' }),
      _status: 'published',
      workflowState: 'published',
      publishedAt: new Date().toISOString(),
    },
    overrideAccess: true,
    context: { seed: true },
  })
  await queueItem(payload, MEDIA_RELEASES, release)
  const start = sink.received.length
  const started = performance.now()
  const run = () =>
    new Promise<number | null>((resolve) => {
      const child = spawn('npm', ['run', '--silent', 'outbox'], {
        env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'fatal' },
        stdio: 'ignore',
      })
      child.once('exit', resolve)
    })
  const codes = await Promise.all([run(), run()])
  const seconds = (performance.now() - started) / 1000
  if (codes.some((code) => code !== 0))
    throw new Error(`An outbox worker failed (exit ${codes.join(', ')}).`)
  const perRecipient = new Map<string, number>()
  for (const message of sink.received.slice(start))
    for (const to of message.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1)
  const duplicates = [...perRecipient.values()].reduce((sum, n) => sum + n - 1, 0)
  return { seconds, duplicates, lost: recipients - perRecipient.size }
}

/**
 * (d) Recovery: a release queued to every subscriber while the mail server is down, the outbox running
 * as the jobs queue runs it (every 2 s). From the moment the server is back to the last held message
 * delivered.
 */
const recovery = async (payload: Payload, recipients: number) => {
  const smtp = await smtpProcess()
  process.env.SMTP_URL = smtp.url
  closeOutboxTransporter()
  const release = await payload.create({
    collection: MEDIA_RELEASES,
    data: {
      title: 'Bench held during an outage',
      summary: 'Benchmark.',
      body: richText({ paragraph: 'Benchmark.' }),
      _status: 'published',
      workflowState: 'published',
      publishedAt: new Date().toISOString(),
    },
    overrideAccess: true,
    context: { seed: true },
  })
  await queueItem(payload, MEDIA_RELEASES, release)
  await sendOutbox(payload, { budgetMs: 2_000 }) // the server is down: the outbox notices and waits
  await smtp.start()
  const back = performance.now()
  while ((await smtp.received()).length < recipients && performance.now() - back < 300_000) {
    await sendOutbox(payload, { budgetMs: 60_000 })
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
  const seconds = (performance.now() - back) / 1000
  const arrived = await smtp.received()
  await smtp.kill()
  return { seconds, delivered: new Set(arrived.map((a) => a.to)).size, copies: arrived.length }
}

/**
 * Recipients to an SMTP server on loopback: (a) the raw ceiling, (b) the full outbox (queue rows,
 * claim, render per subscriber, send, write outcomes) for an emergency bulletin, (c) two worker
 * processes sharing one queue (every subscriber of news, which the emergency ones also follow).
 */
export const benchEmail = async (recipients: number, log: Log): Promise<Row[]> => {
  const sink = await startSmtpSink({ parse: false })
  const rows: Row[] = []
  const dir = await mkdtemp(path.join(tmpdir(), 'civic-bench-email-'))
  Object.assign(process.env, {
    DATABASE_URL: process.env.BENCH_DATABASE_URL || `file:${path.join(dir, 'cms.db')}`,
    DATA_DIR: dir,
    LOG_LEVEL: 'fatal',
    SMTP_URL: sink.url,
  })
  const { closePayload, openPayload } = await import('../cms/boot')
  const payload = await openPayload({ key: `bench-email-${randomUUID()}` })
  log(`  ${recipients} confirmed subscribers…`)
  await addConfirmedSubscribers(payload, recipients, 's', ['emergency', 'news'], {
    language: (i) => (i % 5 === 0 ? 'fr' : 'en'),
  })
  const { docs: subscribers } = await payload.db.find({
    collection: SUBSCRIBERS,
    pagination: false,
    limit: 0,
  })

  const bulletin = await publishedBulletin(payload, 'Bench emergency')
  log(`  (a) raw nodemailer, the same ${recipients} messages…`)
  const rawSeconds = await rawCeiling(
    payload,
    sink,
    bulletin.id,
    subscribers as unknown as Subscriber[],
  )
  const rawRate = recipients / rawSeconds
  rows.push({
    measure: `(a) raw nodemailer pooled, ${recipients} bulletin emails`,
    value: rawRate,
    unit: 'msg/s',
    note: `${rawSeconds.toFixed(1)} s; same messages, transport and recipients as (b)`,
  })
  const nagleSeconds = await rawCeiling(
    payload,
    sink,
    bulletin.id,
    subscribers.slice(0, 500) as unknown as Subscriber[],
    true,
  )
  rows.push({
    measure: '(a′) the same, Nagle left on (500 messages)',
    value: 500 / nagleSeconds,
    unit: 'msg/s',
    note: 'why the outbox turns Nagle off on its connections',
  })

  log(`  (b) the outbox, emergency bulletin to ${recipients} subscribers…`)
  const before = sink.count()
  const started = performance.now()
  const queued = await queueItem(payload, EMERGENCY_BULLETINS, bulletin)
  const queuedSeconds = (performance.now() - started) / 1000
  while (sink.count() - before < recipients) await sendOutbox(payload, { budgetMs: 120_000 })
  const seconds = (performance.now() - started) / 1000
  const outboxRate = recipients / seconds
  rows.push({
    measure: `(b) full outbox, ${recipients} emergency emails`,
    value: outboxRate,
    unit: 'msg/s',
    note: `${((outboxRate / rawRate) * 100).toFixed(0)}% of (a); target ≥ 50%`,
  })
  rows.push({
    measure: `  queue ${queued?.recipients} rows → last handed to SMTP`,
    value: seconds,
    unit: 's',
    note: `queueing took ${queuedSeconds.toFixed(2)} s; target ≤ 30 s`,
  })
  closeOutboxTransporter()

  log(`  (c) two worker processes, one release to ${recipients} subscribers…`)
  const shared = await twoWorkers(payload, sink, recipients)
  rows.push({
    measure: `(c) two workers, ${recipients} emails, one database`,
    value: recipients / shared.seconds,
    unit: 'msg/s',
    note: `${shared.duplicates} duplicates, ${shared.lost} lost (with start-up of both)`,
  })

  log(`  (d) ${recipients} messages held while the mail server is down, then it comes back…`)
  const held = await recovery(payload, recipients)
  rows.push({
    measure: `(d) mail server back → last of ${recipients} held messages delivered`,
    value: held.seconds,
    unit: 's',
    note: `${held.delivered} delivered, ${held.copies - held.delivered} duplicates; target ≤ 60 s`,
  })

  await closePayload(payload)
  await sink.close()
  return rows
}

if (process.argv[1]?.endsWith('email.ts')) {
  const recipients = Number(process.argv[2] ?? 10_000)
  const rows = await benchEmail(recipients, (line) => console.error(line))
  console.log(JSON.stringify(rows))
  process.exit(0)
}
