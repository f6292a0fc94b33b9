import type { FieldHook, TextField } from 'payload'

import { messages } from '../../cms/core/text/messages'
import { firstFreeSlug, isValidSlug, MAX_SLUG_LENGTH, slugify } from '../../cms/core/text/slugify'

const titleText = (title: unknown): string => {
  if (typeof title === 'string') return title
  // With locale "all" the title arrives as { en, fr }; the English title names the URL.
  if (title && typeof title === 'object' && 'en' in title)
    return String((title as { en?: unknown }).en ?? '')
  return ''
}

/**
 * Slugs are derived from the title when left empty, normalised when typed, never changed by later title
 * edits (a published URL must keep working), and made unique by a numeric suffix.
 */
const deriveSlug: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
  const typed = typeof value === 'string' ? slugify(value) : ''
  if (typed && typed === originalDoc?.slug) return typed
  const base = typed || originalDoc?.slug || slugify(titleText(data?.title))
  if (!base || !collection) return base
  const similar = await req.payload.find({
    collection: collection.slug as 'publications',
    where: {
      and: [
        { slug: { like: base } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    select: { slug: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const taken = new Set(similar.docs.map((doc) => String((doc as { slug?: unknown }).slug)))
  return firstFreeSlug(base, taken)
}

export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  maxLength: MAX_SLUG_LENGTH,
  admin: {
    position: 'sidebar',
    description:
      'The address of the page. Left empty, it is made from the title; it does not change afterwards.',
  },
  hooks: { beforeValidate: [deriveSlug] },
  validate: (value: unknown) =>
    value === undefined || value === null || value === '' || isValidSlug(String(value))
      ? true
      : messages.slugInvalid,
})
