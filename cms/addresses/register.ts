import type { Payload, PayloadRequest, Where } from 'payload'

import type { Address } from '../payload-types'

import { ADDRESSES, WARDS } from '../core/slugs'
import {
  type AreaGeometry,
  asAreaGeometry,
  boxAround,
  type LatLong,
  LocationError,
  nearest,
  nearestNumbers,
  similarStreets,
  wardAt,
} from './core/geo'
import { addressLabel, foldAddress, parseAddress, streetKey } from './core/normalise'

/**
 * The register as the services use it: search while typing, check a typed address, and place a
 * latitude/longitude at its nearest address and ward. Wards are few and change rarely: each process
 * keeps them for a minute.
 */

export type WardRecord = {
  id: number | string
  number: number
  name: string
  nameFr: string
  geometry: AreaGeometry
}

export type AddressHit = {
  id: number | string
  label: string
  lat: number
  long: number
  ward: string | null
  wardId: number | string | null
}

type AddressDoc = Pick<
  Address,
  'id' | 'label' | 'number' | 'street' | 'unit' | 'lat' | 'long' | 'ward'
>

const WARD_CACHE_MS = 60_000
let wardCache: { at: number; wards: WardRecord[] } | null = null

export const forgetWards = () => {
  wardCache = null
}

export const loadWards = async (payload: Payload): Promise<WardRecord[]> => {
  if (wardCache && Date.now() - wardCache.at < WARD_CACHE_MS) return wardCache.wards
  const { docs } = await payload.find({
    collection: WARDS,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'number',
  })
  const wards = docs.flatMap((doc): WardRecord[] => {
    const geometry = asAreaGeometry(doc.geometry)
    // A ward saved without a usable area places nothing; the import and the form check it first.
    return geometry ? [{ ...doc, geometry }] : []
  })
  wardCache = { at: Date.now(), wards }
  return wards
}

const wardIdOf = (value: AddressDoc['ward']) =>
  value == null ? null : typeof value === 'object' ? value.id : value

const hitOf = (doc: AddressDoc, wards: readonly WardRecord[]): AddressHit => {
  const wardId = wardIdOf(doc.ward)
  const ward = wards.find((w) => String(w.id) === String(wardId))
  return {
    id: doc.id,
    label: doc.label,
    lat: doc.lat,
    long: doc.long,
    ward: ward?.name ?? null,
    wardId: wardId ?? null,
  }
}

const MAX_RESULTS = 20

/**
 * Addresses matching what was typed so far: the street's start ("123 main st" finds 123 Main
 * Street; "mai" finds every Main and Maine), then the civic number's start. Exact numbers come
 * first.
 */
export const searchAddresses = async (
  payload: Payload,
  query: string,
  limit = 10,
): Promise<AddressHit[]> => {
  const wanted = Math.min(Math.max(1, limit), MAX_RESULTS)
  const parsed = parseAddress(query)
  const street = foldAddress(parsed.street)
  if (!street && !parsed.number) return []
  const conditions: Where[] = []
  if (street) conditions.push({ streetKey: { like: `${street}%` } })
  if (parsed.number && !street) conditions.push({ number: { equals: parsed.number } })
  const { docs } = await payload.find({
    collection: ADDRESSES,
    where: { and: conditions },
    limit: parsed.number ? 500 : wanted * 4,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'streetKey',
  })
  const number = parsed.number
  const found = docs
    .filter((d) => !number || d.number.startsWith(number))
    .sort(
      (a, b) =>
        Number(b.number === number) - Number(a.number === number) ||
        a.street.localeCompare(b.street) ||
        a.number.localeCompare(b.number, 'en', { numeric: true }),
    )
    .slice(0, wanted)
  const wards = await loadWards(payload)
  return found.map((d) => hitOf(d, wards))
}

export type AddressCheck =
  { ok: true; address: AddressHit } | { ok: false; message: string; suggestions: AddressHit[] }

/**
 * A typed address checked against the register: found (with its place and ward), or refused with
 * the nearest valid addresses: the civic numbers either side on the same street, or streets spelled
 * nearly the same.
 */
/** The register's rows within a box of latitudes and longitudes (latitude is indexed). */
export const withinBox = (box: ReturnType<typeof boxAround>): Where[] => [
  { lat: { greater_than_equal: box.minLat } },
  { lat: { less_than_equal: box.maxLat } },
  { long: { greater_than_equal: box.minLong } },
  { long: { less_than_equal: box.maxLong } },
]

