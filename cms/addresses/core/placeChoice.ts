import { strings, type Language } from '../../../site/lib/i18n'

/**
 * Where a subscriber wants alerts for, as any channel's sign-up takes it (`address`, `wards`,
 * `area`), read once and normalised: the area (`everywhere`, today's behaviour and the default, or
 * `mine`), the wards chosen (known ward numbers, sorted, each once) and the address as typed (the
 * caller checks it against the register and keeps only its id). A place is kept only for `mine`:
 * nothing personal is stored that no alert uses. An error names the field.
 */
export type Area = 'everywhere' | 'mine'
export const AREAS: readonly Area[] = ['everywhere', 'mine']

export type PlaceChoice = { area: Area; wards: number[]; address: string | null }
export type PlaceField = 'area' | 'wards' | 'address'
export type PlaceResult =
  { ok: true; value: PlaceChoice } | { ok: false; field: PlaceField; message: string }

/** Longer than any civic address the register holds; more is not an address. */
export const ADDRESS_MAX = 200

const fail = (field: PlaceField, message: string): PlaceResult => ({ ok: false, field, message })

/** Ward numbers from a list (a form's repeated field, JSON) or one comma-separated text. */
const wardList = (value: unknown): unknown[] | null => {
  if (value === undefined || value === null || value === '') return []
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',').map((part) => part.trim())
  if (typeof value === 'number') return [value]
  return null
}

/** A place as any channel's request carries it, unread. */
export type PlaceInput = {
  /** `everywhere` (the default) or `mine`. */
  area?: unknown
  /** A civic address of the register, as typed. */
  address?: unknown
  /** Ward numbers: a list, or one comma-separated text. */
  wards?: unknown
}

export const readPlaceChoice = (input: PlaceInput, knownWards: readonly number[]): PlaceResult => {
  const known = [...knownWards].sort((a, b) => a - b)
  const area =
    input.area === undefined || input.area === null || input.area === '' ? 'everywhere' : input.area
  if (typeof area !== 'string' || !(AREAS as readonly string[]).includes(area))
    return fail('area', '`area` is everywhere or mine.')
  const listed = wardList(input.wards)
  if (!listed) return fail('wards', `\`wards\` is a list of ward numbers: ${known.join(', ')}.`)
  const wards = new Set<number>()
  for (const entry of listed) {
    const number = typeof entry === 'string' && /^\d+$/.test(entry) ? Number(entry) : entry
    if (typeof number !== 'number' || !known.includes(number))
      return fail(
        'wards',
        `${JSON.stringify(entry)} is not a ward; the wards are ${known.join(', ')}.`,
      )
    wards.add(number)
  }
  let address: string | null = null
  if (input.address !== undefined && input.address !== null && input.address !== '') {
    if (typeof input.address !== 'string') return fail('address', '`address` is a street address.')
    address = input.address.replace(/\s+/g, ' ').trim() || null
    if (address && address.length > ADDRESS_MAX)
      return fail('address', `\`address\` is at most ${ADDRESS_MAX} characters.`)
  }
  if (area === 'mine' && !address && wards.size === 0)
    return fail(
      'area',
      'To get only the alerts where you are, give your address or choose your wards; or choose everywhere.',
    )
  if (area === 'everywhere') return { ok: true, value: { area, wards: [], address: null } }
  return { ok: true, value: { area: 'mine', wards: [...wards].sort((a, b) => a - b), address } }
}

/**
 * What the consent records about a place, in the subscriber's language: what is kept and why (the
 * register address's id, or the wards), and that nothing is kept for alerts everywhere.
 */
export const placeConsent = (
  language: Language,
  place: { area: Area; wards: readonly number[]; address: unknown },
): string => {
  const words = strings(language).place
  if (place.area !== 'mine') return words.wholeCity
  const kept: string[] = []
  if (place.address != null) kept.push(words.addressKept)
  if (place.wards.length) kept.push(words.wards(place.wards.join(', '), place.wards.length))
  return words.onlyMine(kept.join(` ${words.and} `))
}
