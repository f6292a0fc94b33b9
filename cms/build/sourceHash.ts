import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * What the admin build is made from; a change to any of these makes the build stale. The admin
 * imports the site's pure helpers (site/lib), and an upgrade changes package.json and the lock
 * file.
 */
export const ADMIN_BUILD_INPUTS = [
  'cms',
  'collections',
  'emergency',
  'site/lib',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
]

const SKIP = new Set(['node_modules', '.next'])

const listFiles = async (root: string, entry: string): Promise<string[]> => {
  const full = path.join(root, entry)
  const stat = await readdir(full, { withFileTypes: true }).catch(() => null)
  if (!stat) return [entry]
  const nested = await Promise.all(
    stat
      .filter((child) => !SKIP.has(child.name) && !child.name.endsWith('.test.ts'))
      .map((child) => listFiles(root, path.join(entry, child.name))),
  )
  return nested.flat()
}

/** A hash of the inputs' paths and contents, stable across machines (sorted, relative paths). */
export const sourceHash = async (root: string, inputs = ADMIN_BUILD_INPUTS): Promise<string> => {
  const files = (await Promise.all(inputs.map((input) => listFiles(root, input)))).flat().sort()
  const hash = createHash('sha256')
  for (const file of files) {
    const content = await readFile(path.join(root, file)).catch(() => Buffer.from('missing'))
    hash.update(file).update('\0').update(content).update('\0')
  }
  return hash.digest('hex')
}
