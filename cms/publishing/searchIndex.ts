import path from 'node:path'

import * as pagefind from 'pagefind'

/**
 * Builds in this process writing a search index now. Pagefind runs one indexer program per process,
 * shared by every index: closing it while another build is still indexing fails that build
 * ("Pagefind backend closed"), which two builds at once did whenever the first finished while the
 * second was still indexing (on a busy machine, most times).
 */
let indexing = 0

/**
 * The site's search index (Pagefind), written into the build's folder before it goes live: one
 * index per language (from each page's `lang`), over the item articles the pages mark as
 * searchable. What the build holds is public already; drafts and internal items never reached it. A
 * failure fails the build, so the live site keeps the search that matches its pages.
 */
export const writeSearchIndex = async (out: string, outputPath = path.join(out, 'pagefind')) => {
  indexing += 1
  const created = await pagefind.createIndex({}).catch((error: unknown) => ({
    index: undefined,
    errors: [String(error)],
  }))
  try {
    if (!created.index)
      throw new Error(`The search index could not start: ${created.errors.join('; ')}`)
    const added = await created.index.addDirectory({ path: out })
    if (added.errors.length) throw new Error(`Search indexing failed: ${added.errors.join('; ')}`)
    const written = await created.index.writeFiles({ outputPath })
    if (written.errors.length)
      throw new Error(`The search index was not written: ${written.errors.join('; ')}`)
    return { pages: added.page_count }
  } finally {
    indexing -= 1
    // The indexer is a separate program: the last build to finish stops it (nothing keeps it
    // running between builds); one finishing before another only lets go of its own index.
    if (indexing === 0) await pagefind.close()
    else await created.index?.deleteIndex().catch(() => undefined)
  }
}
