import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import distance from '@turf/distance'

/**
 * Where a point lies: which ward, how far from an address, which addresses are nearest. The City's
 * boundary is the union of its wards: a point in no ward is outside the city.
 */

export type LatLong = { lat: number; long: number }

/** GeoJSON areas as the register stores them ([longitude, latitude] positions). */
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] }

/** A rectangle as a GeoJSON Polygon, from its west, south, east and north edges in degrees. */
export const rectangle = (west: number, south: number, east: number, north: number) =>
  ({
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  }) satisfies AreaGeometry

const isPosition = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length >= 2 &&
  value.every((n) => typeof n === 'number' && Number.isFinite(n))
const isRing = (value: unknown): boolean => Array.isArray(value) && value.every(isPosition)
const isPolygon = (value: unknown): boolean => Array.isArray(value) && value.every(isRing)

/**
 * A stored ward's geometry (a JSON field) read as an area, or null when it is neither a Polygon nor
 * a MultiPolygon of [longitude, latitude] positions: the one check between the database and Turf.
 */
export const asAreaGeometry = (value: unknown): AreaGeometry | null => {
  const geometry = typeof value === 'string' ? safeJson(value) : value
  if (!geometry || typeof geometry !== 'object') return null
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown }
  if (type === 'Polygon' && isPolygon(coordinates))
    return { type, coordinates: coordinates as number[][][] }
  if (type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.every(isPolygon))
    return { type, coordinates: coordinates as number[][][][] }
  return null
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

export type WardShape = {
  id: string | number
  name: string
  geometry: AreaGeometry
}

export class LocationError extends Error {
  constructor(
    message: string,
    readonly field: string,
    /** `outside`: a real place, outside every ward; `invalid`: not a latitude/longitude at all. */
    readonly reason: 'outside' | 'invalid' = 'invalid',
  ) {
    super(message)
  }
}

/** Latitude and longitude as numbers in range, or a LocationError naming the field. */
export const readLatLong = (lat: unknown, long: unknown): LatLong => {
  const latitude = typeof lat === 'string' && lat.trim() !== '' ? Number(lat) : lat
  const longitude = typeof long === 'string' && long.trim() !== '' ? Number(long) : long
  if (typeof latitude !== 'number' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90)
    throw new LocationError('`lat` must be a latitude in decimal degrees, like 42.3149.', 'lat')
  if (
    typeof longitude !== 'number' ||
    !Number.isFinite(longitude) ||
    longitude < -180 ||
    longitude > 180
  )
    throw new LocationError('`long` must be a longitude in decimal degrees, like -83.0364.', 'long')
  return { lat: latitude, long: longitude }
}

export const distanceMetres = (a: LatLong, b: LatLong) =>
  distance([a.long, a.lat], [b.long, b.lat], { units: 'meters' })

/** The ward holding the point, or null when it is outside every ward (outside the city). */
export const wardAt = <W extends { geometry: AreaGeometry }>(
  point: LatLong,
  wards: readonly W[],
): W | null =>
  wards.find((ward) => booleanPointInPolygon([point.long, point.lat], ward.geometry)) ?? null

/** A latitude/longitude box that holds every point within `metres` of the centre. */
export const boxAround = (centre: LatLong, metres: number) => {
  const dLat = metres / 111_320
  const dLong = metres / (111_320 * Math.max(Math.cos((centre.lat * Math.PI) / 180), 0.01))
  return {
    minLat: centre.lat - dLat,
    maxLat: centre.lat + dLat,
    minLong: centre.long - dLong,
    maxLong: centre.long + dLong,
  }
}

/** Candidates ordered by distance from the point, each with its distance, the nearest `limit`. */
export const nearest = <T extends LatLong>(point: LatLong, candidates: readonly T[], limit = 5) =>
  candidates
    .map((candidate) => ({ candidate, metres: distanceMetres(point, candidate) }))
    .sort((a, b) => a.metres - b.metres)
    .slice(0, limit)

/** Levenshtein distance, for "Ouelette" meant as "Ouellette". */
export const editDistance = (a: string, b: string): number => {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    previous = current
  }
  return previous[b.length]!
}

/** Known streets closest in spelling to what was typed: at most a third of its letters wrong. */
export const similarStreets = (typed: string, streets: readonly string[], limit = 3) =>
  streets
    .map((street) => ({ street, cost: editDistance(typed, street) }))
    .filter(({ cost }) => cost <= Math.max(2, Math.floor(typed.length / 3)))
    .sort((a, b) => a.cost - b.cost || a.street.localeCompare(b.street))
    .slice(0, limit)
    .map(({ street }) => street)

/** The civic numbers on a street closest to the one typed (125 → 123, 127). */
export const nearestNumbers = (wanted: string, numbers: readonly string[], limit = 3) => {
  const target = Number.parseInt(wanted, 10)
  return [...new Set(numbers)]
    .sort(
      (a, b) =>
        Math.abs(Number.parseInt(a, 10) - target) - Math.abs(Number.parseInt(b, 10) - target) ||
        a.localeCompare(b, 'en', { numeric: true }),
    )
    .slice(0, limit)
}
