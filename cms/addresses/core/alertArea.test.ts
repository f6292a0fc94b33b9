import { describe, expect, it } from 'vitest'

import { rectangle } from './geo'
import { alertAreaOf, capPolygonsOf } from './alertArea'
import { parsePolygon } from './capShapes'

const SQUARE = '45.0,-75.0 45.0,-74.9 45.1,-74.9 45.1,-75.0 45.0,-75.0'

describe('the ground a bulletin covers', () => {
  it('is the whole city without areas, or when one area has no shape and no ward', () => {
    expect(alertAreaOf([])).toEqual({ polygons: [], circles: [], wards: [] })
    expect(alertAreaOf(null)).toEqual({ polygons: [], circles: [], wards: [] })
    expect(alertAreaOf([{ wards: [2] }, { polygons: [], circles: [] }])).toEqual({
      polygons: [],
      circles: [],
      wards: [],
    })
  })

  it('joins the polygons, circles and wards of every area; wards once, in order', () => {
    const area = alertAreaOf([
      { polygons: [{ polygon: SQUARE }], wards: [5, '2'] },
      { circles: [{ circle: '45.05,-74.95 1.5' }], wards: [2] },
    ])
    expect(area.polygons).toHaveLength(1)
    expect(area.polygons[0]![1]).toEqual({ lat: 45, lon: -74.9 })
    expect(area.circles).toEqual([{ centre: { lat: 45.05, lon: -74.95 }, radiusKm: 1.5 }])
    expect(area.wards).toEqual([2, 5])
  })

  it('treats an area whose only shape does not parse as the whole city (more people, never fewer)', () => {
    expect(alertAreaOf([{ polygons: [{ polygon: '45,-75 46,-75' }] }]).polygons).toEqual([])
    expect(alertAreaOf([{ wards: ['two'] }]).wards).toEqual([])
  })
})

describe("a ward's ground as CAP polygons", () => {
  it('gives the outer ring of a polygon as closed "lat,lon" pairs that CAP parses', () => {
    const [polygon, ...rest] = capPolygonsOf(rectangle(-75.7, 45.4, -75.6, 45.5))
    expect(rest).toEqual([])
    expect(polygon!.split(' ')[0]).toBe('45.4,-75.7')
    expect(parsePolygon(polygon!).ok).toBe(true)
  })

  it('gives one polygon per part of a multipolygon, leaves holes out, closes open rings', () => {
    const polygons = capPolygonsOf({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [-75, 45],
            [-74.9, 45],
            [-74.9, 45.1],
          ],
          [
            [-74.99, 45.01],
            [-74.98, 45.01],
            [-74.98, 45.02],
            [-74.99, 45.01],
          ],
        ],
        [
          [
            [-74, 45],
            [-73.9, 45],
            [-73.9, 45.1],
            [-74, 45],
          ],
        ],
      ],
    })
    expect(polygons).toEqual([
      '45,-75 45,-74.9 45.1,-74.9 45,-75',
      '45,-74 45,-73.9 45.1,-73.9 45,-74',
    ])
  })

  it('rounds to six decimals and skips a degenerate ring', () => {
    expect(
      capPolygonsOf({
        type: 'Polygon',
        coordinates: [
          [
            [-75.1234567, 45.7654321],
            [-75, 45],
            [-75.1234567, 45.7654321],
          ],
        ],
      }),
    ).toEqual([])
    expect(
      capPolygonsOf({
        type: 'Polygon',
        coordinates: [
          [
            [-75.1234567, 45.7654321],
            [-75, 45],
            [-75, 46],
            [-75.1234567, 45.7654321],
          ],
        ],
      })[0],
    ).toBe('45.765432,-75.123457 45,-75 46,-75 45.765432,-75.123457')
  })
})
