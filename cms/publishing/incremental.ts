import { createHash } from 'node:crypto'
import { linkSync, mkdirSync } from 'node:fs'
import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import path from 'node:path'

import { activeAlerts } from '../../site/lib/content'
import type { Snapshot } from '../../site/lib/types'
import { sourceHash } from '../build'
import { filesUnder } from '../storage'
import { type BuildState, INCREMENTAL_KINDS, type RenderPlan, SECTION_OF } from './core/renderPlan'
import { slugIn } from '../../site/lib/i18n/locales'
import type { PreviousRead } from './snapshot'

const copyLinks = promisify(execFile)

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
/** Links made between two turns of the event loop (a few milliseconds of work). */
const LINKS_PER_TURN = 500

export const codeKey = (root: string) => sourceHash(root, SITE_CODE_INPUTS)

/**
 * What every page shows, whatever its item: the City's name, the site's address, the alert banner.
 */
export const layoutKey = (snapshot: Snapshot, now: Date) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        snapshot.cityName,
        snapshot.siteUrl,
        activeAlerts(snapshot.bulletins, now).map((b) => [
          b.id,
          b.slug,
          b.slugFr,
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
      slugFr: slugIn(r, 'fr'),
      updatedAt: String(r.updatedAt),
    })),
    publications: snapshot.publications.map((p) => ({
      id: String(p.id),
      slug: p.slug,
      slugFr: slugIn(p, 'fr'),
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

/**
 * A hard link of each file into the new build: no copy, and the build before stays untouched (the
 * new build never writes into a linked file; it replaces files whole). Plain synchronous calls are
 * several times faster than their promise versions for tens of thousands of tiny operations; the
 * loop yields between batches so the process keeps answering requests.
 */
const linkFiles = async (from: string, to: string, relatives: string[]) => {
  const made = new Set<string>()
  let linked = 0
  for (let i = 0; i < relatives.length; i += LINKS_PER_TURN) {
    for (const relative of relatives.slice(i, i + LINKS_PER_TURN)) {
      const target = path.join(to, relative)
      const folder = path.dirname(target)
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true })
        made.add(folder)
      }
      try {
        linkSync(path.join(from, relative), target)
        linked += 1
      } catch (error) {
        // Already made by this build (it wins), or missing before (nothing to reuse).
        const code = (error as NodeJS.ErrnoException).code
        if (code !== 'EEXIST' && code !== 'ENOENT') throw error
      }
    }
    await new Promise((resolve) => setImmediate(resolve))
  }
  return linked
}

/** Folders named at once on one `cp` command line (well inside any system's argument limit). */
const FOLDERS_PER_CP = 1000

/**
 * The same as linkFiles for whole item folders, by GNU cp (`-al`: the tree of folders made, each
 * file a hard link), which does in C and off this process what would take seconds of system calls
 * here. Answers false where cp is not GNU cp (or a folder is missing): the caller links file by
 * file.
 */
const linkFolders = async (from: string, to: string, names: string[]): Promise<boolean> => {
  if (names.length === 0) return true
  try {
    await mkdir(to, { recursive: true })
    for (let i = 0; i < names.length; i += FOLDERS_PER_CP)
      await copyLinks('cp', [
        '-al',
        '-t',
        to,
        ...names.slice(i, i + FOLDERS_PER_CP).map((name) => path.join(from, name)),
      ])
    return true
  } catch {
    return false
  }
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
  for (const kind of INCREMENTAL_KINDS)
    for (const locale of ['en', 'fr'] as const) {
      const section = SECTION_OF[kind][locale]
      const slugs = locale === 'en' ? plan.reuse[kind] : plan.reuseFr[kind]
      if (await linkFolders(path.join(previous.out, section), path.join(out, section), slugs))
        pages += slugs.length
      else
        pages += await linkFiles(
          previous.out,
          out,
          slugs.map((slug) => path.join(section, slug, 'index.html')),
        )
    }
  for (const folder of ['_astro', 'media'])
    await linkFiles(previous.out, out, await filesUnder(previous.out, folder))
  return pages
}
