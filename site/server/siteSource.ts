import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'

export type SiteFile = {
  size: number
  etag: string
  modified: Date
  open: () => Promise<Readable>
}

/**
 * Where a built site is read from: a folder on this machine (a symbolic link each build swaps), or
 * a bucket (site/server/bucketSource.ts). Paths are relative to the site's root, with forward
 * slashes, already checked to stay inside it.
 */
export type SiteSource = {
  /** The build served now, or null while none has been published. */
  version: () => Promise<string | null>
  /** A file, a folder, or nothing, at `relative` in that build. */
  lookup: (version: string, relative: string) => Promise<SiteFile | 'folder' | null>
  readText: (version: string, relative: string) => Promise<string | null>
}

/**
 * A strong validator unique to the file in this build: builds go to fresh folders, so the folder,
 * the path, the size and the time to the millisecond never repeat for different content.
 */
export const etagOf = (root: string, file: string, size: number, mtimeMs: number) =>
  `"${createHash('sha256').update(`${root}\0${file}\0${size}\0${mtimeMs}`).digest('base64url').slice(0, 27)}"`

/** The live folder, resolved on every request: a new build is served from the next request on. */
export const folderSource = (liveDir: string): SiteSource => {
  const inside = (root: string, relative: string) => {
    const target = path.resolve(root, relative)
    return target === root || target.startsWith(`${root}${path.sep}`) ? target : null
  }
  return {
    version: () => realpath(liveDir).catch(() => null),
    async lookup(root, relative) {
      const target = inside(root, relative)
      if (!target) return null
      const info = await stat(target).catch(() => null)
      if (info?.isDirectory()) return 'folder'
      if (!info?.isFile()) return null
      return {
        size: info.size,
        etag: etagOf(root, target, info.size, info.mtime.getTime()),
        modified: info.mtime,
        open: async () => createReadStream(target),
      }
    },
    async readText(root, relative) {
      const target = inside(root, relative)
      return target ? readFile(target, 'utf8').catch(() => null) : null
    },
  }
}
