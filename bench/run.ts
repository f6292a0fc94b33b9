import { closePayload } from '../cms/boot'
import { benchAdmin } from './admin'
import { benchCms } from './cms'
import { spawnSync } from 'node:child_process'
import { machine, printTable, writeResults } from './table'
import { testCaFile } from '../tests/helpers/testCa'
import pg from 'pg'
import { withPostgresDatabase } from '../cms/db/databaseUrl'

/** `npm run bench [-- --volume N]`: figures for the CMS on this machine, printed as a table. */
const volumeIndex = process.argv.indexOf('--volume')
const volume = volumeIndex > 0 ? Number(process.argv[volumeIndex + 1]) : 1000
const log = (line: string) => console.log(line)

log('civic-comms benchmarks')
for (const fact of machine()) log(`  ${fact}`)
log('Payload on SQLite…')
const { rows, databaseFile, payload } = await benchCms(volume, log)
await closePayload(payload)
log('Admin (production build)…')
rows.push(...(await benchAdmin(databaseFile)))
log('Public site (in its own process: a fresh database)…')
const site = spawnSync(process.execPath, ['--import', 'tsx', 'bench/site.ts', '2000', '20000'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
})
if (site.status !== 0) throw new Error(`The site benchmark failed (exit ${site.status}).`)
rows.push(...JSON.parse(site.stdout.trim().split('\n').at(-1)!))
log('Email (in its own process: a fresh database and an SMTP server on loopback)…')
const email = spawnSync(process.execPath, ['--import', 'tsx', 'bench/email.ts', '10000'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
})
if (email.status !== 0) throw new Error(`The email benchmark failed (exit ${email.status}).`)
rows.push(...JSON.parse(email.stdout.trim().split('\n').at(-1)!))
log('Sponsorship (in its own process: a fresh database and an SMTP server on loopback)…')
const sponsorship = spawnSync(process.execPath, ['--import', 'tsx', 'bench/sponsorship.ts'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
})
if (sponsorship.status !== 0)
  throw new Error(`The sponsorship benchmark failed (exit ${sponsorship.status}).`)
rows.push(...JSON.parse(sponsorship.stdout.trim().split('\n').at(-1)!))
log('Customer-service desk (in its own process: a fresh database and SMTP on loopback)…')
const desk = spawnSync(process.execPath, ['--import', 'tsx', 'bench/desk.ts', '1000', '100000'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
})
if (desk.status !== 0) throw new Error(`The desk benchmark failed (exit ${desk.status}).`)
rows.push(...JSON.parse(desk.stdout.trim().split('\n').at(-1)!))
log('311 requests (in its own process: a fresh database)…')
const requests311 = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'bench/requests311.ts', '100000', '400000'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
)
if (requests311.status !== 0)
  throw new Error(`The 311 benchmark failed (exit ${requests311.status}).`)
rows.push(...JSON.parse(requests311.stdout.trim().split('\n').at(-1)!))
const inProcess = (script: string, args: string[], env: Record<string, string> = {}) => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  })
  if (child.status !== 0) throw new Error(`${script} failed (exit ${child.status}).`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as typeof rows
}
log('Knowledge base and site search (in its own process: a fresh database)…')
rows.push(...inProcess('bench/kb.ts', ['5000', '1000']))
log('Alerts by Web Push and SMS (a fresh database; a local push service and SMS gateway)…')
// The local push service speaks HTTPS with a test certificate, trusted as a deployment trusts its push services.
rows.push(...inProcess('bench/alertChannels.ts', ['10000'], { NODE_EXTRA_CA_CERTS: testCaFile() }))
log('The 311 app: first load and time to reference (a fresh database and site)…')
rows.push(...inProcess('bench/app311.ts', []))
log('Alerts where you live: 100,000 subscribers at register addresses (a fresh database)…')
rows.push(...inProcess('bench/targeting.ts', ['100000']))
const postgres = process.env.BENCH_POSTGRES_URL
if (postgres) {
  for (const [script, args] of [
    ['bench/cms.ts', [String(volume)]],
    ['bench/email.ts', ['10000']],
  ] as const) {
    log(`PostgreSQL: ${script} on a fresh database…`)
    const name = `civic_bench_${Date.now()}`
    const admin = new pg.Client({ connectionString: postgres })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    try {
      const found = inProcess(script, [...args], {
        BENCH_DATABASE_URL: withPostgresDatabase(postgres, name),
      })
      rows.push(...found.map((row) => ({ ...row, measure: `${row.measure} [PostgreSQL]` })))
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await admin.end()
    }
  }
} else {
  rows.push({
    measure: 'PostgreSQL rows',
    value: 0,
    unit: '-',
    note: 'not run: set BENCH_POSTGRES_URL=postgres://user:password@host/postgres',
  })
}
log('Load through nginx (two CMS processes and a worker)…')
rows.push(...inProcess('bench/load.ts', []))
printTable(`Results (${volume} media releases)`, rows)
log(`\nWritten to ${await writeResults('bench', rows)}`)
process.exit(0)
