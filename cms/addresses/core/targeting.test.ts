import { describe, expect, it } from 'vitest'

import { type AreaGeometry, rectangle } from './geo'
import { type AlertArea, areaBox, type Ring, isCityWide, reaches, wardsTouched } from './targeting'

/** The same rectangle as a CAP polygon ring (latitude first). */
const ring = (west: number, south: number, east: number, north: number): Ring => [
  { lat: south, lon: west },
  { lat: south, lon: east },
  { lat: north, lon: east },
  { lat: north, lon: west },
  { lat: south, lon: west },
]

// Ward 2 and Ward 5 of a city near 42.25° N, 8 km wide each, 8 km apart.
const wards = new Map<number, AreaGeometry>([
  [2, rectangle(-83.0, 42.2, -82.9, 42.3)],
  [5, rectangle(-82.7, 42.2, -82.6, 42.3)],
])
const inWard2 = { lat: 42.25, long: -82.95 }
const inWard5 = { lat: 42.25, long: -82.65 }
const area = (parts: Partial<AlertArea>): AlertArea => ({
  polygons: [],
  circles: [],
  wards: [],
  ...parts,
})
const at = (point: { lat: number; long: number }) => ({ point, wards: [] })
const choosing = (...numbers: number[]) => ({ point: null, wards: numbers })

describe('who an alert area reaches', () => {
  it('an alert with no area is city-wide: it reaches everyone, even someone with no place', () => {
    expect(isCityWide(area({}))).toBe(true)
    expect(reaches(area({}), { point: null, wards: [] }, wards)).toBe(true)
  })

  it('a ward named by the alert reaches addresses inside it and those who chose it, no one else', () => {
    const ward2 = area({ wards: [2] })
    expect(isCityWide(ward2)).toBe(false)
    expect(reaches(ward2, at(inWard2), wards)).toBe(true)
    expect(reaches(ward2, choosing(2), wards)).toBe(true)
    expect(reaches(ward2, at(inWard5), wards)).toBe(false)
    expect(reaches(ward2, choosing(5), wards)).toBe(false)
    expect(reaches(ward2, { point: null, wards: [] }, wards)).toBe(false)
  })

  it('a polygon reaches the addresses inside it, and the wards it overlaps', () => {
    // The west half of Ward 2.
    const westHalf = area({ polygons: [ring(-83.0, 42.2, -82.95, 42.3)] })
    expect(reaches(westHalf, at({ lat: 42.25, long: -82.98 }), wards)).toBe(true)
    expect(reaches(westHalf, at({ lat: 42.25, long: -82.92 }), wards)).toBe(false)
    expect(reaches(westHalf, choosing(2), wards)).toBe(true)
    expect(reaches(westHalf, choosing(5), wards)).toBe(false)
  })

  it('a ward meets a polygon held inside it, one that holds it, and one that only crosses it', () => {
    const small = area({ polygons: [ring(-82.96, 42.24, -82.94, 42.26)] })
    const large = area({ polygons: [ring(-83.5, 42.0, -82.5, 42.5)] })
    // A band across Ward 2 from west to east: no corner of either lies inside the other.
    const band = area({ polygons: [ring(-83.1, 42.24, -82.8, 42.26)] })
    for (const shape of [small, large, band]) expect(reaches(shape, choosing(2), wards)).toBe(true)
    expect(reaches(band, choosing(5), wards)).toBe(false)
  })

  it('a circle reaches what lies within its radius, and the wards its edge reaches', () => {
    // Centred 4.1 km east of Ward 2's east edge, 12.4 km west of Ward 5's.
    const centre = { lat: 42.25, lon: -82.85 }
    const reaching = area({ circles: [{ centre, radiusKm: 4.2 }] })
    const short = area({ circles: [{ centre, radiusKm: 4.0 }] })
    expect(reaches(reaching, choosing(2), wards)).toBe(true)
    expect(reaches(short, choosing(2), wards)).toBe(false)
    expect(reaches(reaching, choosing(5), wards)).toBe(false)
    expect(reaches(reaching, at({ lat: 42.25, long: -82.86 }), wards)).toBe(true)
    expect(reaches(reaching, at({ lat: 42.25, long: -82.91 }), wards)).toBe(false)
  })

  it('a circle whose centre lies inside a ward reaches that ward however small', () => {
    const tiny = area({ circles: [{ centre: { lat: 42.25, lon: -82.95 }, radiusKm: 0 }] })
    expect(reaches(tiny, choosing(2), wards)).toBe(true)
  })

  it('a ward nobody drew counts by its number only', () => {
    const ward7 = area({ wards: [7] })
    expect(reaches(ward7, choosing(7), wards)).toBe(true)
    expect(reaches(ward7, at(inWard2), wards)).toBe(false)
    const polygon = area({ polygons: [ring(-83.0, 42.2, -82.9, 42.3)] })
    expect(reaches(polygon, choosing(7), wards)).toBe(false)
  })

  it('any one of several shapes is enough', () => {
    const both = area({
      polygons: [ring(-82.7, 42.2, -82.65, 42.3)],
      circles: [{ centre: { lat: 42.25, lon: -82.95 }, radiusKm: 1 }],
    })
    expect(reaches(both, at(inWard2), wards)).toBe(true)
    expect(reaches(both, at({ lat: 42.25, long: -82.68 }), wards)).toBe(true)
    expect(reaches(both, at({ lat: 42.25, long: -82.8 }), wards)).toBe(false)
  })
})

describe('what the register is read within', () => {
  const wards = new Map<number, AreaGeometry>([
    [1, rectangle(-83, 42, -82.9, 42.1)],
    [2, rectangle(-82.9, 42, -82.8, 42.1)],
  ])
  const nothing: AlertArea = { polygons: [], circles: [], wards: [] }

  it('is nothing for a city-wide alert, and the box around every shape and named ward otherwise', () => {
    expect(areaBox(nothing, wards)).toBeNull()
    expect(
      areaBox(
        {
          ...nothing,
          polygons: [
            [
              { lat: 42.01, lon: -82.95 },
              { lat: 42.02, lon: -82.95 },
              { lat: 42.02, lon: -82.94 },
              { lat: 42.01, lon: -82.95 },
            ],
          ],
          wards: [2],
        },
        wards,
      ),
    ).toEqual({ south: 42, west: -82.95, north: 42.1, east: -82.8 })
    const circle = areaBox(
      { ...nothing, circles: [{ centre: { lat: 42.05, lon: -82.85 }, radiusKm: 1.1 }] },
      wards,
    )!
    expect(circle.north - circle.south).toBeCloseTo((2 * 1.1) / 110.574, 6)
    expect(circle.east - circle.west).toBeGreaterThan(circle.north - circle.south)
  })

  it('names the wards an alert touches: named, or crossed by a shape', () => {
    expect(wardsTouched({ ...nothing, wards: [1] }, wards)).toEqual([1])
    const across: AlertArea = {
      ...nothing,
      circles: [{ centre: { lat: 42.05, lon: -82.9 }, radiusKm: 0.5 }],
    }
    expect(wardsTouched(across, wards)).toEqual([1, 2])
    expect(wardsTouched(nothing, wards)).toEqual([1, 2])
  })
})
