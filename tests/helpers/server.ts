import { type ChildProcess, spawn } from 'node:child_process'
import { createServer, type Server } from 'node:net'
import path from 'node:path'

import { isolatedDataDir, TEST_SECRET } from './env'

export type RunningCms = {
  url: string
  siteUrl: string
  /** The desk's inbound SMTP port of this run. */
  inboundPort: number
  dataDir: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * `n` distinct free ports. All are held open until every one is known: asking one at a time
 * lets the kernel hand the same port out twice (a run's CMS and site once collided that way).
 */
export const freePorts = async (n: number): Promise<number[]> => {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<Server>((resolve, reject) => {
          const server = createServer()
          server.once('error', reject)
          server.listen(0, '127.0.0.1', () => resolve(server))
        }),
    ),
  )
  const ports = servers.map((server) => {
    const address = server.address()
    if (typeof address !== 'object' || !address) throw new Error('no port')
    return address.port
  })
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  return ports
}

export const freePort = async () => (await freePorts(1))[0]!

/** The test runner's environment minus NODE_ENV=test, which would not be what `npm start` meets. */
const serverEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: Record<string, string | undefined> = {
    ...process.env,
    PAYLOAD_SECRET: TEST_SECRET,
    ...extra,
  }
  delete env.NODE_ENV
  return env as NodeJS.ProcessEnv
}

/**
 * Runs `npm start` on a throw-away data folder and a free port, exactly as a newcomer
 * would: it builds the admin if stale (progress is echoed), migrates, seeds the demo accounts,
 * starts `next start` and waits for /api/health.
 */
export const startCms = async (extraEnv: Record<string, string> = {}): Promise<RunningCms> => {
  const dataDir = await isolatedDataDir('e2e')
  const [port, sitePort, inboundPort] = (await freePorts(3)) as [number, number, number]
  const url = `http://127.0.0.1:${port}`
  const siteUrl = `http://127.0.0.1:${sitePort}`
  let output = ''
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    detached: true,
    env: serverEnv({
      DATA_DIR: dataDir,
      DATABASE_URL: `file:${path.join(dataDir, 'cms.db')}`,
      PORT: String(port),
      CMS_URL: url,
      SITE_PORT: String(sitePort),
      SITE_URL: siteUrl,
      INBOUND_SMTP_PORT: String(inboundPort),
      ...extraEnv,
    }),
  })
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      process.kill(-child.pid, 'SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    }
  }
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString()
      output += text
      for (const line of text.split('\n'))
        if (/Building|built|Checking/.test(line)) console.log(`[cms] ${line.trim()}`)
      if (output.includes('is ready')) resolve()
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) =>
      reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`)),
    )
  })
  return { url, siteUrl, inboundPort, dataDir, output: () => output, stop }
}

/** The public site's static server over a site folder, on a free loopback port, as visitors reach it. */
export const serveSite = async (dir: string) => {
  const { createSiteServer } = await import('../../site/server/staticServer')
  const server = createSiteServer(dir, 'http://127.0.0.1:3000')
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