export const checkAddress = async (payload: Payload, typed: string): Promise<AddressCheck> => {
  const parsed = parseAddress(typed)
  if (!parsed.number || !parsed.street)
    return {
      ok: false,
      message: 'Give a civic number and a street, like 123 Main Street.',
      suggestions: parsed.street ? await searchAddresses(payload, parsed.street, 5) : [],
    }
  const key = streetKey(parsed.street)
  const onStreet = (
    await payload.find({
      collection: ADDRESSES,
      where: { streetKey: { equals: key } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: {
        number: true,
        unit: true,
        label: true,
        lat: true,
        long: true,
        ward: true,
        street: true,
      },
    })
  ).docs
  const wards = await loadWards(payload)
  const exact =
    onStreet.find((d) => d.number === parsed.number && (d.unit ?? null) === parsed.unit) ??
    onStreet.find((d) => d.number === parsed.number && !d.unit)
  if (exact) return { ok: true, address: hitOf(exact, wards) }
  const label = addressLabel(parsed)
  if (onStreet.length) {
    const numbers = nearestNumbers(
      parsed.number,
      onStreet.filter((d) => !d.unit).map((d) => d.number),
    )
    return {
      ok: false,
      message: `${label} is not in the City’s address register. Did you mean one of these?`,
      suggestions: numbers
        .map((n) => onStreet.find((d) => d.number === n && !d.unit)!)
        .map((d) => hitOf(d, wards)),
    }
  }
  const streets = await knownStreets(payload)
  const similar = similarStreets(key, [...streets.keys()])
  const suggestions: AddressHit[] = []
  for (const candidate of similar) {
    const found = await searchAddresses(payload, `${parsed.number} ${streets.get(candidate)}`, 1)
    if (found[0]) suggestions.push(found[0])
  }
  return {
    ok: false,
    message: similar.length
      ? `There is no ${parsed.street} in the City’s address register. Did you mean one of these?`
      : `There is no ${parsed.street} in the City’s address register. Check the spelling, or place the problem on the map.`,
    suggestions,
  }
}

let streetCache: { at: number; streets: Map<string, string> } | null = null

/** Every street in the register (folded key → spelled name), kept a minute. */
const knownStreets = async (payload: Payload) => {
  if (streetCache && Date.now() - streetCache.at < WARD_CACHE_MS) return streetCache.streets
  const streets = new Map<string, string>()
  // Streets repeat on every address: walking the register by street key, one address per street.
  let after = ''
  for (;;) {
    const { docs } = await payload.find({
      collection: ADDRESSES,
      where: { streetKey: { greater_than: after } },
      sort: 'streetKey',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { streetKey: true, street: true },
    })
    const doc = docs[0]
    if (!doc) break
    streets.set(doc.streetKey, doc.street)
    after = doc.streetKey
  }
  streetCache = { at: Date.now(), streets }
  return streets
}

export const forgetStreets = () => {
  streetCache = null
}

export type Placed = { ward: WardRecord | null; nearest: (AddressHit & { metres: number }) | null }

/**
 * A latitude/longitude placed in the city: its ward and the nearest address. Outside every ward is
 * outside the city (a LocationError naming `lat`), when the City has wards at all.
 */
export const placePoint = async (
  payload: Payload,
  point: LatLong,
  req?: PayloadRequest,
): Promise<Placed> => {
  const wards = await loadWards(payload)
  const ward = wardAt(point, wards)
  if (wards.length && !ward)
    throw new LocationError(
      'That place is outside the city. Check the location, or contact the municipality where it is.',
      'lat',
      'outside',
    )
  for (const metres of [100, 400, 1600]) {
    const box = boxAround(point, metres)
    const { docs } = await payload.find({
      collection: ADDRESSES,
      where: {
        and: [...withinBox(box)],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const [closest] = nearest(point, docs, 1)
    if (closest && closest.metres <= metres)
      return {
        ward,
        nearest: { ...hitOf(closest.candidate, wards), metres: Math.round(closest.metres) },
      }
  }
  return { ward, nearest: null }
}

export const loadAddress = async (payload: Payload, id: unknown): Promise<AddressHit | null> => {
  if (id == null || id === '') return null
  const doc = await payload
    .findByID({
      collection: ADDRESSES,
      id: String(id),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) return null
  return hitOf(doc, await loadWards(payload))
}
