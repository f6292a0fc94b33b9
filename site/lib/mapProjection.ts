import type { SiteWard } from './types'

/**
 * Drawing the City from its own ward outlines, without a tile server: longitude and latitude scaled
 * into a box `width` wide, north up, the east-west scale corrected for latitude. Shared by the
 * site's report form (whose clicks are turned back into places) and the CMS's map of open reports.
 */

type Geometry = SiteWard['geometry']

const polygonsOf = (geometry: Geometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates

/** Every [longitude, latitude] position of an outline (polygons → rings → positions). */
const positionsOf = (geometry: Geometry): number[][] => polygonsOf(geometry).flat(2)

export const projection = (wards: readonly Pick<SiteWard, 'geometry'>[], width = 1000) => {
  const points = wards.flatMap((w) => positionsOf(w.geometry))
  const longs = points.map(([long]) => long!)
  const lats = points.map(([, lat]) => lat!)
  const bounds = longs.length
    ? {
        west: Math.min(...longs),
        east: Math.max(...longs),
        south: Math.min(...lats),
        north: Math.max(...lats),
      }
    : { west: 0, east: 1, south: 0, north: 1 }
  const scaleX = Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180)
  const height = Math.max(
    1,
    Math.round((width * (bounds.north - bounds.south)) / ((bounds.east - bounds.west) * scaleX)),
  )
  const x = (long: number) => ((long - bounds.west) / (bounds.east - bounds.west)) * width
  const y = (lat: number) => ((bounds.north - lat) / (bounds.north - bounds.south)) * height
  const path = (geometry: Geometry) =>
    polygonsOf(geometry)
      .map((polygon) =>
        polygon
          .map(
            (ring) =>
              `M${ring.map(([long, lat]) => `${x(long!).toFixed(1)},${y(lat!).toFixed(1)}`).join('L')}Z`,
          )
          .join(''),
      )
      .join('')
  /** Open lines (a street's stretches) as one path: `M x,y L x,y …` for each. */
  const lines = (list: readonly (readonly (readonly number[])[])[]) =>
    list
      .map(
        (line) =>
          `M${line.map(([long, lat]) => `${x(long!).toFixed(1)},${y(lat!).toFixed(1)}`).join('L')}`,
      )
      .join('')
  /** Where a ward's name goes: the middle of its outline's box. */
  const labelAt = (geometry: Geometry) => {
    const all = positionsOf(geometry)
    const xs = all.map(([long]) => long!)
    const ys = all.map(([, lat]) => lat!)
    return {
      x: x((Math.min(...xs) + Math.max(...xs)) / 2),
      y: y((Math.min(...ys) + Math.max(...ys)) / 2),
    }
  }
  return { bounds, width, height, x, y, path, lines, labelAt }
}
