import { SERVICE_REQUESTS, SUBSCRIBERS } from '../cms/core/slugs'
import { isolatedDataDir } from '../tests/helpers/env'
import { testCaFile } from '../tests/helpers/testCa'
import { startChannelServices } from './channelClient'
import { subscribeAudience } from './storm/audience'
import { deliveryRows, type Pressed, pressUrgent } from './storm/bulletins'
import { startLayout } from './storm/layout'
import { postgresProcess, statementTimes } from './storm/postgres'
import { watchProcesses } from './storm/processes'
import { Recorder } from './storm/recorder'
import { deskFormStream, deskMailStream, reportStream } from './storm/residents'
import { staffSessions } from './storm/staff'
import { publicReads } from './storm/traffic'
import { machine, printTable, type Row, writeResults } from './table'
import { fillYear, scaledYear } from './year/generate'
import { waitForSite } from './year/publish'
import { openRawSql } from './year/rawSql'
import { removeBenchData } from './year/cleanup'

/**
 * `npm run bench:storm [-- --minutes 10 --people 20000 --scale 1]`: a city's busiest day on the
 * scaled-out layout (PostgreSQL when BENCH_POSTGRES_URL names a server, else SQLite in one
 * process), on a year of data: 311 reports, desk mail and forms, three urgent bulletins to
 * `people` subscribers on email, push and SMS, the public through nginx (steady, then a burst),
 * and five staff at work, all at once. Prints each operation's p50/p95/p99 and errors, what each
 * channel delivered, each process's CPU and memory, and the database's size.
 */
const log = (line: string) => console.log(line)
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback
  if (!(value >= 0)) throw new Error(`--${name} takes a number, e.g. ${fallback}.`)
  return value
}
const minutes = option('minutes', 10)
const people = option('people', 20_000)
const scale = option('scale', 1)
const seconds = minutes * 60
const share = minutes / 10 // the issue's counts are for ten minutes
const server = process.env.BENCH_POSTGRES_URL
if (server) process.env.TEST_POSTGRES_URL = server
/** The SMS gateway's rate: what a short code is allowed (Twilio's 100 a second). */
const SMS_RATE = 100
const STEADY_PER_SECOND = 20
const BURST_PER_SECOND = 300

log(`civic-comms: storm day (${minutes} min, ${people} people per channel, year at ${scale})`)
for (const fact of machine()) log(`  ${fact}`)
const dir = await isolatedDataDir('bench-storm')
const services = await startChannelServices()
const { startHarness } = await import('../tests/helpers/harness')
const harness = await startHarness({
  dataDir: dir,
  database: server ? 'postgres' : 'sqlite',
  env: { LOG_LEVEL: 'warn', RETAIN_DELIVERY_DAYS: '3650' },
})
const databaseUrl = process.env.DATABASE_URL!
if (scale > 0) {
  log('A year of data…')
  await fillYear(harness, scaledYear(scale), (line) => log(line))
}
log(`${people} browsers, phones and email subscribers…`)
await subscribeAudience(harness, people, await services.subscribe(people), log)
// The year's subscribers may outnumber `people`: every one of them is owed the alert's email.
const emailSubscribers = (
  await harness.payload.count({ collection: SUBSCRIBERS, overrideAccess: true })
).totalDocs
const apiKey = (
  await harness.rest('POST', '/api-clients', {
    as: 'admin@city.example',
    body: { name: 'Storm app', contact: 'storm@app.example', rateLimitPerHour: 100_000 },
  })
).body.doc.apiKey as string
await harness.close({ keepData: true })

