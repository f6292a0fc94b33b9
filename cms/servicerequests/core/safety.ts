import type { AttributeDefinition } from './attributes'
import { type Language, strings } from '../../../site/lib/i18n'

/**
 * A service's safety stop and notice. A gas smell or a live wire must not wait in a queue like a
 * pothole: a service may ask "is it dangerous?" first, and the stopping answer files nothing and
 * says what to do instead (call 911, the after-hours line). Open311 apps meet the question as the
 * required list attribute `danger`, first in the definition; the notice (what a resident should
 * know before reporting) rides as an information-only attribute `notice`, the way GeoReport v2
 * carries text that is shown but not asked.
 */

export const DANGER_CODE = 'danger'
export const NOTICE_CODE = 'notice'
/** Codes the service's own questions may not take: both are made from its safety fields. */
export const RESERVED_CODES: readonly string[] = [DANGER_CODE, NOTICE_CODE]
export const STOP_KEY = 'yes'
export const GO_KEY = 'no'

export type SafetyFields = {
  notice?: string | null
  noticeFr?: string | null
  safetyQuestion?: string | null
  safetyQuestionFr?: string | null
  safetyStop?: string | null
  safetyStopFr?: string | null
  safetyGo?: string | null
  safetyGoFr?: string | null
  safetyInstruction?: string | null
  safetyInstructionFr?: string | null
}

const filled = (value: string | null | undefined) => (value ?? '').trim()

const either = (en: string | null | undefined, fr: string | null | undefined) =>
  filled(en) || filled(fr)

/** Whether the service asks the safety question (English or French is enough to ask it). */
export const asksSafety = (service: SafetyFields) =>
  either(service.safetyQuestion, service.safetyQuestionFr) !== ''

/** The notice in a language, falling back to the other one: a resident must see it either way. */
export const noticeIn = (service: SafetyFields, language: Language) =>
  language === 'fr'
    ? filled(service.noticeFr) || filled(service.notice)
    : filled(service.notice) || filled(service.noticeFr)

/** What to do instead, in a language (the other language's words before none at all). */
export const instructionIn = (service: SafetyFields, language: Language) =>
  language === 'fr'
    ? filled(service.safetyInstructionFr) || filled(service.safetyInstruction)
    : filled(service.safetyInstruction) || filled(service.safetyInstructionFr)

/**
 * Problems with a service's safety fields, for the catalogue's form: a question without what to do
 * instead would stop residents and tell them nothing.
 */
export const safetyProblems = (service: SafetyFields): { field: string; message: string }[] => {
  const problems: { field: string; message: string }[] = []
  if (!asksSafety(service)) {
    if (either(service.safetyInstruction, service.safetyInstructionFr))
      problems.push({
        field: 'safetyQuestion',
        message: 'What to do instead is shown only after the safety question: write the question.',
      })
    return problems
  }
  for (const [field, value] of [
    ['safetyQuestion', service.safetyQuestion],
    ['safetyQuestionFr', service.safetyQuestionFr],
    ['safetyInstruction', service.safetyInstruction],
    ['safetyInstructionFr', service.safetyInstructionFr],
  ] as const)
    if (!filled(value))
      problems.push({
        field,
        message: field.startsWith('safetyInstruction')
          ? 'Say what to do instead (like “Call 911 now”), in both languages.'
          : 'Ask the safety question in both languages.',
      })
  return problems
}

/** The safety question as an Open311 attribute: required, one of two answers, asked first. */
export const dangerAttribute = (service: SafetyFields): AttributeDefinition | null =>
  asksSafety(service)
    ? {
        code: DANGER_CODE,
        datatype: 'singlevaluelist',
        required: true,
        variable: true,
        order: -1,
        description: either(service.safetyQuestion, service.safetyQuestionFr),
        descriptionFr: either(service.safetyQuestionFr, service.safetyQuestion),
        hint: null,
        values: [
          {
            key: STOP_KEY,
            name: filled(service.safetyStop) || strings('en').requests.safetyYes,
            nameFr: filled(service.safetyStopFr) || strings('fr').requests.safetyYes,
          },
          {
            key: GO_KEY,
            name: filled(service.safetyGo) || strings('en').requests.safetyNo,
            nameFr: filled(service.safetyGoFr) || strings('fr').requests.safetyNo,
          },
        ],
      }
    : null

/** The notice as an information-only attribute (`variable: false`): shown, never asked. */
export const noticeAttribute = (service: SafetyFields): AttributeDefinition | null => {
  const en = noticeIn(service, 'en')
  if (!en) return null
  return {
    code: NOTICE_CODE,
    datatype: 'text',
    required: false,
    variable: false,
    order: -2,
    description: en,
    descriptionFr: noticeIn(service, 'fr'),
    hint: null,
    values: [],
  }
}

/**
 * Every question a report of the service answers, safety first: what the form shows, what Open311
 * defines and what intake checks. The notice is not among them (it is read, not answered).
 */
export const questionsOf = <A extends AttributeDefinition>(
  service: SafetyFields & { attributes?: readonly A[] | null },
): AttributeDefinition[] => {
  const danger = dangerAttribute(service)
  return [...(danger ? [danger] : []), ...(service.attributes ?? [])]
}

/** The instruction to give instead of filing, when the answers say it is dangerous; else null. */
export const stoppedBy = (
  service: SafetyFields,
  answers: Readonly<Record<string, unknown>>,
  language: Language,
): string | null =>
  asksSafety(service) && answers[DANGER_CODE] === STOP_KEY ? instructionIn(service, language) : null
