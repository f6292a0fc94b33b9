import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAdminIfStale } from '../cms/build/adminBuild'
import { DELIVERIES, SITE_BUILD_REQUESTS } from '../cms/core/slugs'
import { withPostgresDatabase } from '../cms/db/databaseUrl'
import { DEMO_PASSWORD } from '../cms/seed/demoUsers'
import { isolatedDataDir, TEST_SECRET, useDataDir } from './helpers/env'
import { type ClusterProcess, nginxBinary, startNginx, startRole } from './helpers/cluster'
import { signedIn } from './helpers/api'
import { validContent } from './helpers/fixtures'
import { tally } from './helpers/outboxWorkers'
import { createPostgresDatabase, dropPostgresDatabase, testPostgresUrl } from './helpers/postgres'

const TEST_POSTGRES_URL = testPostgresUrl()
import { addConfirmedSubscribers } from './helpers/seedData'
import { freePorts } from './helpers/server'
import { startSmtpSink } from './helpers/smtpSink'

/**
 * The scaled-out layout of docs/deploy.md on one machine: two web processes and two workers on one
 * database (PostgreSQL when the run names one, else SQLite), a real SMTP sink, and, where nginx is
 * installed (CI installs it), the deploy/ configuration in front of them.
 */
const RECIPIENTS = TEST_POSTGRES_URL ? 10_000 : 2_000
const WRITER = 'writer@city.example'
const MANAGER = 'manager@city.example'

let dataDir: string
let payload: Payload
let closePayload: (payload: Payload) => Promise<void>
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let nginx: Awaited<ReturnType<typeof startNginx>> | null = null
const databaseName = `civic_scale_${randomUUID().slice(0, 8)}`
const processes: ClusterProcess[] = []
let webA: ClusterProcess
let workers: ClusterProcess[]
const url = { webA: '', webB: '', worker: '', cms: '', site: '' }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const buildsLogged = () =>
  workers.reduce((n, w) => n + (w.output().match(/Public site built/g)?.length ?? 0), 0)

/** Until no build is asked for or running: the start-up builds are over. */
const settled = async (timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs
  let quietSince = Date.now()
  let last = buildsLogged()
  while (Date.now() < deadline) {
    const pending = await payload.db.count({ collection: SITE_BUILD_REQUESTS })
    if (pending.totalDocs > 0 || buildsLogged() !== last) {
      quietSince = Date.now()
      last = buildsLogged()
    }
    if (Date.now() - quietSince > 6000) return
    await sleep(250)
  }
  throw new Error('Site builds did not settle.')
}

const signIn = async (cmsUrl: string, email: string, forwardedFor?: string) =>
  fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })

const client = async (cmsUrl: string, email: string) => {
  const login = await signIn(cmsUrl, email)
  expect(login.status, `sign-in of ${email} at ${cmsUrl}`).toBe(200)
  const { token } = (await login.json()) as { token: string }
  return async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${cmsUrl}/api${route}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json().catch(() => null)) as any }
  }
}

/** Writer drafts and submits, manager approves and publishes: every call checked. Answers the slug. */
const publishRelease = async (cmsUrl: string, title: string) => {
  const writer = await client(cmsUrl, WRITER)
  const manager = await client(cmsUrl, MANAGER)
  const created = await writer('POST', '/media-releases', validContent('media-releases', title))
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const { id, slug } = created.body.doc
  const edited = await writer('PATCH', `/media-releases/${id}?draft=true`, {
    summary: `${title}: the details residents need, in plain words.`,
  })
  expect(edited.status, JSON.stringify(edited.body)).toBe(200)
  for (const [as, action] of [
    [writer, 'submit'],
    [manager, 'approve'],
    [manager, 'publish'],
  ] as const) {
    const step = await as('POST', `/media-releases/${id}/workflow`, { action })
    expect(step.status, `${action}: ${JSON.stringify(step.body)}`).toBe(200)
  }
  return slug as string
}

const waitForPage = async (siteUrl: string, pagePath: string, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const answer = await fetch(`${siteUrl}${pagePath}`).catch(() => null)
    if (answer?.status === 200) return answer
    await sleep(250)
  }
  throw new Error(`${pagePath} was not served within ${timeoutMs / 1000} s.`)
}

