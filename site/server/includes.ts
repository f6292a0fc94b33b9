import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'

import { BANNER_FOLDER } from '../lib/banner'
import type { SiteFile, SiteSource } from './siteSource'

/**
 * The server-side includes of the site's pages, resolved the way nginx's `ssi on` resolves them,
 * for deployments without nginx (the embedded default, a bucket served by this server). Only the
 * emergency banner's files (the city's, and each ward page's) may be included: a directive naming
 * anything else becomes nothing, so a page can never pull another file (a feed, a stored document)
 * into itself.
 */
const DIRECTIVE = /<!--# include virtual="\/([^"]*)" -->/g
const INCLUDABLE = new RegExp(`^${BANNER_FOLDER}/(wards/\\d{1,6}/)?[a-z]{2}\\.html$`)
/** Pages are tens of kilobytes; a file this large is sent as it is, never read into memory. */
const MAX_PAGE_BYTES = 4 * 1024 * 1024

const readAll = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks)
}

export type ResolvedPage = { body: Buffer; etag: string }

/**
 * A page with its includes resolved, and a validator that changes when the page or any included
 * file changes. Null when the file is not a page that includes anything (it is sent as stored).
 */
export const pageWithIncludes = async (
  source: SiteSource,
  version: string,
  name: string,
  file: SiteFile,
): Promise<ResolvedPage | null> => {
  if (!name.endsWith('.html') || file.size > MAX_PAGE_BYTES) return null
  const html = (await readAll(await file.open())).toString('utf8')
  if (!html.includes('<!--# include')) return null
  const tags = [file.etag]
  const included = new Map<string, string>()
  for (const [, relative] of html.matchAll(DIRECTIVE)) {
    if (!relative || included.has(relative)) continue
    const found = INCLUDABLE.test(relative) ? await source.lookup(version, relative) : null
    if (found && found !== 'folder') {
      included.set(relative, (await readAll(await found.open())).toString('utf8'))
      tags.push(found.etag)
    } else included.set(relative, '')
  }
  const body = Buffer.from(
    html.replace(DIRECTIVE, (_, relative: string) => included.get(relative) ?? ''),
  )
  const etag = `"${createHash('sha256').update(tags.join('\0')).digest('base64url').slice(0, 27)}"`
  return { body, etag }
}
