import { handleEndpoints, type Payload } from 'payload'

import { cacheKeyOf } from '../instanceKeys'
import type { GetJson } from './snapshot'

/**
 * The CMS's REST API as an anonymous visitor sees it, called in-process through Payload's own
 * request handler (same access rules, same JSON as over HTTP, no port needed). The site build reads
 * everything through this, so it can only ever publish what the public may read.
 */
export const anonymousRest = (payload: Payload, payloadInstanceCacheKey = cacheKeyOf(payload)) => {
  const apiRoute = payload.config.routes.api
  const call = async (path: string) => {
    const request = new Request(
      `${payload.config.serverURL || 'http://localhost'}${apiRoute}${path}`,
    )
    const response = await handleEndpoints({
      config: payload.config,
      request,
      payloadInstanceCacheKey,
    })
    if (!response.ok) throw new Error(`GET ${apiRoute}${path} answered ${response.status}.`)
    return response
  }
  const get: GetJson = async (path) => (await call(path)).json()
  /** Media URLs come absolute (serverURL is set); keep the path under the API route. */
  const download = async (source: string) => {
    const pathname = new URL(source, 'http://localhost').pathname
    const path = pathname.startsWith(apiRoute) ? pathname.slice(apiRoute.length) : pathname
    return new Uint8Array(await (await call(path)).arrayBuffer())
  }
  return { get, download }
}
