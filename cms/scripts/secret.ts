import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Outside production a fresh clone needs no setup, yet its sessions should not be signed with a
 * value published in this repository: the first start writes a random secret into the (ignored)
 * data folder.
 */
export const localSecret = async (dataDir: string): Promise<string> => {
  const file = path.join(dataDir, '.payload-secret')
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim()
  if (existing) return existing
  const secret = randomBytes(32).toString('hex')
  await writeFile(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