beforeAll(async () => {
  await buildAdminIfStale(process.cwd(), (line) => console.log(`[admin] ${line}`))
  dataDir = await isolatedDataDir('scale')
  const databaseUrl = TEST_POSTGRES_URL
    ? withPostgresDatabase(TEST_POSTGRES_URL, databaseName)
    : `file:${path.join(dataDir, 'cms.db')}`
  if (TEST_POSTGRES_URL) await createPostgresDatabase(databaseName)
  sink = await startSmtpSink({ parse: false })

  const ports = await freePorts(7)
  const [portA, portB, siteW1, siteW2, nginxCms, nginxSite, inbound] = ports as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const withNginx = Boolean(nginxBinary())
  url.webA = `http://127.0.0.1:${portA}`
  url.webB = `http://127.0.0.1:${portB}`
  url.worker = `http://127.0.0.1:${siteW1}`
  url.cms = withNginx ? `http://127.0.0.1:${nginxCms}` : url.webA
  url.site = withNginx ? `http://127.0.0.1:${nginxSite}` : url.worker
  const shared = {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: TEST_SECRET,
    SMTP_URL: sink.url,
    CMS_URL: url.cms,
    SITE_URL: url.site,
    // Behind nginx (or called directly with a forwarded address, as the rate-limit test does).
    TRUSTED_PROXY_HOPS: '1',
    OUTBOX_LEASE_SECONDS: '10',
    LOG_LEVEL: 'info',
    // Both workers on this machine ask for it; the second finds it taken and leaves it to the first.
    INBOUND_SMTP_PORT: String(inbound),
  }
  // The first `npm start` meets an empty database: it migrates it and seeds the demo accounts.
  webA = await startRole('web A', 'web', { ...shared, PORT: String(portA) })
  processes.push(webA)
  // The subscribers, written by this process as an import would.
  useDataDir(dataDir, databaseUrl)
  const boot = await import('../cms/boot')
  closePayload = boot.closePayload
  payload = await boot.openPayload({ key: 'scale-out-test' })
  await addConfirmedSubscribers(payload, RECIPIENTS, 'resident', ['news'])
  const started = await Promise.all([
    startRole('web B', 'web', { ...shared, PORT: String(portB) }),
    startRole('worker 1', 'worker', { ...shared, SITE_PORT: String(siteW1) }),
    startRole('worker 2', 'worker', { ...shared, SITE_PORT: String(siteW2) }),
  ])
  processes.push(...started)
  workers = [started[1], started[2]]
  if (withNginx) {
    nginx = await startNginx(path.join(dataDir, 'nginx'), {
      CMS_LISTEN: `127.0.0.1:${nginxCms}`,
      SITE_LISTEN: `127.0.0.1:${nginxSite}`,
      CMS_HOST: '127.0.0.1',
      SITE_HOST: '127.0.0.1',
      CMS_UPSTREAM_1: `127.0.0.1:${portA}`,
      CMS_UPSTREAM_2: `127.0.0.1:${portB}`,
      SITE_FALLBACK: `127.0.0.1:${siteW1}`,
      SITE_ROOT: path.join(dataDir, 'site'),
      CMS_ORIGIN: url.cms,
    })
  }
  await settled()
}, 600_000)

afterAll(async () => {
  await nginx?.stop()
  await Promise.all(processes.map((p) => p.stop()))
  await sink?.close()
  if (payload) await closePayload(payload)
  if (TEST_POSTGRES_URL) await dropPostgresDatabase(databaseName)
  if (dataDir) await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
}, 120_000)

describe(`two web processes and two workers on one ${TEST_POSTGRES_URL ? 'PostgreSQL' : 'SQLite'} database`, () => {
  it(`a publish through one web process builds the site once and emails ${RECIPIENTS.toLocaleString('en-CA')} subscribers once each, the two workers sharing the sending`, async () => {
    const before = buildsLogged()
    const slug = await publishRelease(url.webA, 'Snow clearing starts on residential streets')
    await waitForPage(url.worker, `/news/${slug}/`)
    const deadline = Date.now() + 300_000
    // Staff notices (review requests and the like) go to the same sink; the residents' mail is counted.
    const residents = () =>
      sink.received.filter((m) => m.to.every((to) => to.startsWith('resident')))
    while (residents().length < RECIPIENTS && Date.now() < deadline) await sleep(500)
    await settled()
    expect(buildsLogged() - before).toBe(1)

    await sleep(2000) // anything extra (a duplicate) would arrive now
    const { ids, messages, oneIdEach } = tally({ ...sink, received: residents() })
    expect(ids.size).toBe(RECIPIENTS)
    expect(messages).toBe(RECIPIENTS)
    expect(oneIdEach).toBe(true)
    const unsent = await payload.db.count({
      collection: DELIVERIES,
      where: { status: { not_equals: 'sent' } },
    })
    expect(unsent.totalDocs).toBe(0)
    // Each worker reports what it sent: both took part, and together they sent everything.
    const shares = workers.map((w) =>
      [...w.output().matchAll(/Outbox \(email\): (\d+) sent/g)].reduce(
        (n, m) => n + Number(m[1]),
        0,
      ),
    )
    console.info(`two workers: ${shares.join(' + ')} messages`)
    expect(shares.every((n) => n > 0)).toBe(true)
    expect(shares[0]! + shares[1]!).toBeGreaterThanOrEqual(RECIPIENTS)
    // The queues' ticks ran clean in every process (a lease held by another is not an error).
    for (const p of processes) expect(p.output(), p.name).not.toMatch(/Error in job queue/)
  }, 420_000)

  it('the sign-in limit holds across both web processes: the 31st attempt from one address is refused by either', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 31; i += 1) {
      const target = i % 2 === 0 ? url.webA : url.webB
      const answer = await fetch(`${target}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.23' },
        body: JSON.stringify({ email: `stranger-${i}@city.example`, password: 'guess' }),
      })
      statuses.push(answer.status)
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true)
    expect(statuses[30]).toBe(429)
    const other = await fetch(`${url.webB}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.23' },
      body: JSON.stringify({ email: 'stranger-31@city.example', password: 'guess' }),
    })
    expect(other.status).toBe(429)
    // Another address is not held back by it.
    expect((await signIn(url.webA, WRITER, '198.51.100.24')).status).toBe(200)
  })
})

