import booleanPointInPolygon from '@turf/boolean-point-in-polygon'

import { type AreaGeometry, distanceMetres, type LatLong } from './geo'

/**
 * Who an alert's areas reach. An alert with no area is city-wide and reaches everyone; otherwise a
 * subscriber who asked for alerts where they are (`area: mine`) is reached when their address lies
 * inside one of its polygons, circles or named wards, or when one of their wards is named by it or
 * overlaps one of its shapes. Coordinates are WGS 84; at a city's scale straight lines between
 * vertices are close enough to the ground (a few metres over a ward).
 */

/** A polygon's ring as CAP gives it (lat/lon pairs, the first repeated at the end). */
export type Ring = readonly { lat: number; lon: number }[]
export type Circle = { centre: { lat: number; lon: number }; radiusKm: number }

export type AlertArea = {
  polygons: readonly Ring[]
  circles: readonly Circle[]
  /** Wards the officer named (their geometry travels in `wardShapes`). */
  wards: readonly number[]
}

/** Where a subscriber is: the address's point (if they gave one) and wards (theirs, or chosen). */
export type Whereabouts = { point: LatLong | null; wards: readonly number[] }

export type WardShapes = ReadonlyMap<number, AreaGeometry>

/** An alert without any shape or ward: the whole city. */
export const isCityWide = (area: AlertArea) =>
  area.polygons.length === 0 && area.circles.length === 0 && area.wards.length === 0

type Position = readonly [number, number] // [longitude, latitude], as GeoJSON has it

const ringPositions = (ring: Ring): Position[] => ring.map((p) => [p.lon, p.lat] as const)
const asPolygon = (ring: Ring): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [ringPositions(ring).map((p) => [...p])],
})
const wardRings = (ward: AreaGeometry): Position[][] =>
  (ward.type === 'Polygon' ? [ward.coordinates] : ward.coordinates).flatMap((polygon) =>
    polygon.map((ring) => ring.map((p) => [p[0]!, p[1]!] as const)),
  )

const inside = (position: Position, geometry: AreaGeometry) =>
  booleanPointInPolygon([position[0], position[1]], geometry)

const inCircle = (position: Position, circle: Circle) =>
  distanceMetres(
    { lat: position[1], long: position[0] },
    { lat: circle.centre.lat, long: circle.centre.lon },
  ) <=
  circle.radiusKm * 1000

/** Whether segments ab and cd cross or touch (orientation test on the plane of lon/lat). */
const segmentsMeet = (a: Position, b: Position, c: Position, d: Position) => {
  const orient = (p: Position, q: Position, r: Position) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]))
  const onSegment = (p: Position, q: Position, r: Position) =>
    Math.min(p[0], r[0]) <= q[0] &&
    q[0] <= Math.max(p[0], r[0]) &&
    Math.min(p[1], r[1]) <= q[1] &&
    q[1] <= Math.max(p[1], r[1])
  const [o1, o2, o3, o4] = [orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)]
  if (o1 !== o2 && o3 !== o4) return true
  return (
    (o1 === 0 && onSegment(a, c, b)) ||
    (o2 === 0 && onSegment(a, d, b)) ||
    (o3 === 0 && onSegment(c, a, d)) ||
    (o4 === 0 && onSegment(c, b, d))
  )
}

const edges = (ring: readonly Position[]) => ring.slice(1).map((end, i) => [ring[i]!, end] as const)

/** Metres from a point to the nearest point of a segment (local flat projection). */
const metresToSegment = (p: Position, a: Position, b: Position) => {
  const metresPerLon = 111_320 * Math.cos((p[1] * Math.PI) / 180)
  const metresPerLat = 110_574
  const [ax, ay] = [(a[0] - p[0]) * metresPerLon, (a[1] - p[1]) * metresPerLat]
  const [bx, by] = [(b[0] - p[0]) * metresPerLon, (b[1] - p[1]) * metresPerLat]
  const [dx, dy] = [bx - ax, by - ay]
  const length = dx * dx + dy * dy
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length))
  return Math.hypot(ax + t * dx, ay + t * dy)
}

