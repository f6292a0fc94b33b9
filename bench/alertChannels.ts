import {
  EMERGENCY_BULLETINS,
  MEDIA_RELEASES,
  SMS_SUBSCRIBERS,
  SPONSORSHIP_PACKAGES,
} from '../cms/core/slugs'
import { queueItem } from '../cms/outbox/enqueue'
import { sendOutbox } from '../cms/outbox/run'
import { outboxBacklog } from '../cms/outbox/status'
import { startHarness } from '../tests/helpers/harness'
import { addChannelSubscribers, publishedDirectly } from '../tests/helpers/seedData'
import { startChannelServices } from './channelClient'
import type { Row } from './table'

// The outbox's own speed: a release's messages go at once, without the wait for the site build
// that puts its page live (measured by bench:year's publish → live and tests/sendAfterSite).
process.env.SEND_WAITS_FOR_SITE_SECONDS = '0'

/**
 * Alerts by Web Push and SMS through the outbox, to local services: an HTTPS push service that
 * decrypts every message (this process trusts its test certificate, see bench/run.ts) and an SMS
 * gateway of Twilio's shape. 10,000 browsers and 10,000 phones subscribe to news and emergencies;
 * a news release is queued to all of them first, then an emergency alert: how long until the
 * alert was handed to the last browser and phone, and how many news messages went before it.
 * Then the gateway's rate: 1,000 texts at SMS_RATE_PER_SECOND=100.
 */
const log = (line: string) => console.error(line)
const rows: Row[] = []
const people = Number(process.argv[2] ?? 10_000)

// The services run in a process of their own, as real ones do.
const services = await startChannelServices()
const harness = await startHarness({
  seedUsers: false,
  holdJobs: true,
  env: {
    ...services.env,
    SMS_RATE_PER_SECOND: '2000',
    PUSH_RATE_PER_SECOND: '2000',
  },
})
const { payload } = harness

const subscribeAll = async (count: number) => {
  const browsers = await services.subscribe(count)
  for (let i = 0; i < count; i += 1) {
    const phone = `+1613${String(2_000_000 + i).padStart(7, '0')}`
    await addChannelSubscribers(
      payload,
      browsers[i]!,
      phone,
      ['news', 'emergency'],
      i % 3 ? 'en' : 'fr',
    )
    if ((i + 1) % 2000 === 0) log(`  ${i + 1} browsers and phones subscribed`)
  }
}

log(`Alert channels: ${people} browsers and ${people} phones…`)
await subscribeAll(people)
const release = await publishedDirectly(payload, MEDIA_RELEASES, 'Bench: council news')
const alert = await publishedDirectly(payload, EMERGENCY_BULLETINS, 'Bench: evacuate Ward 3')
const queuedAt = performance.now()
await queueItem(payload, MEDIA_RELEASES, release as never)
const alertQueuedAt = performance.now()
await queueItem(payload, EMERGENCY_BULLETINS, alert as never)
const queueSeconds = (performance.now() - queuedAt) / 1000
log(`  queued ${4 * people} deliveries in ${queueSeconds.toFixed(1)} s; sending…`)

const isAlert = (text: string) => text.includes('evacuate Ward 3')
const startMs = Date.now() - (performance.now() - alertQueuedAt)
const progress = setInterval(
  () =>
    void outboxBacklog(payload).then(({ waiting: left }) =>
      log(`  ${left} deliveries left (${((Date.now() - startMs) / 1000).toFixed(0)} s)`),
    ),
  5000,
)
for (;;) {
  await sendOutbox(payload, { budgetMs: 120_000 })
  const { due, inFlight } = await outboxBacklog(payload)
  if (due === 0 && inFlight === 0) break
}
clearInterval(progress)
const report = await services.report()

for (const [channel, messages] of [
  ['push', report.push.map((m) => ({ at: m.at, alert: isAlert(m.title) }))],
  ['SMS', report.sms.map((t) => ({ at: t.at, alert: isAlert(t.body) }))],
] as const) {
  const alerts = messages.filter((m) => m.alert)
  const lastAlert = Math.max(...alerts.map((m) => m.at))
  const newsBefore = messages.filter((m) => !m.alert && m.at < lastAlert).length
  rows.push({
    measure: `${channel}: ${alerts.length} emergency messages handed to the local service`,
    value: (lastAlert - startMs) / 1000,
    unit: 's',
    note: `from queueing; target ≤ 30 s; ${(alerts.length / ((lastAlert - startMs) / 1000)).toFixed(0)} msg/s`,
  })
  rows.push({
    measure: `${channel}: news messages handed over before the last emergency one`,
    value: newsBefore,
    unit: 'msgs',
    note: `the news release was queued first, to the same ${people} people; target 0`,
  })
}
rows.push({
  measure: `queue one item to ${people} browsers and ${people} phones (and email: none)`,
  value: queueSeconds / 2,
  unit: 's',
  note: 'per item: the send and its delivery rows',
})

// The gateway's rate, kept: 1,000 texts at 100 a second (the setting is read at each run).
process.env.SMS_RATE_PER_SECOND = '100'
for (let i = 0; i < 1000; i += 1)
  await payload.db.create({
    collection: SMS_SUBSCRIBERS,
    data: {
      phone: `+1705${String(3_000_000 + i).padStart(7, '0')}`,
      status: 'confirmed',
      topics: ['sponsorship'],
      language: 'en',
    },
  })
const second = await publishedDirectly(payload, SPONSORSHIP_PACKAGES, 'Bench: paced package')
const before = report.sms.length
await queueItem(payload, SPONSORSHIP_PACKAGES, second as never)
for (;;) {
  await sendOutbox(payload, { budgetMs: 120_000 })
  const { due, inFlight } = await outboxBacklog(payload)
  if (due === 0 && inFlight === 0) break
}
const pacedTexts = (await services.report()).sms.slice(before)
const span = (pacedTexts.at(-1)!.at - pacedTexts[0]!.at) / 1000
let busiest = 0
for (const text of pacedTexts)
  busiest = Math.max(
    busiest,
    pacedTexts.filter((t) => t.at >= text.at && t.at < text.at + 1000).length,
  )
rows.push({
  measure: `SMS at SMS_RATE_PER_SECOND=100: ${pacedTexts.length} texts`,
  value: (pacedTexts.length - 1) / span,
  unit: 'msg/s',
  note: `busiest second ${busiest} texts; the gateway's rate is kept`,
})
await harness.close()
await services.close()
console.log(JSON.stringify(rows))
process.exit(0)
