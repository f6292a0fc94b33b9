import type { AttributeType } from './model'
import { commaList } from '../../core/text/commaList'

/**
 * A service's questions (Open311 attributes) and the answers a report gives them. Answers arrive as
 * strings from forms and `attribute[code]=value` posts; they are checked against each question's
 * type, list and required flag, and every problem names `attribute[code]`.
 */

export type AttributeValue = { key: string; name: string; nameFr?: string | null }

export type AttributeDefinition = {
  code: string
  datatype: AttributeType
  required?: boolean | null
  description: string
  descriptionFr?: string | null
  /** Shown to apps as `datatype_description`: how to answer. */
  hint?: string | null
  order?: number | null
  values?: readonly AttributeValue[] | null
  /** Only staff see and answer it (Open311 `variable: false` questions are informational). */
  variable?: boolean | null
}

export type AttributeAnswer = string | number | string[]

/**
 * `required`: not answered; `invalid`: answered wrongly; `unknown`: a question the service does not
 * ask.
 */
export type AnswerProblem = {
  field: string
  message: string
  kind: 'required' | 'invalid' | 'unknown'
}

const MAX_TEXT = 2000

const listOf = (raw: unknown): string[] =>
  Array.isArray(raw)
    ? raw.map((v) => String(v).trim()).filter(Boolean)
    : commaList(raw == null ? raw : String(raw))

export const checkAnswers = (
  definitions: readonly AttributeDefinition[],
  raw: Record<string, unknown>,
  /** Email and phone intake cannot ask every question: staff fill the gaps later. */
  options: { requireAnswers?: boolean } = {},
): { answers: Record<string, AttributeAnswer>; problems: AnswerProblem[] } => {
  const answers: Record<string, AttributeAnswer> = {}
  const problems: AnswerProblem[] = []
  const known = new Set(definitions.map((d) => d.code))
  for (const code of Object.keys(raw))
    if (!known.has(code))
      problems.push({
        field: `attribute[${code}]`,
        message: `This service asks no question \`${code}\`; see its definition for the codes it asks.`,
        kind: 'unknown',
      })
  for (const definition of definitions) {
    if (definition.variable === false) continue
    const field = `attribute[${definition.code}]`
    const value = raw[definition.code]
    const empty =
      value == null ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0)
    if (empty) {
      if (definition.required && options.requireAnswers !== false)
        problems.push({
          field,
          message: `Answer “${definition.description}”: it is required.`,
          kind: 'required',
        })
      continue
    }
    const keys = new Set((definition.values ?? []).map((v) => v.key))
    switch (definition.datatype) {
      case 'number': {
        const number = typeof value === 'number' ? value : Number(String(value).trim())
        if (!Number.isFinite(number))
          problems.push({
            field,
            message: `“${definition.description}” needs a number, like 3.`,
            kind: 'invalid',
          })
        else answers[definition.code] = number
        break
      }
      case 'datetime': {
        const date = new Date(String(value))
        if (Number.isNaN(date.getTime()))
          problems.push({
            field,
            message: `“${definition.description}” needs a date and time, like 2026-12-02T14:30:00-05:00.`,
            kind: 'invalid',
          })
        else answers[definition.code] = date.toISOString()
        break
      }
      case 'singlevaluelist': {
        const [key, ...more] = listOf(value)
        if (more.length || !key || !keys.has(key))
          problems.push({
            field,
            message: `Choose one of ${[...keys].join(', ')} for “${definition.description}”.`,
            kind: 'invalid',
          })
        else answers[definition.code] = key
        break
      }
      case 'multivaluelist': {
        const chosen = listOf(value)
        const unknown = chosen.filter((key) => !keys.has(key))
        if (unknown.length)
          problems.push({
            field,
            message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among ${[...keys].join(', ')} for “${definition.description}”.`,
            kind: 'invalid',
          })
        else answers[definition.code] = [...new Set(chosen)]
        break
      }
      default: {
        const text = String(value).trim()
        const limit = definition.datatype === 'string' ? 200 : MAX_TEXT
        if (text.length > limit)
          problems.push({
            field,
            message: `Keep “${definition.description}” under ${limit} characters.`,
            kind: 'invalid',
          })
        else answers[definition.code] = text
      }
    }
  }
  return { answers, problems }
}

/** `attribute[code]=value` form fields (and `attribute[code][]` for lists) as one object. */
export const attributesFromForm = (fields: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(fields)) {
    const match = /^attribute\[([^\]]+)\](\[\])?$/.exec(name)
    if (!match) continue
    const code = match[1]!
    if (match[2] || Array.isArray(value)) out[code] = [...listOf(out[code]), ...listOf(value)]
    else out[code] = value
  }
  const nested = fields.attribute
  if (nested && typeof nested === 'object' && !Array.isArray(nested))
    for (const [code, value] of Object.entries(nested as Record<string, unknown>))
      out[code] ??= value
  return out
}
