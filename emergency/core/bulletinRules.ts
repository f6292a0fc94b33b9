import { CAP_CP_LOCATION, isCapCpEvent, isSgcCode } from './capCpEvents'
import { needsReferences } from './capEnums'
import { parseCircle, parsePolygon } from '../../cms/addresses/core/capShapes'

/**
 * Cross-field rules of a bulletin, as plain functions answering `true` or the sentence to show. The
 * collection's validators call these; the CAP serialiser will call them again before writing XML.
 */
type Verdict = true | string

export const checkExpires = (expires: unknown, effective: unknown): Verdict => {
  if (!expires) return true
  const end = new Date(String(expires)).getTime()
  if (Number.isNaN(end)) return 'Expires is not a valid date and time.'
  if (!effective) return true
  const start = new Date(String(effective)).getTime()
  return Number.isNaN(start) || end > start ? true : 'Expires must be later than Effective.'
}

export const checkReferences = (references: unknown, msgType: unknown, ownId: unknown): Verdict => {
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

type Geocode = { valueName?: unknown; value?: unknown }
type BulletinForCapCp = { eventCode?: unknown; areas?: { geocodes?: Geocode[] | null }[] | null }

/**
 * What the Canadian profile requires before a bulletin may go out: an event code from the CAP-CP
 * list, and at least one SGC geocode in every area. Answers the first missing field and why, or
 * null.
 */
export const capCpProblem = (
  bulletin: BulletinForCapCp,
): { field: string; message: string } | null => {
  if (!bulletin.eventCode)
    return {
      field: 'eventCode',
      message: 'Choose the CAP-CP event (required by the Canadian alerting profile).',
    }
  if (!isCapCpEvent(bulletin.eventCode))
    return {
      field: 'eventCode',
      message: `"${String(bulletin.eventCode)}" is not in the CAP-CP event list; choose the event by name.`,
    }
  const areas = bulletin.areas ?? []
  if (areas.length === 0) return { field: 'areas', message: 'Describe at least one area.' }
  for (const [index, area] of areas.entries()) {
    const codes = (area.geocodes ?? []).filter((g) => g.valueName === CAP_CP_LOCATION)
    if (codes.length === 0)
      return {
        field: `areas.${index}.geocodes`,
        message: `Area ${index + 1} needs a geocode (the Statistics Canada code of the place, e.g. the City's census subdivision).`,
      }
    const bad = codes.find((g) => !isSgcCode(g.value))
    if (bad)
      return {
        field: `areas.${index}.geocodes`,
        message: `Area ${index + 1}: "${String(bad.value)}" is not a Statistics Canada SGC code (2, 4 or 7 digits).`,
      }
  }
  return null
}
