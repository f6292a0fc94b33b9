import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Row } from './table'

const until = async (url: string, deadline: number) => {
  while (Date.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) })
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} did not answer`)
}

/**
 * The production admin as `npm start` serves it: time from `next start` to a healthy API, then the
 * first and a warm load of the sign-in page. Needs a current build (`npm run build`).
 */
export const benchAdmin = async (databaseFile: string, port = 3917): Promise<Row[]> => {
  const root = process.cwd()
  if (!existsSync(path.join(root, 'cms/.next/BUILD_ID'))) {
    return [{ measure: 'admin (skipped: run npm run build first)', value: 0, unit: '-' }]
  }
  const started = Date.now()
  const child = spawn(
    path.join(root, 'node_modules/.bin/next'),
    ['start', 'cms', '-p', String(port)],
    {
      env: {
        ...process.env,
        DATABASE_URL: `file:${databaseFile}`,
        CMS_URL: `http://127.0.0.1:${port}`,
        PAYLOAD_SECRET: 'bench-secret-0123456789abcdef0123456789',
      },
      stdio: 'ignore',
      detached: true,
    },
  )
  try {
    const base = `http://127.0.0.1:${port}`
    await until(`${base}/api/health`, Date.now() + 60_000)
    const healthy = Date.now() - started
    const first = Date.now()
    await fetch(`${base}/admin/login`).then((r) => r.text())
    const firstLoad = Date.now() - first
    const warm = Date.now()
    await fetch(`${base}/admin/login`).then((r) => r.text())
    const warmLoad = Date.now() - warm
    return [
      { measure: 'next start → /api/health ok', value: healthy, unit: 'ms' },
      { measure: 'first /admin/login after start', value: firstLoad, unit: 'ms' },
      { measure: 'warm /admin/login', value: warmLoad, unit: 'ms' },
    ]
  } finally {
    process.kill(-child.pid!, 'SIGTERM')
  }
}
