import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { sourceHash } from './sourceHash'

type Log = (line: string) => void

const STAMP = 'cms/.next/civic-source-hash'

type BuildResult = { built: boolean; seconds: number }

/** Runs a command, passing each output line to `log` so a long build shows it is alive. */
const run = (command: string, args: string[], env: NodeJS.ProcessEnv, log: Log, cwd: string) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const forward = (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter((line) => line.trim())
        .forEach((line) => log(`  ${line}`))
    child.stdout.on('data', forward)
    child.stderr.on('data', forward)
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })

const isAdminBuildFresh = async (root: string): Promise<boolean> => {
  if (!existsSync(path.join(root, 'cms/.next/BUILD_ID'))) return false
  const stamp = await readFile(path.join(root, STAMP), 'utf8').catch(() => '')
  return stamp === (await sourceHash(root))
}

/**
 * Builds the admin (Next.js production build) when its sources changed since the last build. The
 * build imports the Payload config, which insists on a secret in production mode; a throwaway one
 * is enough because nothing from the build is signed.
 */
export const buildAdminIfStale = async (
  root: string,
  log: Log,
  force = false,
): Promise<BuildResult> => {
  const started = Date.now()
  if (!force && (await isAdminBuildFresh(root))) return { built: false, seconds: 0 }
  const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
  const env = {
    ...process.env,
    PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || randomBytes(32).toString('hex'),
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' '),
  }
  log('Generating the admin import map…')
  await run(bin('payload'), ['generate:importmap'], env, log, root)
  log('Building the admin (Next.js production build, about 1–2 minutes on 2 cores)…')
  await run(
    bin('next'),
    ['build', 'cms', '--webpack'],
    { ...env, NODE_ENV: 'production' },
    log,
    root,
  )
  // Hashed after the build: `next build` writes cms/next-env.d.ts on a fresh clone, and a hash
  // taken before it made the next start build the admin a second time.
  await writeFile(path.join(root, STAMP), await sourceHash(root))
  return { built: true, seconds: Math.round((Date.now() - started) / 1000) }
}
