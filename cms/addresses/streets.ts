import type { Endpoint, Payload } from 'payload'

import { ADDRESSES } from '../core/slugs'
import { type StreetLine, streetLines } from './core/streets'

/**
 * `GET /api/addresses/streets`: the register's streets as lines (core/streets.ts), public, for the
 * site's maps (the snapshot reads it at each build) and any app. Worked out again only when the
 * register changed: a build every few minutes does not read 100,000 addresses each time.
 */

let kept: { version: string; streets: StreetLine[] } | null = null

/** The register's version: how many addresses, and the last change. */
const registerVersion = async (payload: Payload) => {
  const [{ totalDocs }, { docs }] = await Promise.all([
    payload.count({ collection: ADDRESSES, overrideAccess: true }),
    payload.find({
      collection: ADDRESSES,
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { updatedAt: true },
    }),
  ])
  return `${totalDocs}:${docs[0]?.updatedAt ?? ''}`
}

export const registerStreets = async (payload: Payload): Promise<StreetLine[]> => {
  const version = await registerVersion(payload)
  if (kept?.version === version) return kept.streets
  const { docs } = await payload.find({
    collection: ADDRESSES,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { street: true, lat: true, long: true },
  })
  const streets = streetLines(docs.map((d) => ({ street: d.street, lat: d.lat, long: d.long })))
  kept = { version, streets }
  return streets
}

export const streetsEndpoint: Endpoint = {
  path: '/streets',
  method: 'get',
  handler: async (req) =>
    Response.json(await registerStreets(req.payload), {
      headers: { 'cache-control': 'public, max-age=3600', 'access-control-allow-origin': '*' },
    }),
}
