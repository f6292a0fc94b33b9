import type { Payload } from 'payload'

import {
  type ContentSlug,
  EMERGENCY_BULLETINS,
  KB_ARTICLES,
  MEDIA_RELEASES,
  PUBLICATIONS,
  SPONSORSHIP_PACKAGES,
} from '../core/slugs'
import { SECTION_OF } from '../core/sections'
import { itemPath, missingFrench, type Language } from '../../site/lib/i18n'
import type { ItemContent } from './core/item'
import type { SubscriptionTopic } from '../../site/lib/subscriptionTopics'

/** The French fields that have text (the others keep the English value). */
const dropEmpty = (doc: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(doc).filter(
      ([, value]) => value !== null && value !== undefined && value !== '',
    ),
  )

/** Knowledge-base answers are looked up, never mailed out. */
export type EmailedSlug = Exclude<ContentSlug, typeof KB_ARTICLES>

/** Which subscribers hear about which content type. */
export const TOPIC_OF: Record<EmailedSlug, SubscriptionTopic> = {
  [MEDIA_RELEASES]: 'news',
  [PUBLICATIONS]: 'publications',
  [SPONSORSHIP_PACKAGES]: 'sponsorship',
  [EMERGENCY_BULLETINS]: 'emergency',
}

/**
 * An item as every channel shows it, in one language, from its live version. A French subscriber
 * gets the French version, or, when the item has no French text yet, the English one marked
 * `untranslated` (the message then says so in French), linking to the French page either way, as on
 * the site.
 */
export const itemContent = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
  language: Language,
  siteUrl: string,
): Promise<ItemContent | null> => {
  if (collection === KB_ARTICLES) return null
  const read = (locale: Language) =>
    payload.findByID({
      collection,
      id,
      depth: 0,
      draft: false,
      locale,
      fallbackLocale: false,
      overrideAccess: true,
      disableErrors: true,
    }) as Promise<Record<string, unknown> | null>
  const english = await read('en')
  if (!english || english._status !== 'published') return null
  const french = language === 'fr' ? await read('fr') : null
  const untranslated = language === 'fr' && missingFrench(english, french).length > 0
  const doc = language === 'fr' && !untranslated ? { ...english, ...dropEmpty(french!) } : english
  const emergency = collection === EMERGENCY_BULLETINS
  const page = { slug: String(english.slug), slugFr: (english.slugFr as string | null) ?? null }
  return {
    uid: String(doc.uid ?? doc.id),
    title: String((emergency && doc.headline) || doc.title),
    summary: String(doc.summary ?? ''),
    url: `${siteUrl}${itemPath(SECTION_OF[collection], page, language)}`,
    untranslated,
    topic: TOPIC_OF[collection],
    instruction: emergency ? ((doc.instruction as string | null) ?? null) : null,
    emergency,
  }
}
