import { randomUUID } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import nodemailer from 'nodemailer'

import { EMERGENCY_BULLETINS, SUBSCRIBERS } from '../collections/slugs'
import { queueItemEmail } from '../cms/email/outbox/enqueue'
import { sendOutbox } from '../cms/email/outbox/run'
import { closeOutboxTransporter, noDelaySocket, POOL_CONNECTIONS } from '../cms/email/outbox/transport'
import { richText } from '../cms/text/lexical'
import { startSmtpSink } from '../tests/helpers/smtpSink'
import type { Row } from './table'

type Log = (line: string) => void

/**
 * 10,000 recipients to an SMTP server on loopback: (a) nodemailer's pool with no bookkeeping, the
 * ceiling; (b) the full outbox (queue rows, claim, render per subscriber, send, mark) for an emergency
 * bulletin, from queueing to the last message handed to SMTP.
 */
export const benchEmail = async (recipients: number, log: Log): Promise<Row[]> => {
  const sink = await startSmtpSink({ parse: false })
  const rows: Row[] = []

  log(`  raw nodemailer, pool of ${POOL_CONNECTIONS}, ${recipients} messages…`)
  // The same socket setting as the outbox (Nagle off), so (a) is the true ceiling.
  const raw = nodemailer.createTransport({ host: '127.0.0.1', port: Number(new URL(sink.url).port), secure: false, pool: true, maxConnections: POOL_CONNECTIONS, maxMessages: Infinity, getSocket: noDelaySocket } as never)
  const rawStarted = performance.now()
  let next = 0
  const lane = async () => {
    while (next < recipients) {
      const n = next++
      await raw.sendMail({ from: 'news@city.example', to: `raw${n}@example.com`, subject: 'Raw', text: 'Raw pooled sending.', html: '<p>Raw pooled sending.</p>' })
    }
  }
  await Promise.all(Array.from({ length: 10 }, lane))
  const rawSeconds = (performance.now() - rawStarted) / 1000
  raw.close()
  rows.push({ measure: `(a) raw nodemailer pooled, ${recipients} messages`, value: recipients / rawSeconds, unit: 'msg/s', note: `${rawSeconds.toFixed(1)} s` })

  const dir = await mkdtemp(path.join(tmpdir(), 'civic-bench-email-'))
  Object.assign(process.env, { DATABASE_URL: `file:${path.join(dir, 'cms.db')}`, DATA_DIR: dir, LOG_LEVEL: 'fatal', SMTP_URL: sink.url })
  const { openPayload } = await import('../cms/boot')
  const payload = await openPayload({ key: `bench-email-${randomUUID()}` })
  log(`  ${recipients} confirmed subscribers…`)
  for (let i = 0; i < recipients; i += 1) {
    await payload.db.create({ collection: SUBSCRIBERS, data: { email: `s${i}@example.com`, status: 'confirmed', topics: ['emergency'], language: i % 5 === 0 ? 'fr' : 'en', tokenVersion: 1, bounceCount: 0 } })
  }
  const bulletin = await payload.create({
    collection: EMERGENCY_BULLETINS,
    data: { title: 'Bench emergency', summary: 'Benchmark.', body: richText({ paragraph: 'Benchmark.' }), event: 'Test', category: ['Safety'], urgency: 'Immediate', severity: 'Minor', certainty: 'Observed', status: 'Test', msgType: 'Alert', instruction: 'No action.', areas: [{ areaDesc: 'Bench' }], expires: new Date(Date.now() + 3_600_000).toISOString(), _status: 'published', workflowState: 'published', publishedAt: new Date().toISOString() } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  log(`  the outbox, emergency bulletin to ${recipients} subscribers…`)
  const before = sink.count()
  const started = performance.now()
  const queued = await queueItemEmail(payload, EMERGENCY_BULLETINS, bulletin as never)
  const queuedSeconds = (performance.now() - started) / 1000
  while (sink.count() - before < recipients) await sendOutbox(payload, { budgetMs: 120_000 })
  const seconds = (performance.now() - started) / 1000
  const outboxRate = recipients / seconds
  rows.push({ measure: `(b) full outbox, ${recipients} emergency emails`, value: outboxRate, unit: 'msg/s', note: `${((outboxRate / (recipients / rawSeconds)) * 100).toFixed(0)}% of (a); target ≥ 50%` })
  rows.push({ measure: `  queue ${queued?.recipients} rows → last handed to SMTP`, value: seconds, unit: 's', note: `queueing took ${queuedSeconds.toFixed(2)} s; target ≤ 30 s` })
  closeOutboxTransporter()
  await payload.destroy()
  await sink.close()
  return rows
}

if (process.argv[1]?.endsWith('email.ts')) {
  const recipients = Number(process.argv[2] ?? 10_000)
  const rows = await benchEmail(recipients, (line) => console.error(line))
  console.log(JSON.stringify(rows))
  process.exit(0)
}
