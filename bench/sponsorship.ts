import { SPONSOR_INQUIRIES, SPONSORSHIP_PACKAGES } from '../cms/core/slugs'
import { DEFAULT_CALENDAR, responseDue } from '../cms/core/businessDays'
import { sponsorshipDashboard } from '../cms/sponsorship/dashboard'
import { DEFAULT_TIERS } from '../cms/sponsorship/core/tiers'
import { richText } from '../cms/core/text/lexical'
import { filterCombinations } from '../site/lib/sponsorshipFilters'
import type { SponsorshipPackage } from '../site/lib/types'
import { startHarness } from '../tests/helpers/harness'
import { drainOutbox } from '../tests/helpers/outbox'
import { startSmtpSink } from '../tests/helpers/smtpSink'
import { type Row, stats } from './table'

/**
 * Sponsorship on a fresh SQLite file with an SMTP server on loopback: the business-day clock, a public
 * inquiry through REST with its acknowledgement and coordinator notice sent, an agreement step, twenty
 * agreements racing for five slots, the dashboard's queries at a thousand inquiries, and how many
 * prebuilt filter pages a large catalogue makes.
 */
const log = (line: string) => console.error(line)
const rows: Row[] = []
const ms = (started: number) => performance.now() - started

log('  business-day clock…')
const clockRuns = 100_000
let started = performance.now()
for (let i = 0; i < clockRuns; i += 1)
  responseDue(
    new Date(Date.UTC(2026, 0, 1) + (i % 1096) * 86_400_000 + 37_000_000),
    DEFAULT_CALENDAR,
  )
rows.push({
  measure: 'reply-by date (3 business days, Ontario calendar)',
  value: (ms(started) * 1000) / clockRuns,
  unit: 'µs',
  note: `${clockRuns.toLocaleString('en-CA')} dates over 2026–2028`,
})

const sink = await startSmtpSink({ parse: false })
const harness = await startHarness({ env: { SMTP_URL: sink.url } })
const { payload } = harness
const pkg = await payload.create({
  collection: SPONSORSHIP_PACKAGES,
  data: {
    title: 'Bench stage',
    assetType: 'event',
    summary: 'Bench.',
    body: richText({ paragraph: 'Bench.' }),
    value: 20_000,
    totalSlots: 500,
    deadline: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    _status: 'published',
    workflowState: 'published',
  },
  overrideAccess: true,
  context: { seed: true },
})

log('  200 public inquiries through REST, each acknowledged over SMTP…')
const createTimes: number[] = []
const ids: number[] = []
for (let i = 0; i < 200; i += 1) {
  started = performance.now()
  const answer = await harness.rest('POST', `/${SPONSOR_INQUIRIES}`, {
    body: {
      organisation: `Bench ${i}`,
      contactName: 'Bench',
      email: `bench${i}@example.com`,
      message: 'Bench inquiry.',
      consent: true,
      package: pkg.id,
    },
    headers: { 'x-forwarded-for': `10.0.${Math.floor(i / 250)}.${i % 250}` },
  })
  createTimes.push(ms(started))
  if (answer.status !== 201) throw new Error(`Inquiry ${i} answered ${answer.status}`)
  ids.push(answer.body.doc.id)
}
const create = stats(createTimes)
// The acknowledgement and the coordinators' notice are queued with the inquiry and sent by the outbox
// right after (no request waits on SMTP): count what arrived once it has run.
await drainOutbox(payload)
rows.push({
  measure: 'public inquiry: create, acknowledgement and notice queued',
  value: create.median,
  unit: 'ms',
  note: `p95 ${create.p95.toFixed(1)} ms; ${sink.count()} of ${createTimes.length * 2} messages received after`,
})

log('  50 agreements (contact, screen, propose, agree)…')
const agreeTimes: number[] = []
const step = (id: number, action: string, body: Record<string, unknown> = {}) =>
  harness.rest('POST', `/${SPONSOR_INQUIRIES}/${id}/pipeline`, {
    as: 'sponsorship@city.example',
    body: { action, ...body },
  })
