import type { Where } from 'payload'

import { type ContentSlug, KB_ARTICLES, MEDIA_RELEASES, PUBLICATIONS } from '../core/slugs'
import { CONTENT_RIGHTS } from './core/matrix'
import { type Actor, hasAnyRole, isStaff } from './core/roles'

/**
 * What the public may see of a content type: live items only; never internal publications or
 * knowledge-base articles; never a
 * media release before its embargo lifts (checked at each request, so it appears on time).
 */
export const publicContentFilter = (slug: ContentSlug, now: Date = new Date()): Where => {
  const live: Where = { _status: { equals: 'published' } }
  if (slug === PUBLICATIONS || slug === KB_ARTICLES)
    return { and: [live, { audience: { equals: 'public' } }] }
  if (slug === MEDIA_RELEASES) {
    const embargoLifted: Where = {
      or: [
        { embargoUntil: { exists: false } },
        { embargoUntil: { less_than_equal: now.toISOString() } },
      ],
    }
    return { and: [live, embargoLifted] }
  }
  return live
}

/** Staff read everything in the CMS (drafts included); everyone else gets the public filter. */
export const staffOrPublic =
  (slug: ContentSlug, now?: () => Date) =>
  (actor: Actor): boolean | Where =>
    isStaff(actor) ? true : publicContentFilter(slug, now?.())

export const mayWrite = (slug: ContentSlug, actor: Actor): boolean =>
  hasAnyRole(actor, CONTENT_RIGHTS[slug].write)

export const mayRemove = (slug: ContentSlug, actor: Actor): boolean =>
  hasAnyRole(actor, CONTENT_RIGHTS[slug].remove)

/** Versions hold drafts and superseded text: staff only, whatever the item's state. */
export const mayReadVersions = (actor: Actor): boolean => isStaff(actor)

/**
 * Create and update: the role must be allowed to write, and no write may set `_status:
 * "published"`: items go live only through the workflow (cms/workflow), which acts with access
 * overridden. Payload's admin asks this same question with `_status: "published"` to decide whether
 * to show its own Publish button, so that button never appears; the workflow panel offers the
 * actions instead.
 */
export const mayWriteData = (
  slug: ContentSlug,
  actor: Actor,
  data: { _status?: unknown } | null | undefined,
): boolean => mayWrite(slug, actor) && data?._status !== 'published'
