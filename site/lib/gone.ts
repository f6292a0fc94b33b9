import { createHash } from 'node:crypto'

/**
 * Written by each build: the SHA-256 of every address whose item was deleted (never the addresses).
 */
export const GONE_FILE = 'gone.json'
/** The page served with 410 Gone at such an address. */
export const GONE_PAGE = '410/index.html'

export type GoneList = { hashes: string[] }

/** How a deleted item's address is recognised: its path with one trailing slash, hashed. */
export const hashPath = (urlPath: string) =>
  createHash('sha256')
    .update(urlPath.endsWith('/') ? urlPath : `${urlPath}/`)
    .digest('hex')
