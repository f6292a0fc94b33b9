import { closePayload } from '../cms/boot'
import { benchAdmin } from './admin'
import { benchCms } from './cms'
import { spawnSync } from 'node:child_process'
import { machine, printTable } from './table'

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
printTable(`Results (${volume} media releases)`, rows)
process.exit(0)
