import type { Payload } from 'payload'

import { CONTENT_SLUGS, type ContentSlug } from '../core/slugs'
import { missingFrench, TRANSLATED_FIELDS } from '../../site/lib/i18n/translation'
import { type Language } from '../../site/lib/i18n'

export type MissingFrenchItem = {
  collection: ContentSlug
  id: number | string
  title: string
  missing: string[]
  publishedAt: string | null
}

const select = Object.fromEntries(
  [...TRANSLATED_FIELDS, 'publishedAt'].map((field) => [field, true]),
) as Record<string, true>

/**
 * The live items whose French pages show English, newest first: the public version of each item of
 * every content type, read in English and in French without fallback, compared field by field.
 * Reads at most `limit` items per type (the newest published), enough for a worklist.
 */
export const itemsMissingFrench = async (
  payload: Payload,
  limit = 100,
): Promise<MissingFrenchItem[]> => {
  const found: MissingFrenchItem[] = []
  for (const collection of CONTENT_SLUGS) {
    const read = (locale: Language) =>
      payload.find({
        collection,
        locale,
        fallbackLocale: false,
        draft: false,
        where: { _status: { equals: 'published' } },
        select,
        sort: '-publishedAt',
        limit,
        depth: 0,
        overrideAccess: true,
      })
    const [english, french] = await Promise.all([read('en'), read('fr')])
    const frenchById = new Map(french.docs.map((doc) => [String(doc.id), doc]))
    for (const doc of english.docs) {
      const missing = missingFrench(doc, frenchById.get(String(doc.id)) ?? null)
      if (missing.length)
        found.push({
          collection,
          id: doc.id as number | string,
          title: String(doc.title ?? ''),
          missing,
          publishedAt: (doc.publishedAt as string | null) ?? null,
        })
    }
  }
  return found.sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
}
