import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { ContentSlug } from '../../collections/slugs'
import { mayPublish } from '../access/content'
import { rolesOf } from '../access/roles'
import { messages } from '../messages'

/**
 * Access control sees only the incoming data; this sees the result. A PATCH that leaves `_status` out
 * of a published item would change the live page, so it needs the publish right as much as a PATCH
 * that sets `_status: "published"` does. Drafts of a live item (`?draft=true`) go to versions and pass.
 * Calls with no user are the system's own (seed, jobs) and are trusted.
 */
export const guardPublish =
  (slug: ContentSlug, itemLabel: string): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    if (!req.user) return data
    const resulting = data._status ?? originalDoc?._status
    if (resulting === 'published' && !mayPublish(slug, req.user)) {
      throw new APIError(messages.publishNeedsApprover(rolesOf(req.user), itemLabel), 403, null, true)
    }
    return data
  }
