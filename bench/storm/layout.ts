import path from 'node:path'

import { buildAdminIfStale } from '../../cms/build/adminBuild'
import {
  type ClusterProcess,
  nginxBinary,
  startNginx,
  startRole,
} from '../../tests/helpers/cluster'
import { freePorts } from '../../tests/helpers/server'
import type { Watched } from './processes'

export type Layout = {
  /** What runs, for the table: "PostgreSQL, 2 web + 2 workers, nginx" or SQLite's one process. */
  description: string
  cms: string
  site: string
  inboundPort: number
  processes: () => Watched[]
  stop: () => Promise<void>
}

/**
 * The scaled-out layout on loopback: nginx in front of two web processes and two workers on
 * PostgreSQL; on SQLite (one writer), one `npm start` doing everything behind nginx. The first
 * worker receives the desk's mail and serves the site's fallbacks.
 */
export const startLayout = async (
  env: Record<string, string>,
  dataDir: string,
  postgres: boolean,
  log: (line: string) => void,
): Promise<Layout> => {
  const nginx = nginxBinary()
  if (!nginx) throw new Error('The storm runs behind nginx: install it (apt install nginx-light).')
  await buildAdminIfStale(process.cwd(), (line) => log(`  ${line}`))
  const [a, b, worker, workerB, cms, site, inbound] = await freePorts(7)
  const shared = {
    ...env,
    DATA_DIR: dataDir,
    CMS_URL: `http://127.0.0.1:${cms}`,
    SITE_URL: `http://127.0.0.1:${site}`,
    TRUSTED_PROXY_HOPS: '1',
    LOG_LEVEL: 'warn',
    // `--profile`: each web process writes a CPU profile (.cpuprofile, for Chrome's DevTools).
    ...(process.argv.includes('--profile')
      ? { CPU_PROFILE_DIR: path.join(process.cwd(), 'bench', 'results', 'storm-profiles') }
      : {}),
  }
  const started: ClusterProcess[] = []
  // Each process's output, kept after the run (the data directory is removed).
  const logs = path.join(process.cwd(), 'bench', 'results', 'storm-logs')
  const logOf = (name: string) => path.join(logs, `${name.replace(/\W+/g, '-')}.log`)
  log(`  each process's output: ${logs}/`)
  let front: Awaited<ReturnType<typeof startNginx>> | null = null
  const stop = async () => {
    await front?.stop()
    await Promise.all(started.map((p) => p.stop()))
  }
  try {
    if (postgres) {
      log('  two web processes and two workers on PostgreSQL…')
      started.push(
        await startRole('web A', 'web', { ...shared, PORT: String(a) }, undefined, logOf('web A')),
      )
      started.push(
        ...(await Promise.all([
          startRole('web B', 'web', { ...shared, PORT: String(b) }, undefined, logOf('web B')),
          startRole(
            'worker 1',
            'worker',
            { ...shared, SITE_PORT: String(worker), INBOUND_SMTP_PORT: String(inbound) },
            undefined,
            logOf('worker 1'),
          ),
          startRole(
            'worker 2',
            'worker',
            {
              ...shared,
              SITE_PORT: String(workerB),
              INBOUND_SMTP_PORT: 'off',
            },
            undefined,
            logOf('worker 2'),
          ),
        ])),
      )
    } else {
      log('  one process doing everything on SQLite…')
      started.push(
        await startRole(
          'all (SQLite)',
          'all',
          {
            ...shared,
            PORT: String(a),
            SITE_PORT: String(worker),
            INBOUND_SMTP_PORT: String(inbound),
          },
          undefined,
          logOf('all'),
        ),
      )
    }
    front = await startNginx(path.join(dataDir, 'nginx'), {
      CMS_LISTEN: `127.0.0.1:${cms}`,
      SITE_LISTEN: `127.0.0.1:${site}`,
      CMS_HOST: '127.0.0.1',
      SITE_HOST: '127.0.0.1',
      CMS_UPSTREAM_1: `127.0.0.1:${a}`,
      CMS_UPSTREAM_2: `127.0.0.1:${postgres ? b : a}`,
      SITE_FALLBACK: `127.0.0.1:${worker}`,
      SITE_ROOT: path.join(dataDir, 'site'),
      CMS_ORIGIN: shared.CMS_URL,
    })
  } catch (error) {
    await stop()
    throw error
  }
  const nginxPid = front!.pid
  return {
    description: postgres
      ? 'PostgreSQL; nginx, 2 web processes, 2 workers'
      : 'SQLite; nginx, 1 process (web and worker)',
    cms: shared.CMS_URL,
    site: shared.SITE_URL,
    inboundPort: inbound!,
    processes: () => [
      ...started.map((p) => ({ name: p.name, pid: p.pid })),
      { name: 'nginx', pid: nginxPid },
      { name: 'the bench itself (the load it makes)', pid: process.pid, alone: true },
    ],
    stop,
  }
}
