import { describe, expect, it } from 'vitest'

import { projection } from './mapProjection'

const square = (west: number, south: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
})

describe('drawing the City from its wards', () => {
  const wards = [
    { geometry: square(-80, 43, 0.1) },
    {
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: [square(-79.9, 43, 0.1).coordinates],
      },
    },
  ]
  const map = projection(wards, 1000)

  it('bounds every ward, Polygon or MultiPolygon, by longitude and latitude', () => {
    expect(map.bounds.west).toBeCloseTo(-80)
    expect(map.bounds.east).toBeCloseTo(-79.8)
    expect(map.bounds.south).toBeCloseTo(43)
    expect(map.bounds.north).toBeCloseTo(43.1)
  })

  it('puts west at 0, east at the width and north at the top, east-west corrected for latitude', () => {
    expect(map.x(-80)).toBeCloseTo(0)
    expect(map.x(-79.8)).toBeCloseTo(1000)
    expect(map.y(43.1)).toBeCloseTo(0)
    expect(map.y(43)).toBeCloseTo(map.height)
    // 0.2° of longitude at 43°N is about 0.146° of latitude: the box is about 1000 by 683.
    expect(map.height).toBeGreaterThan(650)
    expect(map.height).toBeLessThan(700)
  })

  it('draws each outline as a closed path of numbers, and labels it at its middle', () => {
    const path = map.path(wards[0]!.geometry)
    expect(path).toMatch(/^M0\.0,\d+\.\dL/)
    expect(path).not.toContain('NaN')
    expect(path.endsWith('Z')).toBe(true)
    expect(map.labelAt(wards[0]!.geometry).x).toBeCloseTo(250)
  })
})
