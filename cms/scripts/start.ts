import { type ChildProcess, spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { buildAdminIfStale } from '../build/adminBuild'
import { maskUrl } from '../db/databaseUrl'
import { checkDatabase } from '../db/preflight'
import { seed } from '../seed/seed'
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demoUsers'
import { readSettings, type Settings } from '../settings'
import { localSecret } from './secret'
import { waitForHealth } from './waitForHealth'

/**
 * `npm start` (and `npm run dev` with --dev): everything a fresh clone needs, in order, with progress.
 * Demo accounts are seeded unless this is a production run (NODE_ENV=production when invoked).
 */
const dev = process.argv.includes('--dev')
const production = process.env.NODE_ENV === 'production'
const root = process.cwd()
const started = Date.now()
const seconds = () => ((Date.now() - started) / 1000).toFixed(1)
const step = (line: string) => console.log(`[${seconds()} s] ${line}`)
const fail = (message: string): never => {
  console.error(`\n✗ ${message}`)
  process.exit(1)
}
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

const prepareSettings = async (): Promise<Settings> => {
  const first = readSettings(process.env, root)
  await mkdir(first.dataDir, { recursive: true })
  if (!production && !process.env.PAYLOAD_SECRET) process.env.PAYLOAD_SECRET = await localSecret(first.dataDir)
  return readSettings(process.env, root)
}

const prepareDatabase = async (settings: Settings) => {
  const { openPayload } = await import('../boot')
  const payload = await openPayload()
  try {
    const report = await seed(payload, { demo: !production, log: step })
    step(`Schema up to date; seeded ${report.usersCreated} users and ${report.itemsCreated} items.`)
  } finally {
    await payload.destroy()
  }
  return settings
}

const startServer = (settings: Settings): ChildProcess => {
  const next = path.join(root, 'node_modules/.bin/next')
  const args = dev ? ['dev', 'cms', '--webpack', '-p', String(settings.port)] : ['start', 'cms', '-p', String(settings.port)]
  const child = spawn(next, args, {
    cwd: root,
    stdio: 'inherit',
    // NODE_OPTIONS carries npm's --conditions=production on to Next (docs/adr/0003).
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  const stop = () => child.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  child.on('exit', (code) => process.exit(code ?? 0))
  return child
}

const printSummary = (settings: Settings) => {
  const database = settings.database.kind === 'sqlite' ? `SQLite ${settings.database.url}` : `MongoDB ${maskUrl(settings.database.url)}`
  const email = settings.smtpUrl ? `SMTP ${maskUrl(settings.smtpUrl)}` : `written as .eml files to ${path.relative(root, settings.outboxDir) || '.'} (SMTP_URL not set)`
  const lines = [
    '',
    `City Communications CMS is ready (${seconds()} s).`,
    `  Admin:     ${settings.cmsUrl}/admin`,
    `  REST API:  ${settings.cmsUrl}/api   (health: ${settings.cmsUrl}/api/health)`,
    `  Database:  ${database}`,
    `  Email:     ${email}`,
  ]
  if (!production) {
    lines.push(`  Demo accounts (password ${DEMO_PASSWORD}):`)
    for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(26)} ${user.roles.join(', ')}`)
  }
  if (settings.usingDevSecret) lines.push('  Warning: PAYLOAD_SECRET is the development value.')
  lines.push('  Stop with Ctrl+C.', '')
  console.log(lines.join('\n'))
}

const main = async () => {
  const settings = await prepareSettings().catch((error) => fail(errorText(error)))
  step(`Checking the database (${settings.database.kind})…`)
  await checkDatabase(settings.database).catch((error) => fail(errorText(error)))
  // The build (minutes, first time) and the schema and seed (seconds) do not touch each other.
  const build = dev ? Promise.resolve({ built: false, seconds: 0 }) : buildAdminIfStale(root, step)
  await prepareDatabase(settings).catch((error) => fail(`Could not prepare the database: ${errorText(error)}`))
  const result = await build.catch((error) => fail(`The admin build failed: ${errorText(error)}. Fix the error above and run npm start again.`))
  step(result.built ? `Admin built in ${result.seconds} s.` : dev ? 'Dev server compiles on demand.' : 'Admin build is up to date.')
  startServer(settings)
  await waitForHealth(settings.port, dev ? 240_000 : 60_000, step).catch((error) => fail(errorText(error)))
  printSummary(settings)
}

await main()
