import type { ContentSlug } from '../../core/slugs'
import { missingFrench, TRANSLATED_FIELDS } from '../../../site/lib/i18n/translation'

/**
 * The bilingual rules the workflow applies: which content types need French before publishing and
 * which of an item's French fields are missing. Pure.
 */
export const DEFAULT_REMINDER_MINUTES = 15

export type LanguagePolicy = {
  frenchRequired: ContentSlug[]
  reminderMinutes: number
}

export const DEFAULT_LANGUAGE_POLICY: LanguagePolicy = {
  frenchRequired: [],
  reminderMinutes: DEFAULT_REMINDER_MINUTES,
}

/** The policy global as stored (any field may be absent before a manager saves it). */
export const policyFrom = (doc: Record<string, unknown> | null | undefined): LanguagePolicy => ({
  frenchRequired: Array.isArray(doc?.frenchRequired)
    ? (doc.frenchRequired as ContentSlug[])
    : DEFAULT_LANGUAGE_POLICY.frenchRequired,
  reminderMinutes:
    typeof doc?.reminderMinutes === 'number' && doc.reminderMinutes >= 5
      ? doc.reminderMinutes
      : DEFAULT_REMINDER_MINUTES,
})

/** The French fields an item is missing, as `fr.title`-style paths for an error message. */
export const missingFrenchFields = (
  english: Record<string, unknown>,
  french: Record<string, unknown> | null,
): string[] => missingFrench(english, french, TRANSLATED_FIELDS).map((field) => `fr.${field}`)

/** Actions that put an item in front of the public (now, or at a time set now). */
export const FRENCH_GATED_ACTIONS: ReadonlySet<string> = new Set(['publish', 'schedule'])

/** Whether this publish must be refused, and why: the fields to translate first. */
export const frenchBlocksPublish = (args: {
  policy: LanguagePolicy
  collection: ContentSlug
  action: string
  english: Record<string, unknown>
  french: Record<string, unknown> | null
}): string[] => {
  if (!FRENCH_GATED_ACTIONS.has(args.action)) return []
  if (!args.policy.frenchRequired.includes(args.collection)) return []
  return missingFrenchFields(args.english, args.french)
}

/**
 * Which reminder is due for an alert in force in English only: the first one interval after it was
 * published, then one each interval (1, 2, 3…); null before the first. Each number is sent once.
 */
export const reminderDue = (
  publishedAt: string | null | undefined,
  now: Date,
  intervalMinutes: number,
): number | null => {
  if (!publishedAt) return null
  const elapsed = now.getTime() - new Date(publishedAt).getTime()
  const due = Math.floor(elapsed / (intervalMinutes * 60_000))
  return Number.isFinite(due) && due >= 1 ? due : null
}
