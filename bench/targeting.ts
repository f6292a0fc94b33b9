import { ADDRESSES, DELIVERIES, EMERGENCY_BULLETINS } from '../cms/core/slugs'
import { rectangle } from '../cms/addresses/core/geo'
import { alertAreaOf, capPolygonsOf } from '../cms/addresses/core/alertArea'
import { DEMO_BOUNDS } from '../cms/addresses/core/demoCity'
import { queueItem, recipientsOf } from '../cms/outbox/enqueue'
import { outboxIdle } from '../cms/outbox/run'
import { seedDemo311 } from '../cms/seed/seed'
import { validContent } from '../tests/helpers/fixtures'
import { startHarness } from '../tests/helpers/harness'
import { startSmtpSink } from '../tests/helpers/smtpSink'
import type { Row } from './table'

/**
 * Alerts where you live, at a city's size: 100,000 email subscribers who asked for alerts where
 * they are, each at an address of the demo register (3,000 addresses, 6 wards), and an alert whose
 * polygon holds about a tenth of them. Measured: selecting its recipients, selecting and queueing
 * them, and from the officer's press (the workflow's REST call) to the first message handed to
 * SMTP (a local server).
 */
const log = (line: string) => console.error(line)
const rows: Row[] = []
const people = Number(process.argv[2] ?? 100_000)

const sink = await startSmtpSink({ parse: false })
const harness = await startHarness({ holdJobs: true })
// Set once the CMS runs, as the email tests do: the outbox reads it at each run.
process.env.SMTP_URL = sink.url
const { payload } = harness
await seedDemo311(payload)
const { docs: addresses } = await payload.db.find<{ id: number; lat: number; long: number }>({
  collection: ADDRESSES,
  select: { lat: true, long: true },
  pagination: false,
  limit: 0,
})

// Rows written straight into the tables: how subscribers got there is not what is measured.
const db = payload.db as unknown as {
  drizzle: { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }
  tables: Record<string, unknown>
}
log(`Targeting: ${people.toLocaleString('en-CA')} subscribers at ${addresses.length} addresses…`)
const now = new Date().toISOString()
for (let offset = 0; offset < people; offset += 1000) {
  const ids = Array.from({ length: Math.min(1000, people - offset) }, (_, i) => offset + i + 1)
  await db.drizzle.insert(db.tables.subscribers).values(
    ids.map((id) => ({
      id,
      email: `resident${id}@example.com`,
      status: 'confirmed',
      language: id % 3 ? 'en' : 'fr',
      area: 'mine',
      address: addresses[(id * 7919) % addresses.length]!.id,
      frequency: 'immediate',
      tokenVersion: 1,
      bounceCount: 0,
      createdAt: now,
      updatedAt: now,
    })),
  )
  await db.drizzle
    .insert(db.tables.subscribers_topics)
    .values(ids.map((id) => ({ parent: id, order: 1, value: 'emergency' })))
  if ((offset + 1000) % 20_000 === 0) log(`  ${offset + 1000} subscribers written`)
}

// A strip along the city's west side, a tenth of its width: about a tenth of the addresses.
const { west, east, south, north } = DEMO_BOUNDS
const strip = rectangle(west - 0.001, south - 0.001, west + (east - west) / 10, north + 0.001)
const [polygon] = capPolygonsOf(strip)
const bulletin = (title: string) =>
  payload.create({
    collection: EMERGENCY_BULLETINS,
    data: {
      ...validContent(EMERGENCY_BULLETINS, title),
      areas: [
        {
          areaDesc: 'West side',
          polygons: [{ polygon: polygon! }],
          geocodes: [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3537039' }],
        },
      ],
    } as never, // validContent builds any content type's fields; Payload checks them on create
    overrideAccess: true,
    draft: true,
  })

// 1. The officer's press to the first message handed to SMTP, through the real path.
const pressed = await bulletin('Bench: boil water on the west side')
const pressAt = Date.now()
const answer = await harness.rest('POST', `/${EMERGENCY_BULLETINS}/${pressed.id}/workflow`, {
  as: 'emergency@city.example',
  body: { action: 'urgent-publish', comment: 'Bench.' },
})
if (answer.status !== 200) throw new Error(`urgent-publish answered ${answer.status}`)
const answeredAt = Date.now()
while (sink.received.length === 0 && Date.now() - pressAt < 60_000)
  await new Promise((resolve) => setTimeout(resolve, 5))
const firstAt = sink.received[0]?.at ?? Number.NaN
log(`  press → first message ${((firstAt - pressAt) / 1000).toFixed(2)} s; stopping the send`)
// The rest of the send is not what is measured: its queued rows go, the run in flight ends.
await new Promise((resolve) => setTimeout(resolve, 2000))
await payload.db.deleteMany({ collection: DELIVERIES, where: { status: { equals: 'queued' } } })
await outboxIdle()

// 2. Selecting and queueing, timed alone (nothing sends: the jobs queue is held).
const area = alertAreaOf([{ polygons: [{ polygon: polygon! }] }])
let started = performance.now()
const selected = await recipientsOf(payload, 'email', 'emergency', area)
const selectMs = performance.now() - started
const second = await bulletin('Bench: boil water, second notice')
await payload.update({
  collection: EMERGENCY_BULLETINS,
  id: second.id,
  data: { _status: 'published', workflowState: 'published', publishedAt: now },
  overrideAccess: true,
  context: { seed: true },
})
started = performance.now()
const queued = await queueItem(payload, EMERGENCY_BULLETINS, second as never)
const queueMs = performance.now() - started

rows.push(
  {
    measure: `targeting: select an alert's recipients among ${people.toLocaleString('en-CA')} (area: mine)`,
    value: selectMs / 1000,
    unit: 's',
    note: `${selected.length.toLocaleString('en-CA')} inside its polygon (${((selected.length / people) * 100).toFixed(1)}%)`,
  },
  {
    measure: 'targeting: select and queue them (the send and its delivery rows)',
    value: queueMs / 1000,
    unit: 's',
    note: `${queued?.recipients ?? 0} rows; target ≤ 2 s`,
  },
  {
    measure: 'targeting: urgent press → first message handed to SMTP',
    value: (firstAt - pressAt) / 1000,
    unit: 's',
    note: `the officer's answer after ${((answeredAt - pressAt) / 1000).toFixed(2)} s; target ≤ 1 s`,
  },
)
await harness.close()
await sink.close()
console.log(JSON.stringify(rows))
process.exit(0)
