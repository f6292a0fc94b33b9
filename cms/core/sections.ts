import {
  type ContentSlug,
  EMERGENCY_BULLETINS,
  KB_ARTICLES,
  MEDIA_RELEASES,
  PUBLICATIONS,
  SPONSORSHIP_PACKAGES,
} from './slugs'

import { SECTION_BASE, type Section } from '../../site/lib/i18n/locales'

/**
 * The site section of each content type (its address in each language: site/lib/i18n/locales.ts).
 */
export const SECTION_OF: Record<ContentSlug, Section> = {
  [MEDIA_RELEASES]: 'news',
  [PUBLICATIONS]: 'publications',
  [SPONSORSHIP_PACKAGES]: 'sponsorship',
  [EMERGENCY_BULLETINS]: 'emergency',
  [KB_ARTICLES]: 'answers',
}

/** Where each content type lives on the English site: an item is at `{section}{slug}/`. */
export const SECTION_PATH: Record<ContentSlug, string> = {
  [MEDIA_RELEASES]: SECTION_BASE.en.news,
  [PUBLICATIONS]: SECTION_BASE.en.publications,
  [SPONSORSHIP_PACKAGES]: SECTION_BASE.en.sponsorship,
  [EMERGENCY_BULLETINS]: SECTION_BASE.en.emergency,
  [KB_ARTICLES]: SECTION_BASE.en.answers,
}
