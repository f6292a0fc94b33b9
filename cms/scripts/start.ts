import { type ChildProcess, spawn } from 'node:child_process'
import type { Payload } from 'payload'
import { realpathSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { buildAdminIfStale } from '../build/adminBuild'
import { maskUrl } from '../db/databaseUrl'
import { checkDatabase } from '../db/preflight'
import { withStartupLock } from '../db/startupLock'
import { createFront, freeLoopbackPort } from '../http/front'
import { vapidKeys } from '../push/keys'
import { seed } from '../seed/seed'
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demoUsers'
import { requestSiteBuild } from '../coordination/siteBuildRequests'
import { readSettings, type Settings } from '../settings'
import { createSiteServer } from '../../site/server/staticServer'
import { bucketSource } from '../../site/server/bucketSource'
import { s3Client } from '../storage/s3'
import { localSecret } from './secret'
import { waitForHealth } from './waitForHealth'

/**
 * `npm start` (and `npm run dev` with --dev): everything a fresh clone needs, in order, with
 * progress. Demo accounts are seeded unless this is a production run (NODE_ENV=production when
 * invoked).
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
  if (!production && !process.env.PAYLOAD_SECRET)
    process.env.PAYLOAD_SECRET = await localSecret(first.dataDir)
  return readSettings(process.env, root)
}

const prepareDatabase = (settings: Settings) =>
  withStartupLock(settings.database, async () => {
    const { closePayload, openPayload } = await import('../boot')
    const payload = await openPayload()
    try {
      const report = await seed(payload, { demo: !production, log: step })
      step(
        `Schema up to date; seeded ${report.usersCreated} users and ${report.itemsCreated} items.`,
      )
      // The Web Push key pair: made now if the environment and the database have none (under the
      // start-up lock, so processes starting together cannot make two).
      await vapidKeys(payload, settings)
      // The site is rebuilt at every start: templates may have changed with the code. The CMS
      // server runs the build as soon as it is up.
      await requestSiteBuild(payload, 'start')
    } finally {
      await closePayload(payload)
    }
    return settings
  })

/**
 * PROCESS_ROLE=worker: no admin or API. Every worker sends email; one at a time (the holder of the
 * jobs-runner lease) runs the jobs queues: scheduled publishing, site builds. Runs until stopped,
 * then lets the work in flight finish.
 */
const runWorker = async (settings: Settings) => {
  const { closePayload, openPayload } = await import('../boot')
  // Its own instance: the one that prepared the database is closed (and stays cached under its
  // key).
  const payload = await openPayload({ cron: true, key: 'worker' })
  // The site it builds is served here too: a front (nginx) serves files itself and asks this server
  // only for what is not a file (404 and 410 pages).
  await listenSite(settings)
  await receiveMail(payload, settings)
  // Every worker sends (claims are exclusive), not only the one running the jobs queues.
  const { sendOutbox } = await import('../outbox/run')
  const sending = setInterval(() => {
    sendOutbox(payload).catch((error) =>
      payload.logger.error({ err: error, msg: 'An outbox run failed; the next starts in 2 s.' }),
    )
  }, 2000)
  step(
    `Worker running: scheduled publishing, site builds and email; the site on ${settings.siteUrl}/. Stop with Ctrl+C.`,
  )
  const stop = () => {
    clearInterval(sending)
    step('Stopping: letting the work in flight finish…')
    void closePayload(payload).finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

/**
 * The desk's inbound mail (INBOUND_SMTP_PORT, 2525 by default; `off` for none) in a worker. In the
 * default single process the Next server listens (payload.config.ts `onInit`): one Payload instance
 * per process on the database. Web-only processes never receive mail.
 */
const receiveMail = async (payload: Payload, settings: Settings) => {
  const { listenForInboundMail } = await import('../desk/inbound/listener')
  const server = await listenForInboundMail(payload, settings.inbound, step).catch((error) =>
    fail(
      `Could not listen for the desk's mail: ${errorText(error)}. Set INBOUND_SMTP_PORT (or off).`,
    ),
  )
  if (server)
    step(
      `Receiving mail for ${settings.inbound.address} and ${settings.inbound.address311} on SMTP port ${settings.inbound.smtpPort}.`,
    )
}

/**
 * Next on a loopback port, behind the front on PORT (cms/http/front.ts), which records each
 * connection's address for the rate limits.
 */
const startServer = async (settings: Settings): Promise<ChildProcess> => {
  const inner = await freeLoopbackPort()
  const next = path.join(root, 'node_modules/.bin/next')
  const args = dev
    ? ['dev', 'cms', '--webpack', '-H', '127.0.0.1', '-p', String(inner)]
    : ['start', 'cms', '-H', '127.0.0.1', '-p', String(inner)]
  const front = createFront(inner)
  await new Promise<void>((resolve, reject) => {
    front.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`PORT ${settings.port} is in use; stop what uses it or set PORT.`)
          : error,
      ),
    )
    front.listen(settings.port, resolve)
  }).catch((error) => fail(errorText(error)))
  // CPU_PROFILE_DIR: the server writes a CPU profile there when it stops (bench:storm --profile),
  // to see what a busy day spends its time on. Node refuses --cpu-prof in NODE_OPTIONS.
  const profile = process.env.CPU_PROFILE_DIR
  const child = spawn(
    profile ? process.execPath : next,
    [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`, realpathSync(next)] : []), ...args],
    {
      cwd: root,
      stdio: 'inherit',
      // NODE_OPTIONS carries npm's --conditions=production on to Next (docs/adr/0003).
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        ...(settings.processRole === 'all' ? { CIVIC_INBOUND_IN_NEXT: '1' } : {}),
      },
    },
  )
  const stop = () => child.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  child.on('exit', (code) => process.exit(code ?? 0))
  return child
}

/**
 * Serves the built public site on SITE_PORT: from the bucket when there is one (any machine can),
 * else from the folder each build swaps.
 */
const listenSite = async (settings: Settings) => {
  const source = settings.s3
    ? bucketSource(s3Client(settings.s3), settings.s3.bucket, settings.s3.sitePrefix)
    : settings.siteOutDir
  const server = createSiteServer(source, new URL(settings.cmsUrl).origin)
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `SITE_PORT ${settings.sitePort} is in use; stop what uses it or set SITE_PORT.`,
            )
          : error,
      ),
    )
    server.listen(settings.sitePort, resolve)
  }).catch((error) => fail(errorText(error)))
}

/** Serves the built public site and waits for the start-up build to go live. */
const serveSite = async (settings: Settings) => {
  await listenSite(settings)
  step('Building the public site…')
  const started = Date.now()
  const deadline = started + 180_000
  while (Date.now() < deadline) {
    const status = await siteBuiltSince(settings.port, started)
    if (status === 'ok') return step('Public site built and served.')
    if (status === 'failed')
      return step(
        'The public site build failed; the admin shows why (Public site status). The previous site, if any, is served.',
      )
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  step('The public site is still building; it will appear when done.')
}

const siteBuiltSince = async (port: number, since: number): Promise<'ok' | 'failed' | null> => {
  const health = await fetch(`http://127.0.0.1:${port}/api/health`)
    .then((r) => r.json() as Promise<{ site?: { state?: string; lastAttemptAt?: string | null } }>)
    .catch(() => null)
  const attempted = health?.site?.lastAttemptAt ? new Date(health.site.lastAttemptAt).getTime() : 0
  if (attempted < since - 2000) return null
  return health?.site?.state === 'ok' ? 'ok' : health?.site?.state === 'failed' ? 'failed' : null
}

const printSummary = (settings: Settings) => {
  const database =
    settings.database.kind === 'sqlite'
      ? `SQLite ${settings.database.url}`
      : `${settings.database.kind === 'postgres' ? 'PostgreSQL' : 'MongoDB'} ${maskUrl(settings.database.url)}`
  const email = settings.smtpUrl
    ? `SMTP ${maskUrl(settings.smtpUrl)}`
    : `written as .eml files to ${path.relative(root, settings.outboxDir) || '.'} (SMTP_URL not set)`
  const lines = [
    '',
    `City Communications CMS is ready (${seconds()} s).`,
    settings.processRole === 'all'
      ? `  Site:      ${settings.siteUrl}/`
      : '  Role:      web (admin and API; the workers build the site, the front serves it)',
    `  Admin:     ${settings.cmsUrl}/admin`,
    `  REST API:  ${settings.cmsUrl}/api   (health: ${settings.cmsUrl}/api/health)`,
    `  Database:  ${database}`,
    `  Email:     ${email}`,
    settings.inbound.smtpPort !== null && settings.processRole !== 'web'
      ? `  Inbound:   SMTP 127.0.0.1:${settings.inbound.smtpPort} for ${settings.inbound.address} (customer service)`
      : '  Inbound:   off',
  ]
  if (!production) {
    lines.push(`  Demo accounts (password ${DEMO_PASSWORD}):`)
    for (const user of DEMO_USERS)
      lines.push(`    ${user.email.padEnd(26)} ${user.roles.join(', ')}`)
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
  const build =
    dev || settings.processRole === 'worker'
      ? Promise.resolve({ built: false, seconds: 0 })
      : buildAdminIfStale(root, step)
  await prepareDatabase(settings).catch((error) =>
    fail(`Could not prepare the database: ${errorText(error)}`),
  )
  const result = await build.catch((error) =>
    fail(
      `The admin build failed: ${errorText(error)}. Fix the error above and run npm start again.`,
    ),
  )
  step(
    result.built
      ? `Admin built in ${result.seconds} s.`
      : dev
        ? 'Dev server compiles on demand.'
        : 'Admin build is up to date.',
  )
  if (settings.processRole === 'worker') return runWorker(settings)
  await startServer(settings)
  await waitForHealth(settings.port, dev ? 240_000 : 60_000, step).catch((error) =>
    fail(errorText(error)),
  )
  // A web-only process builds nothing: the workers build the site, and the front (nginx) serves it.
  if (settings.processRole === 'all') await serveSite(settings)
  printSummary(settings)
}

await main()
