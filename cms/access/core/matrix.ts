import type { ContentSlug } from '../../core/slugs'
import type { Role } from './roles'

/**
 * Who may do what to each content type.
 *
 * - write: create drafts, edit them, submit them for review
 * - publish: approve, request changes, publish, schedule, withdraw and archive through the workflow
 *   (cms/workflow); nobody makes an item live any other way
 * - urgent: publish at once with a recorded reason, reviewed afterwards (emergency bulletins only)
 * - remove: delete an item for good (kept narrow: published items are part of the public record)
 */
type ContentRights = {
  write: readonly Role[]
  publish: readonly Role[]
  urgent: readonly Role[]
  remove: readonly Role[]
}

const MANAGERS: readonly Role[] = ['admin', 'communications-manager']

export const CONTENT_RIGHTS: Record<ContentSlug, ContentRights> = {
  publications: {
    write: [...MANAGERS, 'communications-writer'],
    publish: MANAGERS,
    urgent: [],
    remove: MANAGERS,
  },
  'media-releases': {
    write: [...MANAGERS, 'communications-writer'],
    publish: MANAGERS,
    urgent: [],
    remove: MANAGERS,
  },
  'sponsorship-packages': {
    write: [...MANAGERS, 'communications-writer', 'sponsorship-coordinator'],
    publish: MANAGERS,
    urgent: [],
    remove: [...MANAGERS, 'sponsorship-coordinator'],
  },
  'emergency-bulletins': {
    // A forged or mistaken bulletin is a public-safety incident: only emergency officers (who
    // review each other's) and admins write, publish or cancel one, through any path.
    write: ['admin', 'emergency-officer'],
    publish: ['admin', 'emergency-officer'],
    urgent: ['admin', 'emergency-officer'],
    // A bulletin is a record of what residents were told in an emergency: only an admin removes
    // one.
    remove: ['admin'],
  },
  // The desk writes the answers it gives; communications approves them like any public text.
  'kb-articles': {
    write: [...MANAGERS, 'communications-writer', 'desk-agent'],
    publish: MANAGERS,
    urgent: [],
    remove: MANAGERS,
  },
}
