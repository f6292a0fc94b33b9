import { type StoredArea, wardsOfAlert } from '../addresses/core/alertArea'
import type { AreaGeometry } from '../addresses/core/geo'
import type { SiteWard, WardRequests } from '../../site/lib/types'
import { EMERGENCY_BULLETINS } from '../core/slugs'

/** Reads a CMS API path as an anonymous visitor (the snapshot's reader). */
type GetJson = (path: string) => Promise<unknown>

/**
 * What the ward pages need beyond the items: which wards each alert touches (from its polygons,
 * circles and named wards, against the register's ward outlines), and each ward's 311 requests
 * (public fields, from `GET /api/service-requests/by-ward`).
 */
export const withWardsTouched = async <T extends Record<string, unknown>>(
  get: GetJson,
  bulletins: T[],
  wards: readonly SiteWard[],
): Promise<(T & { touchesWards: number[] | null })[]> => {
  // Read without `select`: Payload 3.90 answers a select of an array's list of numbers (an area's
  // `wards`) with empty lists. Bulletins are few; their areas are small.
  const path = `/${EMERGENCY_BULLETINS}?depth=0&pagination=false&locale=en&sort=id`
  const answer = (await get(path)) as { docs?: { id: unknown; areas?: StoredArea[] }[] }
  if (!Array.isArray(answer?.docs)) throw new Error(`The CMS answered ${path} without a docs list.`)
  const areasOf = new Map(answer.docs.map((doc) => [String(doc.id), doc.areas]))
  const shapes = new Map<number, AreaGeometry>(wards.map((w) => [w.number, w.geometry]))
  return bulletins.map((bulletin) => ({
    ...bulletin,
    touchesWards: wardsOfAlert(areasOf.get(String(bulletin.id)), shapes),
  }))
}

export const readWardRequests = async (
  get: GetJson,
): Promise<{ at: string; wards: WardRequests[] }> => {
  const answer = (await get('/service-requests/by-ward')) as {
    at?: string
    wards?: WardRequests[]
  }
  if (!Array.isArray(answer?.wards) || typeof answer.at !== 'string')
    throw new Error('The CMS answered /service-requests/by-ward without a ward list.')
  return { at: answer.at, wards: answer.wards }
}
