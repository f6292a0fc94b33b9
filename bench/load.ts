import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { buildAdminIfStale } from '../cms/build/adminBuild'
import { withPostgresDatabase } from '../cms/db/databaseUrl'
import { type ClusterProcess, nginxBinary, startNginx, startRole } from '../tests/helpers/cluster'
import { isolatedDataDir, TEST_SECRET } from '../tests/helpers/env'
import { freePorts } from '../tests/helpers/server'
import type { Row } from './table'

type Log = (line: string) => void

/** Each load lasts this long, with this many connections at once: bounded, and enough to saturate two cores. */
const SECONDS = 10
const CONNECTIONS = 32

const admin = async (url: string, run: (client: pg.Client) => Promise<unknown>) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await run(client)
  } finally {
    await client.end()
  }
}

const load = async (url: string) => {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS })
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  }
}

/**
 * The scaled-out layout on loopback: nginx in front of two CMS processes (PROCESS_ROLE=web) and a
 * worker, on PostgreSQL when BENCH_POSTGRES_URL names a server (else SQLite); autocannon loads the
 * public site (files served by nginx) and a REST list (through both CMS processes).
 */
export const benchLoad = async (log: Log): Promise<Row[]> => {
  if (!nginxBinary())
    return [
      {
        measure: 'load through nginx',
        value: 0,
        unit: '-',
        note: 'skipped: nginx is not installed',
      },
    ]
  await buildAdminIfStale(process.cwd(), (line) => log(`  ${line}`))
  const dir = await isolatedDataDir('bench-load')
  const server = process.env.BENCH_POSTGRES_URL
  const name = `civic_bench_${randomUUID().slice(0, 8)}`
  if (server) await admin(server, (c) => c.query(`CREATE DATABASE "${name}"`))
  const databaseUrl = server
    ? withPostgresDatabase(server, name)
    : `file:${path.join(dir, 'cms.db')}`
  const [a, b, worker, cms, site] = await freePorts(5)
  const shared = {
    DATA_DIR: dir,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: TEST_SECRET,
    CMS_URL: `http://127.0.0.1:${cms}`,
    SITE_URL: `http://127.0.0.1:${site}`,
    TRUSTED_PROXY_HOPS: '1',
    LOG_LEVEL: 'warn',
  }
  const processes: ClusterProcess[] = []
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null
  try {
    log('  starting two CMS processes, a worker and nginx…')
    processes.push(await startRole('web A', 'web', { ...shared, PORT: String(a) }))
    processes.push(
      ...(await Promise.all([
        startRole('web B', 'web', { ...shared, PORT: String(b) }),
        startRole('worker', 'worker', { ...shared, SITE_PORT: String(worker) }),
      ])),
    )
    nginx = await startNginx(path.join(dir, 'nginx'), {
      CMS_LISTEN: `127.0.0.1:${cms}`,
      SITE_LISTEN: `127.0.0.1:${site}`,
      CMS_HOST: '127.0.0.1',
      SITE_HOST: '127.0.0.1',
      CMS_UPSTREAM_1: `127.0.0.1:${a}`,
      CMS_UPSTREAM_2: `127.0.0.1:${b}`,
      SITE_FALLBACK: `127.0.0.1:${worker}`,
      SITE_ROOT: path.join(dir, 'site'),
      CMS_ORIGIN: shared.CMS_URL,
    })
    const deadline = Date.now() + 180_000
    while ((await fetch(`${shared.SITE_URL}/`).catch(() => null))?.status !== 200) {
      if (Date.now() > deadline) throw new Error('The site was not built within 3 minutes.')
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const database = server ? 'PostgreSQL' : 'SQLite'
    const rows: Row[] = []
    for (const [what, url] of [
      ['public site home page (nginx, static)', `${shared.SITE_URL}/`],
      [
        `REST list of 10 releases (nginx → 2 CMS, ${database})`,
        `${shared.CMS_URL}/api/media-releases?limit=10&depth=0`,
      ],
    ] as const) {
      log(`  ${what}: ${SECONDS} s with ${CONNECTIONS} connections…`)
      const result = await load(url)
      rows.push({
        measure: `load: ${what}`,
        value: result.rps,
        unit: 'req/s',
        note: `p99 ${result.p99} ms; ${result.non2xx} non-2xx, ${result.errors} socket errors (${result.timeouts} timeouts); ${CONNECTIONS} connections, ${SECONDS} s`,
      })
    }
    return rows
  } finally {
    await nginx?.stop()
    await Promise.all(processes.map((p) => p.stop()))
    if (server)
      await admin(server, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
    await rm(dir, { recursive: true, force: true })
  }
}

/** Run on its own: prints rows as JSON. */
if (process.argv[1]?.endsWith('load.ts')) {
  const rows = await benchLoad((line) => console.error(line))
  console.log(JSON.stringify(rows))
  process.exit(0)
}
