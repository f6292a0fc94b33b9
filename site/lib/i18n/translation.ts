import { fieldsOf } from '../fields'
import type { Language } from './locales'

/**
 * Whether an item is translated, and the item as a page in one language shows it. The snapshot
 * carries each item's English fields and, in `fr`, what its French version holds (no fallback: a
 * field without French text is empty there). Pure: the site, the feeds, the emails and the
 * workflow's "French required" rule all decide the same way.
 */

/** The localized texts a French version must have when the English one has them. */
export const TRANSLATED_FIELDS = [
  'title',
  'summary',
  'body',
  'headline',
  'instruction',
  'event',
] as const

const hasText = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim() !== ''
  if (!value || typeof value !== 'object') return false
  if (Array.isArray(value)) return value.some(hasText)
  const node = value as { text?: unknown; root?: unknown; children?: unknown }
  if (typeof node.text === 'string') return node.text.trim() !== ''
  if (node.root) return hasText(node.root)
  if (Array.isArray(node.children)) return node.children.some(hasText)
  return false
}

/** Whether a value (plain text or rich text) has any words in it. */
export const hasWords = hasText

/**
 * The fields whose French text is missing: those the English version fills and the French one does
 * not. Empty when the item is translated.
 */
export const missingFrench = (
  english: object,
  french: object | null | undefined,
  fields: readonly string[] = TRANSLATED_FIELDS,
): string[] => {
  const en = fieldsOf(english)
  const fr = french ? fieldsOf(french) : null
  return fields.filter((field) => hasText(en[field]) && !hasText(fr?.[field]))
}

export type LocalView<T> = {
  /**
   * What the page shows: the French version (English only where a French field is empty) or the
   * English item.
   */
  item: T
  /** The language the content is in: 'en' on a French page of an item without French text. */
  contentLocale: Language
  /** Whether a French page had to show the English text. */
  untranslated: boolean
}

const fillFrom = (french: unknown, english: unknown): unknown => {
  if (french === null || french === undefined || french === '') return english
  if (Array.isArray(french) && Array.isArray(english))
    return french.map((row, index) => fillFrom(row, english[index]))
  if (
    typeof french === 'object' &&
    english &&
    typeof english === 'object' &&
    !Array.isArray(english) &&
    !('root' in (french as object))
  ) {
    const out: Record<string, unknown> = { ...(english as Record<string, unknown>) }
    for (const [key, value] of Object.entries(french as Record<string, unknown>))
      out[key] = fillFrom(value, (english as Record<string, unknown>)[key])
    return out
  }
  return french
}

/** The item as a page in `locale` shows it. */
export const inLocale = <T extends { fr?: Record<string, unknown> | null }>(
  item: T,
  locale: Language,
): LocalView<T> => {
  if (locale === 'en') return { item, contentLocale: 'en', untranslated: false }
  const english = fieldsOf(item)
  if (!item.fr || missingFrench(english, item.fr).length > 0)
    return { item, contentLocale: 'en', untranslated: true }
  const merged = fillFrom(item.fr, english) as T
  return { item: { ...merged, fr: item.fr }, contentLocale: 'fr', untranslated: false }
}