log('Starting the layout…')
const layoutStarted = new Date()
const layout = await startLayout(
  {
    ...services.env,
    DATABASE_URL: databaseUrl,
    SMTP_URL: services.smtpUrl,
    NODE_EXTRA_CA_CERTS: testCaFile(),
    SMS_RATE_PER_SECOND: String(SMS_RATE),
    RETAIN_DELIVERY_DAYS: '3650',
  },
  dir,
  Boolean(server),
  log,
)
const rows: Row[] = []
const recorder = new Recorder(log)
let stored = { references: new Set<string>(), photos: 0 }
const pressed: Pressed[] = []
try {
  log('  waiting for the first full build of the site…')
  rows.push(await waitForSite(layout.cms, layout.site, layoutStarted))
  const database = server ? await postgresProcess(databaseUrl) : null
  if (server && !database)
    log('  (PostgreSQL runs elsewhere or its directory is closed: its CPU is not counted)')
  const statements = server ? await statementTimes(databaseUrl) : null
  const watching = watchProcesses(() => [
    ...layout.processes(),
    { name: 'push service, SMS gateway, mail server', pid: services.pid },
    ...(database ? [database] : []),
  ])
  const startedAt = Date.now()
  const until = startedAt + seconds * 1000
  const at = (fraction: number) =>
    new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, startedAt + fraction * seconds * 1000 - Date.now())),
    )
  const progress = setInterval(
    async () =>
      log(
        `  ${((Date.now() - startedAt) / 1000).toFixed(0)} s: ${recorder.count('311 report: Open311 POST') + recorder.count('311 report: site form') + recorder.count('311 report with a 12 MP photo')} reports, ${await services.emails()} emails out, ${recorder.errors()} errors`,
      ),
    30_000,
  )
  log(`The storm: ${minutes} minutes…`)
  await Promise.all([
    reportStream(layout.cms, apiKey, Math.round(3000 * share), seconds, recorder).then(
      (result) => void (stored = result),
    ),
    deskMailStream(layout.inboundPort, Math.round(1000 * share), seconds, recorder),
    deskFormStream(layout.cms, Math.round(300 * share), seconds, recorder),
    (async () => {
      for (const [n, fraction] of [
        [1, 0.1],
        [2, 0.4],
        [3, 0.7],
      ] as const) {
        await at(fraction)
        const done = await pressUrgent(layout.cms, layout.site, `Storm bulletin ${n}`, recorder)
        if (done) pressed.push(done)
      }
    })(),
    (async () => {
      await publicReads(layout.site, STEADY_PER_SECOND, seconds * 0.5, 'steady', recorder, 50)
      await publicReads(layout.site, BURST_PER_SECOND, 20, 'burst', recorder)
      await publicReads(
        layout.site,
        STEADY_PER_SECOND,
        Math.max(0, (until - Date.now()) / 1000),
        'steady',
        recorder,
        50,
      )
    })(),
    staffSessions(layout.cms, until, recorder),
  ])
  clearInterval(progress)
  log('Waiting for the last messages (up to 15 minutes)…')
  const expected = { email: emailSubscribers, push: people, sms: people }
  const drainUntil = Date.now() + 15 * 60_000
  for (;;) {
    const report = await services.report(pressed.map((b) => b.token))
    const done = pressed.every(
      (b) =>
        report.email.filter((m) => m.token === b.token && !m.to.endsWith('@city.example')).length >=
          expected.email &&
        report.push.filter((m) => m.title.includes(b.token)).length >= expected.push &&
        report.sms.filter((m) => m.body.includes(b.token)).length >= expected.sms,
    )
    if (done || Date.now() > drainUntil) break
    await new Promise((resolve) => setTimeout(resolve, 5000))
  }
  rows.push(...recorder.rows())
  rows.push(...deliveryRows(pressed, expected, await services.report(pressed.map((b) => b.token))))
  rows.push(...(await watching.stop()))
  rows.push(...((await statements?.rows()) ?? []))
} finally {
  await layout.stop()
}
const sql = await openRawSql(databaseUrl)
const [found] = await sql.all<{ n: number }>(
  `SELECT count(*) AS n FROM ${SERVICE_REQUESTS.replace(/-/g, '_')} WHERE reference IN (${[...stored.references].map((r) => `'${r}'`).join(',') || "''"})`,
)
rows.push({
  measure: '311 reports acknowledged with a reference, then found stored',
  value: Number(found?.n ?? 0),
  unit: 'reports',
  note: `of ${stored.references.size} answered with a reference (${stored.photos} with a photo)`,
})
rows.push({
  measure: 'database size after the storm',
  value: (await sql.size()) / 2 ** 20,
  unit: 'MiB',
})
await sql.close()
await services.close()
printTable(`Storm day (${layout.description}; ${minutes} min)`, rows)
log(`\nWritten to ${await writeResults('bench-storm', rows)}`)
await removeBenchData(dir, databaseUrl, server, log)
process.exit(0)
