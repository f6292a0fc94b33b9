import { CORRESPONDENCE, DEPARTMENTS } from '../cms/core/slugs'
import { DEFAULT_CALENDAR } from '../cms/core/businessDays'
import { replyDue } from '../cms/desk/core/clock'
import { CHANNELS } from '../cms/desk/core/model'
import { type CaseFacts, standardsReport } from '../cms/desk/core/standards'
import { loadStandards } from '../cms/desk/standards'
import { startHarness } from '../tests/helpers/harness'
import { drainOutbox } from '../tests/helpers/outbox'
import { startSmtpSink } from '../tests/helpers/smtpSink'
import { type Row, stats } from './table'
import { startInbound } from '../tests/helpers/inbound'

/**
 * The customer-service desk on a fresh SQLite file: inbound mail to a case over real SMTP on loopback
 * (each message parsed, classified, stored, its case opened or joined, its acknowledgement queued), and
 * the standards report over 100,000 cases, computed alone and read from the database.
 */
const log = (line: string) => console.error(line)
const rows: Row[] = []
const ms = (started: number) => performance.now() - started
const messages = Number(process.argv[2] ?? 1000)
const cases = Number(process.argv[3] ?? 100_000)

const sink = await startSmtpSink({ parse: false })
const harness = await startHarness({ env: { SMTP_URL: sink.url } })
const { payload } = harness
const inbound = await startInbound(payload)
const mailer = inbound.mailer({ pool: true })

log(`  ${messages} emails to the desk over SMTP (4 in 5 new, 1 in 5 a reply)…`)
const times: number[] = []
const references: string[] = []
let started = performance.now()
for (let i = 0; i < messages; i += 1) {
  const reply = i % 5 === 4 && references.length > 0
  const one = performance.now()
  await mailer.sendMail({
    from: `resident${i}@example.ca`,
    to: 'contact@city.example',
    subject: reply
      ? `Re: [${references[i % references.length]}] my question`
      : `Question number ${i}`,
    text: `Hello, this is message ${i}. When is the next garbage pickup on my street?`,
    messageId: `<bench.${i}@example.ca>`,
  })
  times.push(ms(one))
  if (!reply && i % 50 === 0) {
    const { docs } = await payload.find({
      collection: CORRESPONDENCE,
      sort: '-id',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (docs[0]?.reference) references.push(docs[0].reference)
  }
}
const total = ms(started)
mailer.close()
const mail = stats(times)
rows.push({
  measure: 'inbound email to case (parse, classify, store, acknowledge queued)',
  value: mail.median,
  unit: 'ms',
  note: `p95 ${mail.p95.toFixed(1)} ms; ${messages} messages in ${(total / 1000).toFixed(1)} s`,
})
started = performance.now()
await drainOutbox(payload)
rows.push({
  measure: 'acknowledgements handed to SMTP after',
  value: sink.count(),
  unit: 'emails',
  note: `${(ms(started) / 1000).toFixed(1)} s`,
})

log(`  the standards report over ${cases.toLocaleString('en-CA')} cases…`)
const department = await payload.create({
  collection: DEPARTMENTS,
  data: { name: 'Bench', nameFr: 'Banc' },
  overrideAccess: true,
})
const year = Date.UTC(2026, 0, 1)
const facts: CaseFacts[] = []
for (let i = 0; i < cases; i += 1) {
  const channel = CHANNELS[i % CHANNELS.length]!
  const receivedAt = new Date(
    year + ((i * 7919) % 364) * 86_400_000 + (i % 9) * 3_600_000 + 13 * 3_600_000,
  )
  const firstDueAt = replyDue(channel, receivedAt, DEFAULT_CALENDAR)
  const replied = i % 10 === 0 ? null : new Date(receivedAt.getTime() + ((i % 97) + 1) * 3_600_000)
  facts.push({
    receivedAt,
    channel,
    department: 'Bench',
    firstDueAt,
    firstRespondedAt: replied,
    closedAt: null,
    satisfaction: i % 4 === 0 ? (i % 5) + 1 : null,
  })
}
started = performance.now()
const computed = standardsReport(
  facts,
  { from: '2026-01-01', to: '2026-12-31' },
  new Date(Date.UTC(2027, 0, 15)),
)
rows.push({
  measure: `standards report, computed (${cases.toLocaleString('en-CA')} cases, a year)`,
  value: ms(started),
  unit: 'ms',
  note: `${computed.rows.length} rows; ${computed.total.percentMet}% within standard`,
})

// Rows written straight into the table: the report reads the database, how they got there is not measured.
const db = payload.db as unknown as {
  drizzle: { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }
  tables: Record<string, unknown>
}
const table = db.tables.correspondence
started = performance.now()
for (let offset = 0; offset < facts.length; offset += 1000) {
  await db.drizzle.insert(table).values(
    facts.slice(offset, offset + 1000).map((f, index) => ({
      reference: `C-2025-${String(offset + index + 1).padStart(7, '0')}`,
      channel: f.channel,
      kind: 'general',
      language: 'en',
      state: f.firstRespondedAt ? 'answered' : 'new',
      department: department.id,
      receivedAt: f.receivedAt.toISOString(),
      firstResponseDueAt: f.firstDueAt.toISOString(),
      responseDueAt: f.firstDueAt.toISOString(),
      firstRespondedAt: f.firstRespondedAt?.toISOString() ?? null,
      satisfaction: f.satisfaction,
      updatedAt: new Date().toISOString(),
      createdAt: new Date().toISOString(),
    })),
  )
}
log(`    (${cases.toLocaleString('en-CA')} rows inserted in ${(ms(started) / 1000).toFixed(1)} s)`)
const reads: number[] = []
let report = await loadStandards(payload, { from: '2026-01-01', to: '2026-12-31' })
for (let run = 0; run < 3; run += 1) {
  started = performance.now()
  report = await loadStandards(payload, { from: '2026-01-01', to: '2026-12-31' })
  reads.push(ms(started))
}
rows.push({
  measure: `standards report from the database (${cases.toLocaleString('en-CA')} cases, a year)`,
  value: stats(reads).median,
  unit: 'ms',
  note: `${report.total.received.toLocaleString('en-CA')} cases counted; SQLite`,
})

await inbound.close()
await harness.close()
await sink.close()
console.log(JSON.stringify(rows))
process.exit(0)
