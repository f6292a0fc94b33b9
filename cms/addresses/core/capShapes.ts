/**
 * CAP 1.2 area shapes (section 3.2.4): a polygon is at least four "lat,lon" pairs separated by
 * spaces, the first and last identical; a circle is "lat,lon radius" with the radius in kilometres.
 * Coordinates are WGS 84 decimal degrees. These parsers give a sentence a person can act on, not a
 * regex failure.
 */
type Point = { lat: number; lon: number }
type Circle = { centre: Point; radiusKm: number }
type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

const NUMBER = /^[-+]?\d+(\.\d+)?$/

const parsePoint = (pair: string, position: number): Parsed<Point> => {
  const parts = pair.split(',')
  if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p))) {
    return {
      ok: false,
      error: `point ${position} ("${pair}") is not "latitude,longitude" in decimal degrees`,
    }
  }
  const lat = Number(parts[0])
  const lon = Number(parts[1])
  if (lat < -90 || lat > 90) {
    return { ok: false, error: `point ${position} has latitude ${lat}, outside -90 to 90` }
  }
  if (lon < -180 || lon > 180) {
    return { ok: false, error: `point ${position} has longitude ${lon}, outside -180 to 180` }
  }
  return { ok: true, value: { lat, lon } }
}

export const parsePolygon = (text: string): Parsed<Point[]> => {
  const pairs = text.trim().split(/\s+/).filter(Boolean)
  if (pairs.length < 4) {
    return {
      ok: false,
      error: `a polygon needs at least 4 points (the first repeated at the end); this one has ${pairs.length}`,
    }
  }
  const points: Point[] = []
  for (const [index, pair] of pairs.entries()) {
    const point = parsePoint(pair, index + 1)
    if (!point.ok) return point
    points.push(point.value)
  }
  const first = points[0]!
  const last = points[points.length - 1]!
  if (first.lat !== last.lat || first.lon !== last.lon) {
    return { ok: false, error: 'the polygon is not closed: repeat the first point at the end' }
  }
  return { ok: true, value: points }
}

export const parseCircle = (text: string): Parsed<Circle> => {
  const parts = text.trim().split(/\s+/)
  if (parts.length !== 2) {
    return {
      ok: false,
      error: 'a circle is "latitude,longitude radius" with the radius in kilometres',
    }
  }
  const centre = parsePoint(parts[0]!, 1)
  if (!centre.ok) return { ok: false, error: centre.error.replace('point 1', 'the centre') }
  const radius = parts[1]!
  if (!NUMBER.test(radius) || Number(radius) < 0) {
    return { ok: false, error: `the radius "${radius}" must be a number of kilometres, 0 or more` }
  }
  return { ok: true, value: { centre: centre.value, radiusKm: Number(radius) } }
}
