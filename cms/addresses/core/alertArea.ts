import type { AreaGeometry } from './geo'
import { parseCircle, parsePolygon } from './capShapes'
import {
  type AlertArea,
  type Circle,
  isCityWide,
  type Ring,
  wardsTouched,
  type WardShapes,
} from './targeting'

/** A bulletin's areas as stored: CAP shapes as text, and the wards the officer named. */
export type StoredArea = {
  polygons?: { polygon: string }[] | null
  circles?: { circle: string }[] | null
  wards?: (number | string)[] | null
}

const CITY_WIDE: AlertArea = { polygons: [], circles: [], wards: [] }

/**
 * The ground a bulletin covers, for targeting. An area with no shape and no ward (the City's own
 * geocode only) is the whole city, and so is the bulletin that has one. Shapes that do not parse
 * are left out (the form refuses them; an old row must not stop an alert going out).
 */
export const alertAreaOf = (areas: readonly StoredArea[] | null | undefined): AlertArea => {
  const polygons: Ring[] = []
  const circles: Circle[] = []
  const wards = new Set<number>()
  for (const area of areas ?? []) {
    const before = polygons.length + circles.length + wards.size
    for (const { polygon } of area.polygons ?? []) {
      const parsed = parsePolygon(polygon)
      if (parsed.ok) polygons.push(parsed.value)
    }
    for (const { circle } of area.circles ?? []) {
      const parsed = parseCircle(circle)
      if (parsed.ok) circles.push(parsed.value)
    }
    for (const ward of area.wards ?? []) if (Number.isInteger(Number(ward))) wards.add(Number(ward))
    if (polygons.length + circles.length + wards.size === before) return CITY_WIDE
  }
  if (polygons.length + circles.length + wards.size === 0) return CITY_WIDE
  return { polygons, circles, wards: [...wards].sort((a, b) => a - b) }
}

/**
 * The wards a bulletin's areas touch (named, or sharing ground with a polygon or circle), or null
 * when it covers the whole city: what a ward's page, banner and feeds list it by.
 */
export const wardsOfAlert = (
  areas: readonly StoredArea[] | null | undefined,
  wardShapes: WardShapes,
): number[] | null => {
  const area = alertAreaOf(areas)
  return isCityWide(area) ? null : wardsTouched(area, wardShapes)
}

/** Six decimals: about 10 cm, finer than any ward boundary is drawn. */
const coordinate = (value: number) => String(Math.round(value * 1e6) / 1e6)

/**
 * A ward's ground as CAP polygons ("lat,lon" pairs, closed): the outer ring of each of its
 * polygons. CAP has no holes; an area slightly too large reaches a few more people, never fewer.
 */
export const capPolygonsOf = (geometry: AreaGeometry): string[] =>
  (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flatMap(
    (polygon) => {
      const outer = polygon[0] ?? []
      if (outer.length < 3) return []
      const ring = outer.map(([long, lat]) => `${coordinate(lat!)},${coordinate(long!)}`)
      if (ring[0] !== ring[ring.length - 1]) ring.push(ring[0]!)
      return ring.length >= 4 ? [ring.join(' ')] : []
    },
  )
