import type { FieldHook, TextField } from 'payload'

import { messages } from '../../cms/core/text/messages'
import { firstFreeSlug, isValidSlug, MAX_SLUG_LENGTH, slugify } from '../../cms/core/text/slugify'
import { type Language } from '../../site/lib/i18n'

/**
 * The title in one language from a save: a string in that locale's save, `{ en, fr }` with locale
 * "all".
 */
const titleIn = (title: unknown, language: Language, saveLocale: unknown): string => {
  if (typeof title === 'string') return saveLocale === language ? title : ''
  if (title && typeof title === 'object' && language in title)
    return String((title as Record<string, unknown>)[language] ?? '')
  return ''
}
/** The title that names a new item's URL: the one this save has (English with locale "all"). */
const titleText = (title: unknown): string =>
  typeof title === 'string' ? title : titleIn(title, 'en', 'all')

/**
 * Segments the site uses below a section for its own pages (paging, filters, the inquiry form, CAP
 * files): an item never takes one, in either language.
 */
const RESERVED = [
  'page',
  'kind',
  'type',
  'browse',
  'parcourir',
  'inquire',
  'demande',
  'cap',
  'check-your-email',
  'verifiez-vos-courriels',
]

/**
 * Every address segment another item of the collection uses, in either language: an English slug
 * and a French one share the /fr/ pages (an item without a French slug is there under its English
 * one).
 */
const takenSlugs = async (args: Parameters<FieldHook>[0], base: string): Promise<Set<string>> => {
  const { originalDoc, req, collection } = args
  if (!collection) return new Set(RESERVED)
  const similar = await req.payload.find({
    collection: collection.slug as 'publications',
    where: {
      and: [
        { or: [{ slug: { like: base } }, { slugFr: { like: base } }] },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    select: { slug: true, slugFr: true } as Record<string, true>,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Set([
    ...RESERVED,
    ...similar.docs.flatMap((doc) => {
      const row = doc as { slug?: unknown; slugFr?: unknown }
      return [row.slug, row.slugFr].filter((v): v is string => typeof v === 'string' && v !== '')
    }),
  ])
}

/**
 * Slugs are derived from the title when left empty, normalised when typed, never changed by later
 * title edits (a published URL must keep working), and made unique by a numeric suffix.
 */
const deriveSlug: FieldHook = async (args) => {
  const { value, data, originalDoc } = args
  const typed = typeof value === 'string' ? slugify(value) : ''
  if (typed && typed === originalDoc?.slug) return typed
  const base = typed || originalDoc?.slug || slugify(titleText(data?.title))
  if (!base) return base
  return firstFreeSlug(base, await takenSlugs(args, base))
}

/**
 * The French address: made from the French title at the first save that has one, unless an editor
 * typed one; never changed by later title edits. Empty until then (the French page uses the English
 * slug meanwhile).
 */
const deriveFrenchSlug: FieldHook = async (args) => {
  const { value, data, originalDoc, req } = args
  const typed = typeof value === 'string' ? slugify(value) : ''
  if (typed && typed === originalDoc?.slugFr) return typed
  const base = typed || originalDoc?.slugFr || slugify(titleIn(data?.title, 'fr', req.locale))
  if (!base) return null
  // The item's own English slug is its French one too when the titles slugify alike.
  const own = data?.slug ?? originalDoc?.slug
  if (base === own) return base
  return firstFreeSlug(base, await takenSlugs(args, base))
}

/** Both slugs: empty (made for the editor) or lower-case words joined by single hyphens. */
const validSlugOrEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || isValidSlug(String(value))
    ? true
    : messages.slugInvalid

/**
 * What the two address fields share: unique, indexed, short enough to read aloud, in the sidebar.
 */
const addressField = {
  type: 'text',
  unique: true,
  index: true,
  maxLength: MAX_SLUG_LENGTH,
  validate: validSlugOrEmpty,
} as const

export const slugField = (): TextField => ({
  ...addressField,
  name: 'slug',
  admin: {
    position: 'sidebar',
    description:
      'The address of the page. Left empty, it is made from the title; it does not change afterwards.',
  },
  hooks: { beforeValidate: [deriveSlug] },
})

export const frenchSlugField = (): TextField => ({
  ...addressField,
  name: 'slugFr',
  label: { en: 'French slug', fr: 'Adresse française' },
  admin: {
    position: 'sidebar',
    description: {
      en: 'The address of the French page (under /fr/). Left empty, it is made from the French title; it does not change afterwards.',
      fr: 'L’adresse de la page française (sous /fr/). Laissée vide, elle est tirée du titre français; elle ne change plus ensuite.',
    },
  },
  hooks: { beforeValidate: [deriveFrenchSlug] },
})
