/**
 * What people type for an address, made comparable with the register: "123 main st." and "123 Main
 * Street" are one address. Canada Post's street types and directions, in English and the usual
 * French forms ("rue", "boul."), are spelled out; accents and case are folded for the search key.
 */

const STREET_TYPES: Record<string, string> = {
  st: 'Street',
  str: 'Street',
  street: 'Street',
  ave: 'Avenue',
  av: 'Avenue',
  avenue: 'Avenue',
  rd: 'Road',
  road: 'Road',
  dr: 'Drive',
  drive: 'Drive',
  blvd: 'Boulevard',
  boul: 'Boulevard',
  boulevard: 'Boulevard',
  cres: 'Crescent',
  cr: 'Crescent',
  crescent: 'Crescent',
  ct: 'Court',
  crt: 'Court',
  court: 'Court',
  ln: 'Lane',
  lane: 'Lane',
  pl: 'Place',
  place: 'Place',
  pkwy: 'Parkway',
  parkway: 'Parkway',
  hwy: 'Highway',
  highway: 'Highway',
  cir: 'Circle',
  circ: 'Circle',
  circle: 'Circle',
  terr: 'Terrace',
  ter: 'Terrace',
  terrace: 'Terrace',
  sq: 'Square',
  square: 'Square',
  trl: 'Trail',
  trail: 'Trail',
  way: 'Way',
  line: 'Line',
  gate: 'Gate',
  gt: 'Gate',
}

const DIRECTIONS: Record<string, string> = {
  n: 'North',
  north: 'North',
  s: 'South',
  south: 'South',
  e: 'East',
  east: 'East',
  w: 'West',
  west: 'West',
  ne: 'Northeast',
  nw: 'Northwest',
  se: 'Southeast',
  sw: 'Southwest',
}

/** French streets name their type first: "boul. Saint-Laurent", "ch. du Lac". */
const FRENCH_LEADING: Record<string, string> = {
  rue: 'rue',
  boul: 'boulevard',
  bd: 'boulevard',
  av: 'avenue',
  ch: 'chemin',
  chemin: 'chemin',
  mtee: 'montée',
}

const UNIT_WORDS = new Set([
  'unit',
  'apt',
  'apartment',
  'suite',
  'ste',
  'app',
  'appartement',
  'unite',
  'bureau',
])

export type ParsedAddress = {
  /** Civic number as written on the door: digits and an optional letter ("12A"). */
  number: string | null
  /** The street, spelled out: "Main Street North". */
  street: string
  unit: string | null
}

/** Lower case, no accents, single spaces: the form every comparison uses. */
export const foldAddress = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const titleWord = (word: string) =>
  word.replace(
    /(^|[-'])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  )

/** "main st n" → "Main Street North"; words the tables do not know are title-cased as they are. */
export const normaliseStreet = (street: string): string => {
  const words = foldAddress(street).replace(/[#]/g, ' ').split(' ').filter(Boolean)
  return words
    .map((word, index) => {
      const last = index === words.length - 1
      // "Street" only where a street type belongs: after the name ("St. Clair Street" keeps its
      // Saint).
      if (index > 0 && STREET_TYPES[word] && (last || DIRECTIONS[words[index + 1]!]))
        return STREET_TYPES[word]
      if (index > 0 && last && DIRECTIONS[word]) return DIRECTIONS[word]
      if (index === 0 && word === 'st' && words.length > 2) return 'St.'
      if (index === 0 && words.length > 1 && FRENCH_LEADING[word]) return FRENCH_LEADING[word]
      return titleWord(word)
    })
    .join(' ')
}

/**
 * Splits "Unit 4, 123 Main St", "4-123 Main St", "123 Main St #4" or "123A Main Street Apt 4" into
 * civic number, street and unit. Text without a leading number is a street alone (number null).
 */
export const parseAddress = (input: string): ParsedAddress => {
  let text = foldAddress(input.replace(/,/g, ' , '))
  let unit: string | null = null
  const unitWord = new RegExp(
    `(?:^|\\s)(?:${[...UNIT_WORDS].join('|')})\\s*#?\\s*([a-z0-9-]+)`,
    'u',
  )
  const unitMatch = unitWord.exec(text)
  if (unitMatch) {
    unit = unitMatch[1]!.toUpperCase()
    text = (
      text.slice(0, unitMatch.index) +
      ' ' +
      text.slice(unitMatch.index + unitMatch[0].length)
    ).trim()
  }
  const hash = /\s#\s*([a-z0-9-]+)/u.exec(text)
  if (!unit && hash) {
    unit = hash[1]!.toUpperCase()
    text = (text.slice(0, hash.index) + text.slice(hash.index + hash[0].length)).trim()
  }
  text = text.replace(/\s+/g, ' ').trim()
  const dashed = /^([a-z0-9]+)-(\d+[a-z]?)\s+(.+)$/u.exec(text)
  if (dashed && !unit)
    return {
      unit: dashed[1]!.toUpperCase(),
      number: dashed[2]!.toUpperCase(),
      street: normaliseStreet(dashed[3]!),
    }
  const numbered = /^(\d+[a-z]?)\s+(.+)$/u.exec(text)
  if (numbered)
    return { unit, number: numbered[1]!.toUpperCase(), street: normaliseStreet(numbered[2]!) }
  return { unit, number: null, street: normaliseStreet(text) }
}

/** "123 Main Street, Unit 4": how the City writes an address back. */
export const addressLabel = (address: {
  number: string | null
  street: string
  unit?: string | null
}) =>
  `${address.number ? `${address.number} ` : ''}${address.street}${address.unit ? `, Unit ${address.unit}` : ''}`

/** The register's search key: the street folded, then the number; "main street north 123". */
export const searchKey = (address: {
  number: string | null
  street: string
  unit?: string | null
}) => foldAddress(`${address.street} ${address.number ?? ''} ${address.unit ?? ''}`)

/** The street part of a key, for "which streets are like what was typed". */
export const streetKey = (street: string) => foldAddress(normaliseStreet(street))
