import type { Language } from '../../../site/lib/i18n'
import { templateEngine } from '../../core/text/templates'

/**
 * Macros: the desk's saved replies, written once in English and French with placeholders, shared
 * by the whole desk or kept by one department, that may also leave the case waiting on the
 * customer, close it or hand it to someone. Applying one fills the reply in the case's language
 * for the agent to read and edit; sending records which macro it came from. Pure: the same template
 * engine as 311's status templates.
 */

export const MACRO_PLACEHOLDERS = [
  'firstName',
  'reference',
  'dueDate',
  'department',
  'agentFirstName',
] as const
export type MacroPlaceholder = (typeof MACRO_PLACEHOLDERS)[number]

/** A macro's text in one language: room for a full reply, well under a reply's 20,000. */
export const MAX_MACRO = 5000

const engine = templateEngine(MACRO_PLACEHOLDERS, MAX_MACRO)

export const macroProblem = engine.problem
export const fillMacroText = engine.fill

export type MacroRule = {
  id: number | string
  department?: number | string | null
  active?: boolean | null
}

/**
 * The macros offered on a case: its department's own first, then the shared ones (no department);
 * other departments' and inactive ones are left out. Within each, the most used first.
 */
export const macrosFor = <T extends MacroRule & { uses?: number | null; name?: string | null }>(
  macros: readonly T[],
  caseDepartment: number | string | null,
): T[] =>
  macros
    .filter(
      (m) =>
        m.active !== false &&
        (m.department == null ||
          (caseDepartment != null && String(m.department) === String(caseDepartment))),
    )
    .sort(
      (a, b) =>
        (a.department == null ? 1 : 0) - (b.department == null ? 1 : 0) ||
        (b.uses ?? 0) - (a.uses ?? 0) ||
        String(a.name ?? '').localeCompare(String(b.name ?? '')),
    )

/** Whether a macro may be used on a case of this department (the rule above, for one). */
export const macroFits = (macro: MacroRule, caseDepartment: number | string | null) =>
  macrosFor([macro], caseDepartment).length === 1

export type MacroFacts = {
  /** The customer's first name, from the contact name; null when there is none. */
  firstName: string | null
  reference: string
  /** The reply's due date, already written in the case's language. */
  dueDate: string | null
  department: string | null
  agentFirstName: string | null
}

/** The words a placeholder takes when the case has no value for it, per language. */
const MISSING: Record<Language, Record<'firstName' | 'dueDate' | 'department', string>> = {
  en: { firstName: 'there', dueDate: 'soon', department: 'the City' },
  fr: { firstName: 'Madame, Monsieur', dueDate: 'sous peu', department: 'la Ville' },
}

/** The first word of a contact name ("Marie-Ève Tremblay" → "Marie-Ève"), or null. */
export const firstNameOf = (contactName: string | null | undefined): string | null => {
  const first = (contactName ?? '').trim().split(/\s+/)[0] ?? ''
  return first.length > 0 && first.length <= 60 ? first : null
}

/** A macro filled in the case's language: its own text, every placeholder given a value. */
export const fillMacro = (
  macro: { text: string; textFr: string },
  language: Language,
  facts: MacroFacts,
) => {
  const missing = MISSING[language]
  return fillMacroText(language === 'fr' ? macro.textFr : macro.text, {
    firstName: facts.firstName ?? missing.firstName,
    reference: facts.reference,
    dueDate: facts.dueDate ?? missing.dueDate,
    department: facts.department ?? missing.department,
    agentFirstName: facts.agentFirstName,
  })
}

export type MacroEffects = {
  awaitCustomer: boolean
  close: boolean
  /** 'me': the agent who sends it; a user's id; null: the assignee stays. */
  assignee: 'me' | number | string | null
}

/** What a macro does besides its text; a macro that both waits and closes is refused when saved. */
export const macroEffects = (macro: {
  afterwards?: string | null
  assignTo?: string | null
  assignee?: number | string | { id: number | string } | null
}): MacroEffects => {
  const assignee =
    macro.assignTo === 'me'
      ? 'me'
      : macro.assignTo === 'person' && macro.assignee != null
        ? typeof macro.assignee === 'object'
          ? macro.assignee.id
          : macro.assignee
        : null
  return {
    awaitCustomer: macro.afterwards === 'waiting-on-customer',
    close: macro.afterwards === 'closed',
    assignee,
  }
}

export const MACRO_AFTERWARDS = ['answered', 'waiting-on-customer', 'closed'] as const
export const MACRO_ASSIGN = ['unchanged', 'me', 'person'] as const
