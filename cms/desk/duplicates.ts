import type { Payload, PayloadRequest, Where } from 'payload'

import { relationTo } from '../core/relationId'
import { CORRESPONDENCE } from '../core/slugs'

/** How far back an open case of the same person makes a new one a possible duplicate. */
export const DUPLICATE_DAYS = 14

/**
 * A new case from an address (or phone) with an open case received in the last 14 days is flagged
 * as its possible duplicate, for staff to merge in one click or leave.
 */
export const flagPossibleDuplicate = async (
  payload: Payload,
  doc: { id: number | string; email?: string | null; phone?: string | null },
  req?: PayloadRequest,
) => {
  const same: Where[] = []
  if (doc.email) same.push({ email: { equals: doc.email } })
  if (doc.phone) same.push({ phone: { equals: doc.phone } })
  if (!same.length) return null
  const since = new Date(Date.now() - DUPLICATE_DAYS * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.find({
    collection: CORRESPONDENCE,
    where: {
      and: [
        { or: same },
        { id: { not_equals: doc.id } },
        { state: { not_equals: 'closed' } },
        { mergedInto: { exists: false } },
        { receivedAt: { greater_than_equal: since } },
      ],
    },
    sort: 'receivedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const earlier = docs[0]
  if (!earlier) return null
  await payload.update({
    collection: CORRESPONDENCE,
    id: doc.id,
    data: { possibleDuplicateOf: relationTo(earlier.id) },
    overrideAccess: true,
    depth: 0,
    context: { desk: true },
    req,
  })
  return earlier.reference ?? null
}
