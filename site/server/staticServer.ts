import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'

import { GONE_FILE, GONE_PAGE, type GoneList, hashPath } from '../lib/gone'
import { contentTypeOf } from '../lib/contentTypes'
import { SECTION_BASE } from '../lib/i18n/locales'
import { pageWithIncludes, type ResolvedPage } from './includes'
import { folderSource, type SiteFile, type SiteSource } from './siteSource'

export { etagOf } from './siteSource'

/**
 * How long browsers and proxies may keep each kind of file. Alerts and feeds are short (an
 * emergency update must reach people within seconds); pages a minute; fingerprinted assets forever.
 */
const cacheControl = (urlPath: string): string => {
  if (urlPath.startsWith('/emergency/active.json') || urlPath.startsWith('/emergency/cap'))
    return 'public, max-age=5, must-revalidate'
  if (urlPath.startsWith('/feeds/')) return 'public, max-age=60'
  if (urlPath.startsWith('/_astro/')) return 'public, max-age=31536000, immutable'
  if (urlPath.startsWith('/media/')) return 'public, max-age=86400'
  return 'public, max-age=60'
}

const securityHeaders = (cmsOrigin: string): Record<string, string> => ({
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'content-security-policy': `default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self' ${cmsOrigin}; form-action 'self' ${cmsOrigin}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'`,
})

type Found = { file: SiteFile; name: string } | { redirect: string } | null

/**
 * `/news/page/{n}/` (and the French twin) listed the news newest first until the listing got its
 * archive counted from the oldest (site/lib/paging.ts): what such a page showed has moved, so a
 * bookmark leads to the listing's front page, which leads to the archive.
 */
export const formerNewsPage = (urlPath: string): string | null =>
  (['en', 'fr'] as const)
    .map((locale) => SECTION_BASE[locale].news)
    .find((base) => new RegExp(`^${base}page/\\d+/?$`).test(urlPath)) ?? null

/** Maps a URL path to a file of the build; never outside it. */
const resolve = async (source: SiteSource, version: string, urlPath: string): Promise<Found> => {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const normal = path.posix.normalize(decoded)
  if (normal.split('/').includes('..')) return null
  const relative = normal.replace(/^\/+/, '').replace(/\/+$/, '')
  const found = relative ? await source.lookup(version, relative) : 'folder'
  if (found === 'folder') {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` }
    const name = relative ? `${relative}/index.html` : 'index.html'
    const index = await source.lookup(version, name)
    return index && index !== 'folder' ? { file: index, name } : null
  }
  return found ? { file: found, name: relative } : null
}

const send = async (
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  found: { file: SiteFile; name: string },
  headers: Record<string, string>,
  resolved: ResolvedPage | null = null,
) => {
  // PDFs download: opened inline they would run in the site's origin with the viewer's own rules.
  const download =
    path.posix.extname(found.name).toLowerCase() === '.pdf'
      ? {
          'content-disposition': `attachment; filename="${path.posix.basename(found.name).replace(/[^\w.-]/g, '_')}"`,
        }
      : {}
  res.writeHead(status, {
    ...headers,
    ...download,
    'content-type': contentTypeOf(found.name),
    'content-length': String(resolved ? resolved.body.length : found.file.size),
  })
  if (req.method === 'HEAD') return res.end()
  if (resolved) return res.end(resolved.body)
  const stream = await found.file.open()
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

/** A page (its includes resolved, see ./includes) or any other file, as it will be sent. */
const prepare = async (
  source: SiteSource,
  version: string,
  found: { file: SiteFile; name: string },
) => pageWithIncludes(source, version, found.name, found.file)

/** The deleted addresses of one build, read once per build. */
let gone: { version: string; hashes: Set<string> } | null = null
const goneHashes = async (source: SiteSource, version: string): Promise<Set<string>> => {
  if (gone?.version === version) return gone.hashes
  const list = JSON.parse(
    (await source.readText(version, GONE_FILE)) ?? '{"hashes":[]}',
  ) as GoneList
  gone = { version, hashes: new Set(list.hashes) }
  return gone.hashes
}

const page = async (source: SiteSource, version: string, name: string) => {
  const file = await source.lookup(version, name)
  return file && file !== 'folder' ? { file, name } : null
}

/**
 * Serves the built public site from `liveDir` (a symbolic link swapped atomically by each build) or
 * from another source (a bucket). The build in service is looked up on every request, so a new
 * build is served from the next request on.
 */
export const createSiteServer = (site: string | SiteSource, cmsOrigin: string): Server => {
  const source = typeof site === 'string' ? folderSource(site) : site
  return createServer(async (req, res) => {
    const base = securityHeaders(cmsOrigin)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...base, allow: 'GET, HEAD' }).end()
      return
    }
    const version = await source.version().catch(() => null)
    if (!version) {
      res.writeHead(503, {
        ...base,
        'content-type': 'text/plain; charset=utf-8',
        'retry-after': '10',
      })
      res.end('The public site is being built. Try again in a few seconds.')
      return
    }
    const urlPath = new URL(req.url ?? '/', 'http://site').pathname
    const found = await resolve(source, version, urlPath)
    if (found && 'redirect' in found) {
      res.writeHead(301, { ...base, location: found.redirect }).end()
      return
    }
    // The news listing's pages counted from the newest (before its archive): to the listing.
    const listing = found ? null : formerNewsPage(urlPath)
    if (listing) {
      res.writeHead(301, { ...base, location: listing }).end()
      return
    }
    const short = { ...base, 'cache-control': 'public, max-age=60' }
    if (!found && (await goneHashes(source, version)).has(hashPath(urlPath))) {
      // A deleted item: 410 tells people and crawlers it is gone for good, not mislaid.
      const removed = await page(source, version, GONE_PAGE)
      if (!removed) return void res.writeHead(410, base).end('Gone')
      return send(req, res, 410, removed, short, await prepare(source, version, removed))
    }
    if (!found) {
      const notFound = await page(source, version, '404.html')
      if (!notFound) return void res.writeHead(404, base).end('Not found')
      return send(req, res, 404, notFound, short, await prepare(source, version, notFound))
    }
    const resolved = await prepare(source, version, found)
    const etag = resolved?.etag ?? found.file.etag
    // A page with includes changes when they do: its own file's date would say it had not.
    const headers: Record<string, string> = {
      ...base,
      'cache-control': cacheControl(urlPath),
      etag,
      ...(resolved ? {} : { 'last-modified': found.file.modified.toUTCString() }),
    }
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end()
      return
    }
    await send(req, res, 200, found, headers, resolved)
  })
}
