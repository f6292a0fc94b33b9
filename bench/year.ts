import path from 'node:path'

import { buildAdminIfStale } from '../cms/build/adminBuild'
import { isolatedDataDir } from '../tests/helpers/env'
import { freePorts } from '../tests/helpers/server'
import { startSmtpSink } from '../tests/helpers/smtpSink'
import { type ClusterProcess, startRole } from '../tests/helpers/cluster'
import { machine, printTable, type Row, writeResults } from './table'
import { fillYear, scaledYear } from './year/generate'
import { measureYear } from './year/measure'
import { publishToLive, waitForSite } from './year/publish'
import { pruneYear } from './year/prune'
import { upgradeAtSize } from './year/upgrade'
import { removeBenchData } from './year/cleanup'

/**
 * `npm run bench:year [-- --scale 0.1]`: a year of a city of 250,000 in the database (100,000 311
 * requests with history, 20,000 items with versions, 30,000 desk cases with threads, 2,000,000
 * deliveries), then what staff, apps and the public meet on it through `npm start`'s processes,
 * publish → live, retention's pass and the size it saves, and the previous release's database
 * migrated to this one at that size. SQLite unless BENCH_POSTGRES_URL names a PostgreSQL server.
 */
const log = (line: string) => console.log(line)
const scaleAt = process.argv.indexOf('--scale')
const factor = scaleAt > 0 ? Number(process.argv[scaleAt + 1]) : 1
if (!(factor > 0 && factor <= 1)) throw new Error('--scale takes a number above 0, at most 1.')
const server = process.env.BENCH_POSTGRES_URL
if (server) process.env.TEST_POSTGRES_URL = server
const database = server ? 'PostgreSQL' : 'SQLite'
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`

log(`civic-comms: a year of data (${database}, scale ${factor})`)
for (const fact of machine()) log(`  ${fact}`)
const rows: Row[] = []
/** Each stage's rows as it ends; a stage that fails is a row saying so, and the run goes on. */
const stage = async (
  name: string,
  work: () => Promise<Row[]>,
  processes: ClusterProcess[] = [],
) => {
  try {
    const found = await work()
    for (const row of found)
      log(`  = ${row.measure}: ${row.value.toFixed(2)} ${row.unit} ${row.note ?? ''}`)
    rows.push(...found)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    log(`  ${name} FAILED: ${message}`)
    for (const p of processes) log(`  --- ${p.name}'s last output ---\n${p.output().slice(-4000)}`)
    rows.push({ measure: name, value: 0, unit: '-', note: `FAILED: ${message.slice(0, 200)}` })
  }
}
const reuseAt = process.argv.indexOf('--reuse')
const reuse = reuseAt > 0 ? process.argv[reuseAt + 1] : undefined
const dir = reuse ?? (await isolatedDataDir('bench-year'))
let databaseUrl = `file:${path.join(dir, 'cms.db')}`
let bytes = 0
if (!reuse) {
  const { startHarness } = await import('../tests/helpers/harness')
  const harness = await startHarness({
    dataDir: dir,
    database: server ? 'postgres' : 'sqlite',
    // The harness's own jobs run retention's pass too: the year stays whole until it is measured.
    env: { LOG_LEVEL: 'warn', RETAIN_DELIVERY_DAYS: '3650' },
  })
  databaseUrl = process.env.DATABASE_URL!
  log('Filling the year…')
  await stage('a year of data made', async () => {
    const year = await fillYear(harness, scaledYear(factor), (line) => log(line))
    bytes = year.bytes
    return [
      {
        measure: `a year of data made (${database})`,
        value: year.seconds,
        unit: 's',
        note: Object.entries(year.counts)
          .map(([table, n]) => `${table} ${n.toLocaleString('en-CA')}`)
          .join(', '),
      },
      { measure: 'database size with the year', value: year.bytes / 2 ** 20, unit: 'MiB' },
    ]
  })
  await harness.close({ keepData: true })
}

log('Starting npm start’s processes on it (a web process and a worker)…')
await buildAdminIfStale(process.cwd(), (line) => log(`  ${line}`))
const [web, siteServer] = await freePorts(2)
// Mail goes to an SMTP server as in a deployment (the files written without one are for trying it).
const sink = await startSmtpSink({ parse: false })
const env = {
  SMTP_URL: sink.url,
  DATA_DIR: dir,
  DATABASE_URL: databaseUrl,
  CMS_URL: `http://127.0.0.1:${web}`,
  SITE_URL: `http://127.0.0.1:${siteServer}`,
  LOG_LEVEL: 'warn',
  INBOUND_SMTP_PORT: 'off',
  // Measured on the whole year: retention's own pass is measured after, on its own.
  RETAIN_DELIVERY_DAYS: '3650',
}
const processes: ClusterProcess[] = []
try {
  const started = new Date()
  processes.push(await startRole('web', 'web', { ...env, PORT: String(web) }))
  processes.push(await startRole('worker', 'worker', { ...env, SITE_PORT: String(siteServer) }))
  log('  waiting for the first full build of the site…')
  await stage(
    'first full site build',
    async () => [await waitForSite(env.CMS_URL, env.SITE_URL, started)],
    processes,
  )
  await stage('reads on the year', () => measureYear(env.CMS_URL, log), processes)
  log('Publish → page live on the year’s data…')
  await stage(
    'publish → page live',
    async () => [await publishToLive(env.CMS_URL, env.SITE_URL)],
    processes,
  )
} finally {
  await Promise.all(processes.map((p) => p.stop()))
  await sink.close()
}

log('Retention on the year…')
await stage('retention', () => pruneYear(databaseUrl, log))
log('Upgrade at size: the previous release’s database with this year, migrated to this one…')
await stage('upgrade at size', () => upgradeAtSize(databaseUrl, log))
printTable(`A year of data (${database}; ${mib(bytes)} before retention)`, rows)
log(`\nWritten to ${await writeResults('bench-year', rows)}`)
await removeBenchData(dir, databaseUrl, server, log)
process.exit(0)
