/**
 * Open reports gathered for a map: points that fall in the same cell of a grid (in the map's own
 * units) become one circle with a count, so ten thousand reports draw as a few hundred marks.
 */
export type MapPoint = { x: number; y: number }

export type Cluster = { x: number; y: number; count: number }

export const clusterPoints = (points: readonly MapPoint[], cell: number): Cluster[] => {
  const cells = new Map<string, { sx: number; sy: number; count: number }>()
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`
    const c = cells.get(key) ?? { sx: 0, sy: 0, count: 0 }
    c.sx += p.x
    c.sy += p.y
    c.count += 1
    cells.set(key, c)
  }
  return [...cells.values()]
    .map((c) => ({ x: c.sx / c.count, y: c.sy / c.count, count: c.count }))
    .sort((a, b) => b.count - a.count)
}

/** A circle's radius: area grows with the count, within readable limits. */
export const clusterRadius = (count: number, smallest = 8, largest = 40) =>
  Math.min(largest, smallest + Math.sqrt(count - 1) * 4)
