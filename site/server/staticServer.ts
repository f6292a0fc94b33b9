import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'

import { GONE_FILE, GONE_PAGE, type GoneList, hashPath } from '../lib/gone'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
}

/**
 * How long browsers and proxies may keep each kind of file. Alerts and feeds are short (an emergency
 * update must reach people within seconds); pages a minute; fingerprinted assets forever.
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
  'content-security-policy': `default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self' ${cmsOrigin}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'`,
})

type Found = { file: string; size: number; mtime: Date } | { redirect: string } | null

/** Maps a URL path to a file inside the live folder; never outside it. */
const resolve = async (root: string, urlPath: string): Promise<Found> => {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const target = path.resolve(root, `.${decoded}`)
  if (target !== root && !target.startsWith(`${root}${path.sep}`)) return null
  const info = await stat(target).catch(() => null)
  if (info?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` }
    const index = path.join(target, 'index.html')
    const indexInfo = await stat(index).catch(() => null)
    return indexInfo ? { file: index, size: indexInfo.size, mtime: indexInfo.mtime } : null
  }
  return info?.isFile() ? { file: target, size: info.size, mtime: info.mtime } : null
}

const send = (
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  file: string,
  size: number,
  headers: Record<string, string>,
) => {
  // PDFs download: opened inline they would run in the site's origin with the viewer's own rules.
  const download =
    path.extname(file).toLowerCase() === '.pdf'
      ? {
          'content-disposition': `attachment; filename="${path.basename(file).replace(/[^\w.-]/g, '_')}"`,
        }
      : {}
  res.writeHead(status, {
    ...headers,
    ...download,
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': String(size),
  })
  if (req.method === 'HEAD') return res.end()
  createReadStream(file).pipe(res)
}

/** The deleted addresses of one build, read once per build folder. */
let gone: { root: string; hashes: Set<string> } | null = null
const goneHashes = async (root: string): Promise<Set<string>> => {
  if (gone?.root === root) return gone.hashes
  const list = JSON.parse(
    await readFile(path.join(root, GONE_FILE), 'utf8').catch(() => '{"hashes":[]}'),
  ) as GoneList
  gone = { root, hashes: new Set(list.hashes) }
  return gone.hashes
}

/**
 * A strong validator unique to the file in this build: builds go to fresh folders, so the folder, the
 * path, the size and the time to the millisecond never repeat for different content.
 */
export const etagOf = (root: string, file: string, size: number, mtimeMs: number) =>
  `"${createHash('sha256').update(`${root}\0${file}\0${size}\0${mtimeMs}`).digest('base64url').slice(0, 27)}"`

/**
 * Serves the built public site from `liveDir` (a symbolic link swapped atomically by each build).
 * The link is resolved on every request, so a new build is served from the next request on.
 */
export const createSiteServer = (liveDir: string, cmsOrigin: string): Server =>
  createServer(async (req, res) => {
    const base = securityHeaders(cmsOrigin)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...base, allow: 'GET, HEAD' }).end()
      return
    }
    const root = await realpath(liveDir).catch(() => null)
    if (!root) {
      res.writeHead(503, {
        ...base,
        'content-type': 'text/plain; charset=utf-8',
        'retry-after': '10',
      })
      res.end('The public site is being built. Try again in a few seconds.')
      return
    }
    const urlPath = new URL(req.url ?? '/', 'http://site').pathname
    const found = await resolve(root, urlPath)
    if (found && 'redirect' in found) {
      res.writeHead(301, { ...base, location: found.redirect }).end()
      return
    }
    if (!found && (await goneHashes(root)).has(hashPath(urlPath))) {
      // A deleted item: 410 tells people and crawlers it is gone for good, not mislaid.
      const page = path.join(root, GONE_PAGE)
      const info = await stat(page).catch(() => null)
      if (!info) return void res.writeHead(410, base).end('Gone')
      return send(req, res, 410, page, info.size, {
        ...base,
        'cache-control': 'public, max-age=60',
      })
    }
    if (!found) {
      const notFound = path.join(root, '404.html')
      const info = await stat(notFound).catch(() => null)
      if (!info) return void res.writeHead(404, base).end('Not found')
      return send(req, res, 404, notFound, info.size, {
        ...base,
        'cache-control': 'public, max-age=60',
      })
    }
    const etag = etagOf(root, found.file, found.size, found.mtime.getTime())
    const headers = {
      ...base,
      'cache-control': cacheControl(urlPath),
      etag,
      'last-modified': found.mtime.toUTCString(),
    }
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end()
      return
    }
    send(req, res, 200, found.file, found.size, headers)
  })
