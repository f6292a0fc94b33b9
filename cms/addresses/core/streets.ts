/**
 * The City's streets drawn from its address register, for maps without a tile server (the report
 * form's and the 311 app's ward map): each street's addresses ordered along the street, split where
 * a gap shows two stretches, and simplified to what a map a few hundred pixels wide can show.
 */

export type RegisterPoint = { street: string; lat: number; long: number }
export type StreetLine = { street: string; lines: [number, number][][] }

/** Metres per degree of latitude; a degree of longitude is this times cos(latitude). */
const METRES_PER_DEGREE = 111_320

/** A gap longer than this between neighbouring addresses makes two stretches of one street. */
export const STRETCH_GAP_METRES = 600
/** How far a simplified line may stray from the addresses (a pixel or two on the map). */
export const SIMPLIFY_METRES = 25

type Metric = { x: number; y: number; long: number; lat: number }

/** Douglas-Peucker on local metres: the fewest points within `tolerance` of the line. */
const simplify = (points: Metric[], tolerance: number): Metric[] => {
  if (points.length <= 2) return points
  const first = points[0]!
  const last = points.at(-1)!
  const dx = last.x - first.x
  const dy = last.y - first.y
  const length = Math.hypot(dx, dy)
  let farthest = 0
  let at = 0
  for (let i = 1; i < points.length - 1; i += 1) {
    const p = points[i]!
    const distance =
      length === 0
        ? Math.hypot(p.x - first.x, p.y - first.y)
        : Math.abs(dy * p.x - dx * p.y + last.x * first.y - last.y * first.x) / length
    if (distance > farthest) {
      farthest = distance
      at = i
    }
  }
  if (farthest <= tolerance) return [first, last]
  return [
    ...simplify(points.slice(0, at + 1), tolerance).slice(0, -1),
    ...simplify(points.slice(at), tolerance),
  ]
}

/** The direction a street runs: the principal axis of its addresses (in local metres). */
const axisOf = (points: Metric[]) => {
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length
  const my = points.reduce((s, p) => s + p.y, 0) / points.length
  let xx = 0
  let xy = 0
  let yy = 0
  for (const p of points) {
    xx += (p.x - mx) ** 2
    xy += (p.x - mx) * (p.y - my)
    yy += (p.y - my) ** 2
  }
  const angle = 0.5 * Math.atan2(2 * xy, xx - yy)
  return { x: Math.cos(angle), y: Math.sin(angle) }
}

const round = (value: number) => Math.round(value * 1e5) / 1e5

export const streetLines = (
  register: readonly RegisterPoint[],
  tolerance = SIMPLIFY_METRES,
): StreetLine[] => {
  const byStreet = new Map<string, RegisterPoint[]>()
  for (const point of register) {
    const list = byStreet.get(point.street) ?? []
    list.push(point)
    byStreet.set(point.street, list)
  }
  const latitude = register.length ? register.reduce((s, p) => s + p.lat, 0) / register.length : 0
  const perLong = METRES_PER_DEGREE * Math.cos((latitude * Math.PI) / 180)
  const streets: StreetLine[] = []
  for (const [street, points] of [...byStreet.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const metric = points.map((p) => ({
      x: p.long * perLong,
      y: p.lat * METRES_PER_DEGREE,
      long: p.long,
      lat: p.lat,
    }))
    const axis = axisOf(metric)
    metric.sort((a, b) => a.x * axis.x + a.y * axis.y - (b.x * axis.x + b.y * axis.y))
    const stretches: Metric[][] = [[]]
    for (const p of metric) {
      const current = stretches.at(-1)!
      const previous = current.at(-1)
      if (previous && Math.hypot(p.x - previous.x, p.y - previous.y) > STRETCH_GAP_METRES)
        stretches.push([p])
      else current.push(p)
    }
    const lines = stretches
      .filter((s) => s.length >= 2)
      .map((s) =>
        simplify(s, tolerance).map((p): [number, number] => [round(p.long), round(p.lat)]),
      )
    if (lines.length) streets.push({ street, lines })
  }
  return streets
}
