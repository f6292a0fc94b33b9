import type { Where } from 'payload'

import { type ContentSlug, PUBLICATIONS } from '../../collections/slugs'
import { CONTENT_RIGHTS } from './matrix'
import { type Actor, hasAnyRole, isStaff } from './roles'

/** What the public may see of a content type: live items only, and never internal publications. */
export const publicContentFilter = (slug: ContentSlug): Where => {
  const live: Where = { _status: { equals: 'published' } }
  if (slug !== PUBLICATIONS) return live
  return { and: [live, { audience: { equals: 'public' } }] }
}

/** Staff read everything in the CMS (drafts included); everyone else gets the public filter. */
export const staffOrPublic =
  (slug: ContentSlug) =>
  (actor: Actor): boolean | Where =>
    isStaff(actor) ? true : publicContentFilter(slug)

export const mayWrite = (slug: ContentSlug, actor: Actor): boolean =>
  hasAnyRole(actor, CONTENT_RIGHTS[slug].write)

export const mayPublish = (slug: ContentSlug, actor: Actor): boolean =>
  hasAnyRole(actor, CONTENT_RIGHTS[slug].publish)

export const mayRemove = (slug: ContentSlug, actor: Actor): boolean =>
  hasAnyRole(actor, CONTENT_RIGHTS[slug].remove)

/** Versions hold drafts and superseded text: staff only, whatever the item's state. */
export const mayReadVersions = (actor: Actor): boolean => isStaff(actor)

/**
 * Create and update: the role must be allowed to write, and a write that makes the item live
 * (`_status: "published"`) needs the publish right too. Payload's admin asks this same question with
 * `_status: "published"` to decide whether to show its Publish button.
 */
export const mayWriteData = (
  slug: ContentSlug,
  actor: Actor,
  data: { _status?: unknown } | null | undefined,
): boolean => mayWrite(slug, actor) && (data?._status !== 'published' || mayPublish(slug, actor))
