import { createHash } from 'node:crypto'
import { link, mkdir, readdir, readFile, realpath, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { activeAlerts } from '../../site/lib/content'
import type { Snapshot } from '../../site/lib/types'
import { sourceHash } from '../build/sourceHash'
import { type BuildState, INCREMENTAL_KINDS, type RenderPlan, SECTION_OF } from './core/renderPlan'
import type { PreviousRead } from './snapshot'

/** What the pages are made from: a change to any of these renders every page again. */
const SITE_CODE_INPUTS = [
  'site/src',
  'site/lib',
  'site/public',
  'site/astro.config.mjs',
  'cms/publishing',
  'package.json',
  'package-lock.json',
]
const STATE_FILE = 'build-state.json'
const SNAPSHOT_FILE = 'snapshot.json'
/** File operations at once when reusing pages: enough to hide latency, few enough for any disk. */
const LINKS_AT_ONCE = 64

export const codeKey = (root: string) => sourceHash(root, SITE_CODE_INPUTS)

/** What every page shows, whatever its item: the City's name, the site's address, the alert banner. */
export const layoutKey = (snapshot: Snapshot, now: Date) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        snapshot.cityName,
        snapshot.siteUrl,
        activeAlerts(snapshot.bulletins, now).map((b) => [
          b.id,
          b.slug,
          b.headline,
          b.title,
          b.severity,
          b.updatedAt,
        ]),
      ]),
    )
    .digest('hex')

export const stateOf = (snapshot: Snapshot, code: string, layout: string): BuildState => ({
  codeKey: code,
  layoutKey: layout,
  items: {
    releases: snapshot.releases.map((r) => ({
      id: String(r.id),
      slug: r.slug,
      updatedAt: String(r.updatedAt),
    })),
    publications: snapshot.publications.map((p) => ({
      id: String(p.id),
      slug: p.slug,
      updatedAt: String(p.updatedAt),
    })),
  },
})

type Saved = { state: BuildState; mediaStamps: Record<string, string> }

export type Previous = {
  /** The live build's site folder (pages are reused from it). */
  out: string
  state: BuildState
  read: PreviousRead
}

/**
 * The build being served now, with what it recorded, if it was made by this code: a build by other
 * code is not reused at all (its snapshot may lack fields the pages now need).
 */
export const readPrevious = async (liveDir: string, code: string): Promise<Previous | null> => {
  const out = await realpath(liveDir).catch(() => null)
  if (!out) return null
  const dir = path.dirname(out)
  try {
    const saved = JSON.parse(await readFile(path.join(dir, STATE_FILE), 'utf8')) as Saved
    if (saved.state.codeKey !== code) return null
    const snapshot = JSON.parse(await readFile(path.join(dir, SNAPSHOT_FILE), 'utf8')) as Snapshot
    return { out, state: saved.state, read: { snapshot, mediaStamps: saved.mediaStamps } }
  } catch {
    return null
  }
}

export const saveState = (dir: string, saved: Saved) =>
  writeFile(path.join(dir, STATE_FILE), JSON.stringify(saved))

const inLanes = async <T>(items: T[], run: (item: T) => Promise<void>) => {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(LINKS_AT_ONCE, items.length) }, async () => {
      while (next < items.length) await run(items[(next += 1) - 1]!)
    }),
  )
}

/**
 * A hard link of each file into the new build: no copy, and the build before stays untouched (the
 * new build never writes into a linked file; it replaces files whole).
 */
const linkFiles = async (from: string, to: string, relatives: string[]) => {
  const folders = new Set(relatives.map((r) => path.dirname(path.join(to, r))))
  await inLanes([...folders], (folder) => mkdir(folder, { recursive: true }).then(() => undefined))
  let linked = 0
  await inLanes(relatives, async (relative) => {
    try {
      await link(path.join(from, relative), path.join(to, relative))
      linked += 1
    } catch (error) {
      // Already made by this build (it wins), or missing before (nothing to reuse).
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EEXIST' && code !== 'ENOENT') throw error
    }
  })
  return linked
}

const filesIn = async (root: string, dir: string): Promise<string[]> => {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? filesIn(root, path.join(dir, entry.name))
        : Promise.resolve(entry.isFile() ? [path.join(dir, entry.name)] : []),
    ),
  )
  return nested.flat()
}

/**
 * After Astro rendered an incremental build: the unchanged items' pages, the fingerprinted assets
 * they link to, and the media files, all from the build before. Answers how many pages were reused.
 */
export const reuseFromPrevious = async (
  previous: Previous,
  out: string,
  plan: Extract<RenderPlan, { full: false }>,
) => {
  let pages = 0
  for (const kind of INCREMENTAL_KINDS) {
    const relatives = plan.reuse[kind].map((slug) =>
      path.join(SECTION_OF[kind], slug, 'index.html'),
    )
    pages += await linkFiles(previous.out, out, relatives)
  }
  for (const folder of ['_astro', 'media'])
    await linkFiles(previous.out, out, await filesIn(previous.out, folder))
  return pages
}
