import { existsSync } from 'node:fs'

import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium, where the machine has it. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** Flags for a headless Chromium as root on a closed network (no sandbox as root, no first-run or update traffic). */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * Which Chromium the browser tier drives, never a downloaded one: `CHROMIUM_PATH` when it names a file,
 * else Debian's, else the build shipped inside the npm package `@sparticuz/chromium` (unpacked to /tmp
 * in about 2 s on first use), so `npm install && npm test` needs nothing but Node and npm.
 */
export const chromiumExecutable = async (
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ path: string; source: string }> => {
  if (env.CHROMIUM_PATH && existsSync(env.CHROMIUM_PATH))
    return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'Debian chromium' }
  try {
    const packaged = (await import('@sparticuz/chromium')).default
    return { path: await packaged.executablePath(), source: '@sparticuz/chromium' }
  } catch (error) {
    throw new Error(
      `No Chromium for the browser tests (${(error as Error).message}). Run \`npm install\` (it brings @sparticuz/chromium) or set CHROMIUM_PATH to a Chromium binary.`,
      { cause: error },
    )
  }
}

export const launchBrowser = async (): Promise<Browser> => {
  const { path } = await chromiumExecutable()
  return chromium.launch({ executablePath: path, args: FLAGS })
}
