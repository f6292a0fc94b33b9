import type { Payload, Where } from 'payload'

import { type LatLong, boxAround, distanceMetres } from '../addresses/core/geo'
import { SERVICE_REQUESTS } from '../core/slugs'
import type { RequestState } from './core/model'

/** An open report near a place, as the form, the app and the duplicate check show it. */
export type NearbyReport = {
  id: number | string
  reference: string
  metres: number
  state: RequestState
  addressLabel: string | null
}

/**
 * The open reports inside the box around a point (`more` narrows them: a service, a recent day),
 * with the fields a nearby list needs; the caller measures the true distance.
 */
export const openInBox = async (
  payload: Payload,
  point: LatLong,
  metres: number,
  more: Where[] = [],
  limit = 500,
) => {
  const box = boxAround(point, metres)
  const { docs } = await payload.find({
    collection: SERVICE_REQUESTS,
    where: {
      and: [
        { status: { equals: 'open' } },
        ...more,
        { lat: { greater_than_equal: box.minLat } },
        { lat: { less_than_equal: box.maxLat } },
        { long: { greater_than_equal: box.minLong } },
        { long: { less_than_equal: box.maxLong } },
      ],
    },
    pagination: false,
    limit,
    depth: 0,
    overrideAccess: true,
    select: {
      reference: true,
      lat: true,
      long: true,
      requestedAt: true,
      state: true,
      serviceCode: true,
      addressLabel: true,
    },
  })
  return docs
}

/** How far "near me" reaches by default, and at most (a street's length; a neighbourhood). */
export const NEAR_ME_METRES = { default: 500, min: 50, max: 2000 } as const

export type OpenReportNear = NearbyReport & { serviceCode: string; requestedAt: string }

/**
 * Every open report within `radiusMetres` of the resident, whatever its service, nearest first:
 * the app's "nearby", so a resident adds "me too" instead of a second report.
 */
export const openReportsNear = async (
  payload: Payload,
  point: LatLong,
  radiusMetres: number,
  limit = 50,
): Promise<OpenReportNear[]> => {
  const docs = await openInBox(payload, point, radiusMetres)
  return docs
    .filter((d) => d.lat != null && d.long != null)
    .map((d) => ({ d, metres: Math.round(distanceMetres(point, { lat: d.lat!, long: d.long! })) }))
    .filter(({ metres }) => metres <= radiusMetres)
    .sort((a, b) => a.metres - b.metres || b.d.requestedAt.localeCompare(a.d.requestedAt))
    .slice(0, limit)
    .map(({ d, metres }) => ({
      id: d.id,
      reference: d.reference,
      metres,
      state: d.state,
      addressLabel: d.addressLabel ?? null,
      serviceCode: d.serviceCode,
      requestedAt: d.requestedAt,
    }))
}
