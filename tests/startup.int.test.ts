import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { MONGO_TIMEOUT_MS } from '../cms/db/adapter'
import { isolatedDataDir } from './helpers/env'

/** `npm start` exactly as a newcomer or an operator runs it, when something is wrong: one clear line, fast. */
const start = async (env: Record<string, string>) => {
  const dataDir = await isolatedDataDir('start')
  const began = Date.now()
  return new Promise<{ code: number | null; stdout: string; stderr: string; seconds: number }>(
    (resolve) => {
      const child = spawn('npm', ['start', '--silent'], {
        env: {
          PATH: process.env.PATH!,
          HOME: process.env.HOME ?? '/tmp',
          DATA_DIR: dataDir,
          ...env,
        } as unknown as NodeJS.ProcessEnv,
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk) => (stdout += chunk))
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.on('exit', (code) =>
        resolve({ code, stdout, stderr, seconds: (Date.now() - began) / 1000 }),
      )
    },
  )
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim())

/**
 * How long start-up may take to give up on an unreachable database. The bound that matters is the
 * driver's timeout (MONGO_TIMEOUT_MS, 5 s, named in the message); the rest is starting Node and
 * loading the code, which a busy machine slows down several times. The drivers' own defaults are
 * 30 s (MongoDB's server selection) or none at all, so finishing well before 30 s shows ours apply.
 */
const GAVE_UP_WITHIN_S = 30

describe('start-up refuses bad configuration with one line', () => {
  it('an unreachable MongoDB fails after the driver’s short timeout, naming the URL with its password masked', async () => {
    const result = await start({ DATABASE_URL: 'mongodb://cms:hunter2@127.0.0.1:1/civic' })
    expect(result.code).toBe(1)
    expect(result.seconds).toBeLessThan(GAVE_UP_WITHIN_S)
    expect(result.stderr).toContain(`within ${MONGO_TIMEOUT_MS / 1000} s`)
    expect(lines(result.stderr)).toHaveLength(1)
    expect(result.stderr).toContain('Cannot reach MongoDB at mongodb://cms:****@127.0.0.1:1/civic')
    expect(result.stderr).toMatch(/Check that the server is running/)
    expect(result.stdout + result.stderr).not.toContain('hunter2')
  }, 180_000)

  it('an unreachable PostgreSQL fails after the driver’s short timeout, naming the URL with its password masked', async () => {
    const result = await start({ DATABASE_URL: 'postgres://cms:hunter2@127.0.0.1:1/civic' })
    expect(result.code).toBe(1)
    expect(result.seconds).toBeLessThan(GAVE_UP_WITHIN_S)
    expect(result.stderr).toContain(`within ${MONGO_TIMEOUT_MS / 1000} s`)
    expect(lines(result.stderr)).toHaveLength(1)
    expect(result.stderr).toContain(
      'Cannot reach PostgreSQL at postgres://cms:****@127.0.0.1:1/civic',
    )
    expect(result.stderr).toMatch(/Check that the server is running/)
    expect(result.stdout + result.stderr).not.toContain('hunter2')
  }, 180_000)

  it('production without PAYLOAD_SECRET is refused', async () => {
    const result = await start({ NODE_ENV: 'production' })
    expect(result.code).toBe(1)
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(/PAYLOAD_SECRET is not set and NODE_ENV=production/),
    ])
  })

  it('an unsupported database URL says which ones work', async () => {
    const result = await start({ DATABASE_URL: 'mysql://u:pw@localhost/db' })
    expect(result.code).toBe(1)
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(/not supported; use file:.*postgres:.*mongodb:/),
    ])
    expect(result.stderr).not.toContain(':pw@')
  })

  it('an unusable SQLite location says what to check', async () => {
    // Tests run as root, for whom permissions never fail: a folder path through a plain file does.
    const dir = await isolatedDataDir('blocked')
    await writeFile(path.join(dir, 'not-a-folder'), '')
    const result = await start({ DATABASE_URL: `file:${dir}/not-a-folder/cms.db` })
    expect(result.code).toBe(1)
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(
        /Cannot use the SQLite database at file:.*not-a-folder\/cms\.db.*permissions/,
      ),
    ])
  })

  it('a file that is not a database is named, with what to do', async () => {
    const dir = await isolatedDataDir('corrupt')
    await writeFile(
      path.join(dir, 'cms.db'),
      'this is not a SQLite database, it is a text file of some length',
    )
    const result = await start({ DATABASE_URL: `file:${dir}/cms.db` })
    expect(result.code).toBe(1)
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(/Cannot open the SQLite database .*move it aside/),
    ])
  })
})
