import type { Payload } from 'payload'

import {
  type ContentSlug,
  EMERGENCY_BULLETINS,
  MEDIA_RELEASES,
  PUBLICATIONS,
  SPONSORSHIP_PACKAGES,
} from '../../core/slugs'
import { SECTION_PATH } from '../../publishing/core/sections'
import type { ItemForEmail, Language } from '../core/templates'
import type { SubscriptionTopic } from '../../../site/lib/subscriptionTopics'

/** Which subscribers hear about which content type. */
export const TOPIC_OF: Record<ContentSlug, SubscriptionTopic> = {
  [MEDIA_RELEASES]: 'news',
  [PUBLICATIONS]: 'publications',
  [SPONSORSHIP_PACKAGES]: 'sponsorship',
  [EMERGENCY_BULLETINS]: 'emergency',
}

/**
 * An item as its email shows it, in one language. The live version is read as the public would (a
 * French field left empty falls back to English, as on the site).
 */
export const itemForEmail = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
  language: Language,
  siteUrl: string,
): Promise<ItemForEmail | null> => {
  const doc = (await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    locale: language,
    fallbackLocale: 'en',
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!doc || doc._status !== 'published') return null
  const emergency = collection === EMERGENCY_BULLETINS
  return {
    uid: String(doc.uid ?? doc.id),
    title: String((emergency && doc.headline) || doc.title),
    summary: String(doc.summary ?? ''),
    url: `${siteUrl}${SECTION_PATH[collection]}${String(doc.slug)}/`,
    topic: TOPIC_OF[collection],
    instruction: emergency ? ((doc.instruction as string | null) ?? null) : null,
    emergency,
  }
}