for (const id of ids.slice(0, 50)) {
  await step(id, 'contact')
  await step(id, 'screen', { sector: 'Retail' })
  await step(id, 'propose')
  started = performance.now()
  if ((await step(id, 'agree')).status !== 200) throw new Error(`Agreement for ${id} refused`)
  agreeTimes.push(ms(started))
}
const agree = stats(agreeTimes)
rows.push({
  measure: 'agreement step (screening check + slot claim + audit)',
  value: agree.median,
  unit: 'ms',
  note: `p95 ${agree.p95.toFixed(1)} ms`,
})

log('  20 agreements racing for 5 slots…')
const scarce = await payload.create({
  collection: SPONSORSHIP_PACKAGES,
  data: {
    title: 'Scarce',
    assetType: 'event',
    summary: 'Bench.',
    body: richText({ paragraph: 'Bench.' }),
    value: 20_000,
    totalSlots: 5,
    deadline: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    _status: 'published',
    workflowState: 'published',
  },
  overrideAccess: true,
  context: { seed: true },
})
const racers = ids.slice(50, 70)
for (const id of racers) {
  await harness.rest('PATCH', `/${SPONSOR_INQUIRIES}/${id}`, {
    as: 'sponsorship@city.example',
    body: { package: scarce.id },
  })
  await step(id, 'contact')
  await step(id, 'screen', { sector: 'Retail' })
  await step(id, 'propose')
}
started = performance.now()
const results = await Promise.all(racers.map((id) => step(id, 'agree')))
const raceMs = ms(started)
const winners = results.filter((r) => r.status === 200).length
if (winners !== 5) throw new Error(`The race gave ${winners} agreements for 5 slots`)
rows.push({
  measure: '20 agreements racing for 5 slots: winners',
  value: winners,
  unit: 'of 5',
  note: `${results.filter((r) => r.status === 409).length} refused with 409; ${raceMs.toFixed(0)} ms in all`,
})

log('  800 more inquiries, then the dashboard…')
for (let i = 0; i < 800; i += 1)
  await payload.create({
    collection: SPONSOR_INQUIRIES,
    data: {
      organisation: `Bulk ${i}`,
      language: 'en',
      state: 'new',
      contactName: 'Bulk',
      email: `bulk${i}@example.com`,
      message: 'Bulk.',
      consent: true,
    },
    overrideAccess: true,
    context: { skipInquiryMail: true },
  })
const dashTimes: number[] = []
for (let i = 0; i < 10; i += 1) {
  started = performance.now()
  await sponsorshipDashboard(payload)
  dashTimes.push(ms(started))
}
rows.push({
  measure: 'sponsorship dashboard at 1,000 inquiries',
  value: stats(dashTimes).median,
  unit: 'ms',
  note: 'median of 10',
})

const catalogue = Array.from(
  { length: 200 },
  (_, i) =>
    ({
      id: i,
      slug: `p${i}`,
      title: `P${i}`,
      tier: DEFAULT_TIERS[i % 4]!.key,
      assetType: ['event', 'program', 'facility', 'publication', 'naming-rights'][i % 5],
      value: [5_000, 12_000, 40_000, 90_000][i % 4],
      availableSlots: i % 3,
      deadline: new Date(Date.now() + (i % 60) * 86_400_000).toISOString(),
      workflowState: 'published',
    }) as unknown as SponsorshipPackage,
)
started = performance.now()
const pages = filterCombinations(catalogue, DEFAULT_TIERS, new Date()).length
rows.push({
  measure: 'filter pages for 200 packages (prebuilt, non-empty)',
  value: pages,
  unit: 'pages',
  note: `computed in ${ms(started).toFixed(0)} ms`,
})

await harness.close()
await sink.close()
console.log(JSON.stringify(rows))
process.exit(0)
