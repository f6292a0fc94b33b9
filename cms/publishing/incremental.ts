import { createHash } from 'node:crypto'
import { linkSync, mkdirSync } from 'node:fs'
import { link, mkdir, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import path from 'node:path'

import type { Snapshot } from '../../site/lib/types'
import { activeAlerts, listed } from '../../site/lib/content'
import { archivePages } from '../../site/lib/paging'
import { recentAlerts } from '../../site/lib/wards'
import { closesSoon, isAvailable, isOpen } from '../../site/lib/sponsorshipFilters'
import { sourceHash } from '../build'
import { filesUnder } from '../storage'
import {
  type BuildState,
  INCREMENTAL_KINDS,
  LIST_SECTIONS,
  type ListSection,
  type RenderPlan,
  SECTION_OF,
} from './core/renderPlan'
import { SECTION_BASE, slugIn, SUB_PAGE } from '../../site/lib/i18n/locales'
import { BANNER_FOLDER } from '../../site/lib/banner'
import type { PreviousRead } from './snapshot'
import { readSnapshotFile } from './snapshotFile'

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
 * What every page shows, whatever its item: the City's name and the site's address. The emergency
 * banner is not among them: pages include it where they are served (site/lib/banner.ts), so an
 * alert renders only the pages that list alerts.
 */
export const layoutKey = (snapshot: Snapshot) =>
  createHash('sha256')
    .update(JSON.stringify([snapshot.cityName, snapshot.siteUrl]))
    .digest('hex')

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

/**
 * What the ward pages are made from: the alerts (every alert may touch a ward; the recent ones
 * stay listed), the items written for wards, the wards and their 311 figures. Without wards there
 * is only the list of wards, which none of these change.
 */
const wardsDigest = (snapshot: Snapshot, alerts: string, now: Date) => {
  const wards = snapshot.wards ?? []
  if (wards.length === 0) return digest([])
  const recent = recentAlerts(snapshot.bulletins, now).map((b) => b.id)
  const forWards = [...snapshot.releases, ...snapshot.publications]
    .filter((item) => (item.wards ?? []).length > 0)
    .map((item) => [item.id, item.updatedAt, item.wards])
  return digest([alerts, recent, forWards, wards, snapshot.wardRequests])
}

/**
 * What each listing section's pages are made from, as of `now` (the alerts in force and the
 * sponsorship deadlines move with the clock, not with any edit). Each section reads only its part.
 */
export const sectionDigests = (
  snapshot: Snapshot,
  items: BuildState['items'],
  now: Date,
): Record<ListSection, string> => {
  const alerts = digest([
    snapshot.bulletins,
    activeAlerts(snapshot.bulletins, now).map((b) => b.id),
  ])
  return {
    // Any edit of a release or publication changes its time: its stamp stands for its content (and
    // hashing 20,000 releases' text would hold the process for a moment an alert may need).
    news: digest(items.releases),
    publications: digest(items.publications),
    emergency: alerts,
    sponsorship: digest([
      snapshot.packages,
      snapshot.sponsorship,
      snapshot.packages.map((p) => [isOpen(p, now), isAvailable(p, now), closesSoon(p, now)]),
    ]),
    services311: digest([snapshot.services, snapshot.answers, snapshot.wards]),
    wards: wardsDigest(snapshot, alerts, now),
  }
}

export const stateOf = (
  snapshot: Snapshot,
  code: string,
  layout: string,
  now: Date,
): BuildState => {
  const items: BuildState['items'] = {
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
  }
  return {
    codeKey: code,
    layoutKey: layout,
    items,
    sections: sectionDigests(snapshot, items, now),
    archives: {
      news: archivePages(listed(snapshot.releases)).map((page) =>
        digest([page.items.map((r) => [r.id, r.updatedAt]), page.newest]),
      ),
    },
  }
}

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
    const snapshot = await readSnapshotFile(path.join(dir, SNAPSHOT_FILE))
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
  // A rendered news section renders only the archive pages that changed: the others are these.
  if (plan.sections.includes('news'))
    for (const locale of ['en', 'fr'] as const)
      pages += await linkFiles(
        previous.out,
        out,
        plan.archives.reuse.map((n) => path.join(archiveFolder(locale), String(n), 'index.html')),
      )
  for (const section of LIST_SECTIONS) {
    if (plan.sections.includes(section)) continue
    const files = (await sectionPages(previous.out, section)).filter(
      (file) => file.endsWith('.html') && !file.startsWith(`${BANNER_FOLDER}/`),
    )
    pages += await linkFiles(previous.out, out, files)
  }
  for (const folder of ['_astro', 'media'])
    await linkFiles(previous.out, out, await filesUnder(previous.out, folder))
  return pages
}

/**
 * Pages this build rendered that came out exactly as the build before's (the home page after an
 * alert, say): the older file is kept, replaced in one step, so nothing that did not change looks
 * changed to nginx's validators, to a CDN or to whoever checks which pages an alert touched.
 * Answers how many were kept.
 */
export const keepUnchangedPages = async (previous: Previous, out: string, rendered: string[]) => {
  let kept = 0
  for (const relative of rendered) {
    const made = path.join(out, relative)
    const before = path.join(previous.out, relative)
    const [now, then] = await Promise.all([stat(made), stat(before).catch(() => null)])
    if (!then || then.size !== now.size) continue
    if (!(await readFile(made)).equals(await readFile(before))) continue
    const temporary = `${made}.${process.pid}.kept`
    await link(before, temporary)
    await rename(temporary, made)
    kept += 1
  }
  return kept
}

const folderOf = (sitePath: string) => sitePath.replace(/^\/+|\/+$/g, '')

/** A section's folder in one language: `news`, `fr/nouvelles`… (311 is under its help page). */
const sectionFolder = (section: ListSection, locale: 'en' | 'fr') =>
  folderOf(SECTION_BASE[locale][section === 'services311' ? 'help' : section])

/** The news archive's folder in one language: `news/archive`, `fr/nouvelles/archives`. */
const archiveFolder = (locale: 'en' | 'fr') => folderOf(SUB_PAGE[locale].newsArchive)

const sectionFolders = (section: ListSection) =>
  (['en', 'fr'] as const).map((locale) => `${sectionFolder(section, locale)}/`)

/**
 * The rendered pages outside the sections this build renders: the few small pages every build
 * makes (home, contact, search…), which may well come out as before. A rendered section's pages
 * changed with it, and comparing its hundreds of list pages would only cost time.
 */
export const outsideSections = (files: string[], sections: ListSection[]) => {
  const folders = sections.flatMap(sectionFolders)
  return files.filter((file) => !folders.some((folder) => file.startsWith(folder)))
}

/**
 * The listing pages of a section in a build, both languages. News (its front page and archive)
 * and publications keep only their lists here (their item pages are reused item by item above);
 * the other sections' folders are their pages.
 */
const sectionPages = async (root: string, section: ListSection): Promise<string[]> => {
  const found: string[] = []
  for (const locale of ['en', 'fr'] as const) {
    const folder = sectionFolder(section, locale)
    if (section === 'news') {
      found.push(`${folder}/index.html`, ...(await filesUnder(root, archiveFolder(locale))))
      continue
    }
    if (section === 'publications') {
      found.push(`${folder}/index.html`, ...(await filesUnder(root, `${folder}/page`)))
      found.push(...(await filesUnder(root, folderOf(SUB_PAGE[locale].publicationKind))))
      continue
    }
    found.push(...(await filesUnder(root, folder)))
  }
  return found
}
