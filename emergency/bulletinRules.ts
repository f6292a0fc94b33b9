import { needsReferences } from './capEnums'
import { parseCircle, parsePolygon } from './geometry'

/**
 * Cross-field rules of a bulletin, as plain functions answering `true` or the sentence to show.
 * The collection's validators call these; the CAP serialiser will call them again before writing XML.
 */
export type Verdict = true | string

export const checkExpires = (expires: unknown, effective: unknown): Verdict => {
  if (!expires) return true
  const end = new Date(String(expires)).getTime()
  if (Number.isNaN(end)) return 'Expires is not a valid date and time.'
  if (!effective) return true
  const start = new Date(String(effective)).getTime()
  return Number.isNaN(start) || end > start ? true : 'Expires must be later than Effective.'
}

export const checkReferences = (
  references: unknown,
  msgType: unknown,
  ownId: unknown,
): Verdict => {
  const list = Array.isArray(references) ? references : []
  const ids = list.map((ref) => (ref && typeof ref === 'object' && 'id' in ref ? ref.id : ref))
  if (needsReferences(String(msgType ?? '')) && ids.length === 0) {
    const type = String(msgType)
    return `${/^[AEIOU]/.test(type) ? 'An' : 'A'} ${type} must name the bulletin it follows in "References".`
  }
  if (ownId !== undefined && ownId !== null && ids.some((id) => String(id) === String(ownId))) {
    return 'A bulletin cannot reference itself.'
  }
  return true
}

export const checkPolygon = (value: unknown): Verdict => {
  if (!value) return true
  const parsed = parsePolygon(String(value))
  return parsed.ok ? true : `Polygon: ${parsed.error}.`
}

export const checkCircle = (value: unknown): Verdict => {
  if (!value) return true
  const parsed = parseCircle(String(value))
  return parsed.ok ? true : `Circle: ${parsed.error}.`
}