/** Whether a ward and a polygon share any ground. */
const wardMeetsPolygon = (ward: AreaGeometry, ring: Ring) => {
  const polygon = asPolygon(ring)
  const theirs = ringPositions(ring)
  const ours = wardRings(ward)
  if (theirs.some((p) => inside(p, ward))) return true
  if (ours.some((r) => r.some((p) => inside(p, polygon)))) return true
  return ours.some((r) =>
    edges(r).some(([a, b]) => edges(theirs).some(([c, d]) => segmentsMeet(a, b, c, d))),
  )
}

/** Whether a ward and a circle share any ground. */
const wardMeetsCircle = (ward: AreaGeometry, circle: Circle) => {
  const centre: Position = [circle.centre.lon, circle.centre.lat]
  if (inside(centre, ward)) return true
  return wardRings(ward).some((r) =>
    edges(r).some(([a, b]) => metresToSegment(centre, a, b) <= circle.radiusKm * 1000),
  )
}

/**
 * Whether the alert's area reaches someone who asked for alerts where they are. A ward named by
 * the alert or the subscriber but missing from `wardShapes` counts only by its number.
 */
export const reaches = (area: AlertArea, who: Whereabouts, wardShapes: WardShapes): boolean => {
  if (isCityWide(area)) return true
  if (who.wards.some((ward) => area.wards.includes(ward))) return true
  if (who.point) {
    const position: Position = [who.point.long, who.point.lat]
    if (area.polygons.some((ring) => inside(position, asPolygon(ring)))) return true
    if (area.circles.some((circle) => inCircle(position, circle))) return true
    if (
      area.wards.some((number) => {
        const shape = wardShapes.get(number)
        return shape ? inside(position, shape) : false
      })
    )
      return true
  }
  return who.wards.some((number) => {
    const shape = wardShapes.get(number)
    if (!shape) return false
    if (area.polygons.some((ring) => wardMeetsPolygon(shape, ring))) return true
    return area.circles.some((circle) => wardMeetsCircle(shape, circle))
  })
}

/** A box of latitudes and longitudes. */
export type Box = { south: number; west: number; north: number; east: number }

/**
 * The box around all the ground an alert covers (its polygons, circles and named wards): the
 * register is read within it, then each address checked exactly. Null for a city-wide alert.
 */
export const areaBox = (area: AlertArea, wardShapes: WardShapes): Box | null => {
  if (isCityWide(area)) return null
  const box = { south: Infinity, west: Infinity, north: -Infinity, east: -Infinity }
  const add = (lat: number, lon: number) => {
    box.south = Math.min(box.south, lat)
    box.north = Math.max(box.north, lat)
    box.west = Math.min(box.west, lon)
    box.east = Math.max(box.east, lon)
  }
  for (const ring of area.polygons) for (const p of ring) add(p.lat, p.lon)
  for (const { centre, radiusKm } of area.circles) {
    const dLat = radiusKm / 110.574
    const dLon = radiusKm / (111.32 * Math.max(0.01, Math.cos((centre.lat * Math.PI) / 180)))
    add(centre.lat - dLat, centre.lon - dLon)
    add(centre.lat + dLat, centre.lon + dLon)
  }
  for (const number of area.wards) {
    const shape = wardShapes.get(number)
    if (shape) for (const ring of wardRings(shape)) for (const [lon, lat] of ring) add(lat, lon)
  }
  return box.south <= box.north ? box : null
}

/** The wards an alert touches: named by it, or sharing ground with one of its shapes. */
export const wardsTouched = (area: AlertArea, wardShapes: WardShapes): number[] =>
  [...wardShapes.keys()].filter((number) =>
    reaches(area, { point: null, wards: [number] }, wardShapes),
  )
