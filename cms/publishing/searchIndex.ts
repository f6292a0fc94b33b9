import path from 'node:path'

import * as pagefind from 'pagefind'

/**
 * The site's search index (Pagefind), written into the build's folder before it goes live: one index
 * per language (from each page's `lang`), over the item articles the pages mark as searchable. What
 * the build holds is public already; drafts and internal items never reached it. A failure fails the
 * build, so the live site keeps the search that matches its pages.
 */
export const writeSearchIndex = async (out: string) => {
  const created = await pagefind.createIndex({})
  if (!created.index)
    throw new Error(`The search index could not start: ${created.errors.join('; ')}`)
  try {
    const added = await created.index.addDirectory({ path: out })
    if (added.errors.length) throw new Error(`Search indexing failed: ${added.errors.join('; ')}`)
    const written = await created.index.writeFiles({ outputPath: path.join(out, 'pagefind') })
    if (written.errors.length)
      throw new Error(`The search index was not written: ${written.errors.join('; ')}`)
    return { pages: added.page_count }
  } finally {
    // The indexer is a separate program; nothing keeps it running between builds.
    await pagefind.close()
  }
}
