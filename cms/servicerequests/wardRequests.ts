import type { Endpoint, Payload, Where } from 'payload'

import { loadWards } from '../addresses'
import { SERVICE_REQUESTS } from '../core/slugs'
import type { WardRequests } from '../../site/lib/types'
import { RECENT_DAYS } from '../../site/lib/wards'

/**
 * Each ward's open and recently fixed 311 requests, for the ward pages the site builds
 * (`GET /api/service-requests/by-ward`, public): per ward the counts and the newest few, with
 * public fields only (reference, service, the address as Open311 shows it, dates). Nothing about
 * who reported, no description (it may not be reviewed yet), no status notes (staff wording).
 */
const NEWEST = 20

const SELECT = {
  reference: true,
  serviceCode: true,
  addressLabel: true,
  requestedAt: true,
  closedAt: true,
} as const

const newestOf = async (payload: Payload, where: Where, sort: string) => {
  const result = await payload.find({
    collection: SERVICE_REQUESTS,
    where,
    sort,
    limit: NEWEST,
    depth: 0,
    overrideAccess: true,
    select: SELECT,
  })
  return {
    count: result.totalDocs,
    newest: result.docs.map((doc) => ({
      reference: doc.reference,
      serviceCode: doc.serviceCode,
      address: doc.addressLabel ?? null,
      requestedAt: String(doc.requestedAt),
      closedAt: doc.closedAt ? String(doc.closedAt) : null,
    })),
  }
}

export const requestsByWard = async (payload: Payload, now = new Date()) => {
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString()
  const wards = await loadWards(payload)
  const byWard: WardRequests[] = []
  // One ward after another: a handful of indexed reads each, never a year's rows.
  for (const ward of wards) {
    const inWard: Where = { ward: { equals: ward.id } }
    byWard.push({
      ward: ward.number,
      open: await newestOf(
        payload,
        { and: [inWard, { status: { equals: 'open' } }] },
        '-requestedAt',
      ),
      fixed: await newestOf(
        payload,
        {
          and: [
            inWard,
            { status: { equals: 'closed' } },
            { closingReason: { equals: 'resolved' } },
            { closedAt: { greater_than_equal: since } },
          ],
        },
        '-closedAt',
      ),
    })
  }
  return { at: now.toISOString(), wards: byWard }
}

export const wardRequestsEndpoint: Endpoint = {
  path: '/by-ward',
  method: 'get',
  handler: async (req) =>
    Response.json(await requestsByWard(req.payload), {
      headers: { 'cache-control': 'public, max-age=60', 'access-control-allow-origin': '*' },
    }),
}
