import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { link, readlink, realpath, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { SUB_PAGE } from '../../site/lib/i18n'
import { SHORT_LINK_BASE } from '../../site/lib/shortLinks'
import type { Snapshot } from '../../site/lib/types'
import { buildSitemap, twinFinder } from './core/sitemap'
import { filesUnder } from '../storage'
import { writeAtomically } from './liveFiles'
import { writeSearchIndex } from './searchIndex'

const copyLinks = promisify(execFile)

/** Where the pages load the search index from (site/public/searchEngine.js). */
const SEARCH_PATH = 'pagefind'
const SITEMAP = 'sitemap.xml'

/** The address of every page in `out` (its `index.html` files). */
const htmlPaths = async (out: string): Promise<string[]> =>
  (await filesUnder(out))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)

/**
 * The sitemap of every page in `out`. Filtered browse pages are many views of the same
 * opportunities: linked, but not listed for crawlers; alerts' short links (/a/…) only send a text
 * message's reader on to the alert. Answers the number of pages listed.
 */
export const writeSitemap = async (out: string, siteUrl: string, snapshot: Snapshot, now: Date) => {
  const pages = (await htmlPaths(out)).filter(
    (p) =>
      p !== '/404/' &&
      p !== '/410/' &&
      !p.startsWith(SHORT_LINK_BASE) &&
      !p.startsWith(SUB_PAGE.en.browse) &&
      !p.startsWith(SUB_PAGE.fr.browse),
  )
  await writeAtomically(out, {
    [SITEMAP]: buildSitemap(siteUrl, pages, now.toISOString(), twinFinder(snapshot)),
  })
  return pages.length
}

/** Points `out/pagefind` at `folder` (a sibling in `out`) in one step. */
const pointSearchAt = async (out: string, folder: string) => {
  const temporary = path.join(out, `${SEARCH_PATH}.${randomUUID()}.link`)
  await symlink(folder, temporary, 'dir')
  await rename(temporary, path.join(out, SEARCH_PATH))
}

/**
 * The search index of every page in `out`, written to a folder of its own and then made the one
 * pages load, in one step: a build already serving keeps answering searches from its older index
 * until the new one is whole. A failure leaves the older index in place and throws.
 */
export const indexSearch = async (out: string) => {
  const before = await readlink(path.join(out, SEARCH_PATH)).catch(() => null)
  const folder = `${SEARCH_PATH}-${Date.now()}`
  try {
    const search = await writeSearchIndex(out, path.join(out, folder))
    await pointSearchAt(out, folder)
    // The older index of this build (a folder beside it, or a link to the build before's).
    if (before && !path.isAbsolute(before))
      await rm(path.join(out, before), { recursive: true, force: true })
    return search
  } catch (error) {
    await rm(path.join(out, folder), { recursive: true, force: true })
    throw error
  }
}

/**
 * An incremental build serves at once with the build before's sitemap and search index, and makes
 * its own after it is live (`writeSitemap`, `indexSearch`): with 20,000 items they take longer
 * than rendering the page that changed. The index is linked where it is, unless it is itself
 * borrowed (a build before that never finished its own): then its files are linked into this build,
 * so no build ever depends on one older than the build before it, which pruning keeps.
 */
export const carrySitemapAndSearch = async (previousOut: string, out: string) => {
  await link(path.join(previousOut, SITEMAP), path.join(out, SITEMAP)).catch(() => undefined)
  const index = await realpath(path.join(previousOut, SEARCH_PATH)).catch(() => null)
  if (!index) return
  if (path.dirname(index) === previousOut) {
    await symlink(index, path.join(out, SEARCH_PATH), 'dir')
    return
  }
  const folder = `${SEARCH_PATH}-${Date.now()}`
  // Without GNU cp the build goes live without a search index for the seconds until its own.
  const copied = await copyLinks('cp', ['-al', index, path.join(out, folder)]).then(
    () => true,
    () => false,
  )
  if (copied) await pointSearchAt(out, folder)
}