// Deliberate: `npm test` needs only Node and npm, so without Debian's nginx this part is skipped (the
// processes above still run). CI installs nginx (.ci/nginx) and runs it on SQLite and PostgreSQL.
describe.skipIf(!nginxBinary())('behind nginx (deploy/nginx)', () => {
  it('serves the built site with short cache lifetimes for alerts and feeds, long ones for hashed assets', async () => {
    const home = await fetch(`${url.site}/`)
    expect(home.status).toBe(200)
    expect(home.headers.get('cache-control')).toBe('public, max-age=60')
    expect(home.headers.get('content-security-policy')).toContain(`form-action 'self' ${url.cms}`)
    const html = await home.text()
    const asset = /\/_astro\/[^"')\s]+/.exec(html)?.[0] ?? ''
    expect(asset).toMatch(/^\/_astro\/[\w.-]+\.(css|js)$/)
    const assetAnswer = await fetch(`${url.site}${asset}`)
    expect(assetAnswer.status).toBe(200)
    expect(assetAnswer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const alerts = await fetch(`${url.site}/emergency/active.json`)
    expect(alerts.status).toBe(200)
    expect(alerts.headers.get('cache-control')).toBe('public, max-age=5, must-revalidate')
    expect(alerts.headers.get('content-type')).toMatch(/^application\/json/)
    const feed = await fetch(`${url.site}/feeds/all.xml`)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('cache-control')).toBe('public, max-age=60')
    const missing = await fetch(`${url.site}/news/no-such-release/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('<html')
    const folder = await fetch(`${url.site}/news`, { redirect: 'manual' })
    expect(folder.status).toBe(301)
    expect(folder.headers.get('location')).toBe('/news/')
    expect((await fetch(`${url.site}/`, { method: 'POST' })).status).toBe(403)
  })

  it('includes the emergency banner in the pages it serves, within seconds of an urgent alert', async () => {
    const before = await (await fetch(`${url.site}/news/`)).text()
    expect(before).toContain('<div id="emergency-alerts"')
    expect(before).not.toContain('<!--#')
    const officer = await signedIn(url.cms, 'emergency@city.example')
    const created = await officer('POST', '/emergency-bulletins', {
      ...validContent('emergency-bulletins', 'Ice storm: stay off the roads'),
      severity: 'Severe',
    })
    const urgent = await officer('POST', `/emergency-bulletins/${created.body.doc.id}/workflow`, {
      action: 'urgent-publish',
      comment: 'Now.',
    })
    expect(urgent.status).toBe(200)
    // nginx puts the banner file the CMS wrote into every page (no page was rendered for it).
    await expect
      .poll(async () => (await fetch(`${url.site}/fr/`)).text(), { timeout: 30_000 })
      .toContain('Ice storm: stay off the roads')
    const page = await (await fetch(`${url.site}/news/`)).text()
    expect(page).toContain('class="alert-banner alert-banner--severe"')
    expect(page).not.toContain('<!--#')
  })

  it('with one CMS process killed, signing in, editing and publishing still work through the other', async () => {
    await webA.kill()
    const health = await fetch(`${url.cms}/api/health`)
    expect(health.status).toBe(200)
    expect(((await health.json()) as { role: string }).role).toBe('web')
    expect((await fetch(`${url.cms}/admin/login`)).status).toBe(200)
    const slug = await publishRelease(url.cms, 'Library branch reopens after repairs')
    const page = await waitForPage(url.site, `/news/${slug}/`)
    expect(await page.text()).toContain('Library branch reopens after repairs')
    const log = await nginx!.accessLog()
    expect(log).not.toMatch(/" 50[234] /)
  }, 180_000)
})
