import type { ContentSlug } from '../../collections/slugs'
import type { Role } from './roles'

/**
 * Who may do what to each content type. The workflow issue adds review and approval on top; until then
 * "publish" means setting Payload's `_status` to `published`.
 *
 * - write: create drafts and edit them
 * - publish: make an item live (approvers and admins; emergency officers for bulletins, their urgent path)
 * - remove: delete an item for good (kept narrow: published items are part of the public record)
 */
export type ContentRights = {
  write: readonly Role[]
  publish: readonly Role[]
  remove: readonly Role[]
}

const MANAGERS: readonly Role[] = ['admin', 'communications-manager']

export const CONTENT_RIGHTS: Record<ContentSlug, ContentRights> = {
  publications: {
    write: [...MANAGERS, 'communications-writer'],
    publish: MANAGERS,
    remove: MANAGERS,
  },
  'media-releases': {
    write: [...MANAGERS, 'communications-writer'],
    publish: MANAGERS,
    remove: MANAGERS,
  },
  'sponsorship-packages': {
    write: [...MANAGERS, 'communications-writer', 'sponsorship-coordinator'],
    publish: MANAGERS,
    remove: [...MANAGERS, 'sponsorship-coordinator'],
  },
  'emergency-bulletins': {
    write: [...MANAGERS, 'communications-writer', 'emergency-officer'],
    publish: [...MANAGERS, 'emergency-officer'],
    // A bulletin is a record of what residents were told in an emergency: only an admin removes one.
    remove: ['admin'],
  },
}
