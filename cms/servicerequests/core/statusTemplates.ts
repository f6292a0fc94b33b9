import type { Language } from '../../../site/lib/i18n'
import { templateEngine } from '../../core/text/templates'
import type { ClosingReason, RequestState } from './model'

/**
 * Status templates: the words staff send when a request moves (per service or for all, per state
 * and, for a closing, per reason), written once in both languages with placeholders, filled with
 * the request's own facts and sent in each reader's language. Pure: the collection validates with
 * `placeholderProblem`, the status contract fills with `fillTemplate`.
 */

export const PLACEHOLDERS = ['reference', 'service', 'address', 'expectedAt', 'agency'] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]

/** Each template text is at most this long, so a filled one stays within public notes' 2,000. */
export const MAX_TEMPLATE = 1000

/** The project's template engine (the desk's macros use it too), bound to a request's facts. */
const engine = templateEngine(PLACEHOLDERS, MAX_TEMPLATE)

/** The placeholders a text uses that do not exist (a typo would reach residents as written). */
export const unknownPlaceholders = engine.unknown

/** A template text's problem in a sentence, or null when fine (the collection's validator). */
export const placeholderProblem = engine.problem

/** Fills every placeholder; one without a value (no agency, no expected date) becomes `missing`. */
export const fillTemplate = engine.fill

export type TemplateRule = {
  id: number | string
  service?: number | string | null
  state: RequestState
  closingReason?: ClosingReason | null
  active?: boolean | null
}

/**
 * The templates that fit a move, best first: the service's own before those for every service,
 * and for a closing those of its reason before those for any reason. Inactive ones are left out.
 */
export const templatesFor = <T extends TemplateRule>(
  templates: readonly T[],
  move: { service: number | string; state: RequestState; reason: ClosingReason | null },
): T[] =>
  templates
    .filter(
      (t) =>
        t.active !== false &&
        t.state === move.state &&
        (t.service == null || String(t.service) === String(move.service)) &&
        (t.closingReason == null || t.closingReason === move.reason),
    )
    .map((t) => ({
      t,
      rank: (t.service == null ? 2 : 0) + (t.closingReason == null ? 1 : 0),
    }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ t }) => t)

/** The template's text in a language (both are required, so each language has its own). */
export const templateText = (template: { text: string; textFr: string }, language: Language) =>
  language === 'fr' ? template.textFr : template.text
