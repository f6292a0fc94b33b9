import { execFile } from 'node:child_process'
import { lstat, readdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

/**
 * Makes `live` (SITE_OUT_DIR) point at `built` in one atomic step: `live` is a symbolic link, and a
 * new link renamed over it replaces it at once, so a visitor gets either the old site or the new
 * one, never a mix. A real folder found at `live` (an older layout) is moved aside first.
 */
export const publishDirectory = async (built: string, live: string): Promise<void> => {
  const existing = await lstat(live).catch(() => null)
  if (existing && !existing.isSymbolicLink()) await rename(live, `${live}.previous-${Date.now()}`)
  const temporary = `${live}.next-${process.pid}-${Date.now()}`
  await symlink(path.resolve(built), temporary, 'dir')
  await rename(temporary, live)
}

const removeFolder = promisify(execFile)

/**
 * A build's folder (tens of thousands of files) removed by `rm -rf`, in its own process: Node's own
 * recursive removal issues every deletion at once on libuv's four threads, and an urgent alert's
 * writes into the live site would wait behind them. Node's removal where there is no `rm`.
 */
const removeTree = async (dir: string) => {
  try {
    await removeFolder('rm', ['-rf', '--', dir])
  } catch {
    await rm(dir, { recursive: true, force: true })
  }
}

const liveTarget = async (live: string): Promise<string | null> => readlink(live).catch(() => null)

/** Removes old build folders, keeping the newest `keep` and whatever `live` points at. */
export const pruneBuilds = async (buildsDir: string, live: string, keep = 3): Promise<void> => {
  const current = await liveTarget(live)
  const entries = (await readdir(buildsDir).catch(() => [] as string[])).sort().reverse()
  for (const [index, name] of entries.entries()) {
    const dir = path.join(buildsDir, name)
    if (index < keep || (current && current.startsWith(dir))) continue
    await removeTree(dir)
  }
}
