import { describe, expect, it } from 'vitest'

import {
  asAreaGeometry,
  boxAround,
  distanceMetres,
  editDistance,
  LocationError,
  nearest,
  nearestNumbers,
  readLatLong,
  rectangle,
  similarStreets,
  wardAt,
  type WardShape,
} from './geo'

const wards: WardShape[] = [
  { id: 1, name: 'Ward 1', geometry: rectangle(-83.1, 42.2, -83.0, 42.3) },
  { id: 2, name: 'Ward 2', geometry: rectangle(-83.0, 42.2, -82.9, 42.3) },
]

describe('wards', () => {
  it('finds the ward holding a point and none outside the city', () => {
    expect(wardAt({ lat: 42.25, long: -83.05 }, wards)?.name).toBe('Ward 1')
    expect(wardAt({ lat: 42.25, long: -82.95 }, wards)?.name).toBe('Ward 2')
    expect(wardAt({ lat: 43.65, long: -79.38 }, wards)).toBeNull()
  })

  it('reads a MultiPolygon ward (an island counts)', () => {
    const island: WardShape = {
      id: 3,
      name: 'Ward 3',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          rectangle(-82.0, 42.0, -81.9, 42.1).coordinates,
          rectangle(-81.5, 42.0, -81.4, 42.1).coordinates,
        ],
      },
    }
    expect(wardAt({ lat: 42.05, long: -81.45 }, [island])?.id).toBe(3)
  })
})

describe('distances', () => {
  it('measures metres on the ground', () => {
    const a = { lat: 42.3, long: -83.0 }
    const b = { lat: 42.301, long: -83.0 }
    expect(distanceMetres(a, b)).toBeGreaterThan(110)
    expect(distanceMetres(a, b)).toBeLessThan(112)
  })

  it('boxes every point within the radius', () => {
    const centre = { lat: 42.3, long: -83.0 }
    const box = boxAround(centre, 500)
    for (const [lat, long] of [
      [box.maxLat, centre.long],
      [centre.lat, box.maxLong],
    ] as const)
      expect(distanceMetres(centre, { lat, long })).toBeGreaterThanOrEqual(499)
  })

  it('orders candidates nearest first and keeps the limit', () => {
    const point = { lat: 42.3, long: -83.0 }
    const places = [
      { id: 'far', lat: 42.31, long: -83.0 },
      { id: 'near', lat: 42.3001, long: -83.0 },
      { id: 'mid', lat: 42.302, long: -83.0 },
    ]
    expect(nearest(point, places, 2).map((n) => n.candidate.id)).toEqual(['near', 'mid'])
  })
})

describe('reading a location', () => {
  it('accepts numbers and numeric strings', () => {
    expect(readLatLong('42.3149', '-83.0364')).toEqual({ lat: 42.3149, long: -83.0364 })
  })

  it.each([
    ['x', '-83', 'lat'],
    [95, '-83', 'lat'],
    ['42', '', 'long'],
    ['42', 200, 'long'],
  ])('names the bad field (%s, %s)', (lat, long, field) => {
    try {
      readLatLong(lat, long)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(LocationError)
      expect((error as LocationError).field).toBe(field)
    }
  })
})

describe('suggestions', () => {
  it('measures spelling distance', () => {
    expect(editDistance('ouelette avenue', 'ouellette avenue')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('suggests streets spelled nearly the same, closest first', () => {
    const streets = ['ouellette avenue', 'main street', 'maine street', 'erie street']
    expect(similarStreets('ouelete avenue', streets)).toEqual(['ouellette avenue'])
    expect(similarStreets('mian street', streets)).toEqual(['main street', 'maine street'])
    expect(similarStreets('zzz', streets)).toEqual([])
  })

  it('suggests the civic numbers either side of a missing one', () => {
    expect(nearestNumbers('125', ['101', '123', '127', '131', '123'])).toEqual([
      '123',
      '127',
      '131',
    ])
    expect(nearestNumbers('4', ['2A', '2', '6'], 2)).toEqual(['2', '2A'])
  })
})

describe('a stored ward geometry', () => {
  const square = [
    [
      [-80, 43],
      [-79, 43],
      [-79, 44],
      [-80, 43],
    ],
  ]
  it.each([
    ['a Polygon', { type: 'Polygon', coordinates: square }, 'Polygon'],
    ['a MultiPolygon', { type: 'MultiPolygon', coordinates: [square, square] }, 'MultiPolygon'],
    ['the same as JSON text', JSON.stringify({ type: 'Polygon', coordinates: square }), 'Polygon'],
  ])('reads %s', (_label, stored, type) => {
    expect(asAreaGeometry(stored)?.type).toBe(type)
  })

  it.each([
    ['nothing', null],
    ['a Point', { type: 'Point', coordinates: [-80, 43] }],
    ['a Polygon of text', { type: 'Polygon', coordinates: [[['-80', '43']]] }],
    ['a MultiPolygon given as a Polygon', { type: 'MultiPolygon', coordinates: square }],
    ['broken JSON', '{"type":'],
    ['a position of one number', { type: 'Polygon', coordinates: [[[-80]]] }],
  ])('refuses %s', (_label, stored) => {
    expect(asAreaGeometry(stored)).toBeNull()
  })
})
