import type { Payload } from 'payload'

import { CORRESPONDENCE_MESSAGES } from '../../cms/core/slugs'

/** A case's thread as stored, oldest first (what the tests read of it). */
export const caseMessages = async (payload: Payload, id: number | string) =>
  (
    await payload.find({
      collection: CORRESPONDENCE_MESSAGES,
      where: { case: { equals: id } },
      sort: 'at',
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
  ).docs
