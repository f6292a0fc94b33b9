import { describe, expect, it } from 'vitest'

import { parseCircle, parsePolygon } from './capShapes'

describe('parsePolygon', () => {
  it('reads a closed ring of lat,lon pairs', () => {
    const result = parsePolygon('42.3,-83.1 42.4,-83.1 42.4,-82.9 42.3,-83.1')
    expect(result).toEqual({
      ok: true,
      value: [
        { lat: 42.3, lon: -83.1 },
        { lat: 42.4, lon: -83.1 },
        { lat: 42.4, lon: -82.9 },
        { lat: 42.3, lon: -83.1 },
      ],
    })
  })

  it('accepts line breaks and extra spaces between points', () => {
    expect(parsePolygon('  42.3,-83.1\n42.4,-83.1   42.4,-82.9\n42.3,-83.1 ').ok).toBe(true)
  })

  it.each([
    ['42.3,-83.1 42.4,-83.1 42.3,-83.1', /at least 4 points.*has 3/],
    ['', /has 0/],
    ['42.3,-83.1 42.4,-83.1 42.4,-82.9 42.5,-83.1', /not closed/],
    [
      '42.3,-83.1 42.4;-83.1 42.4,-82.9 42.3,-83.1',
      /point 2 \("42.4;-83.1"\) is not "latitude,longitude"/,
    ],
    ['42.3,-83.1 91,-83.1 42.4,-82.9 42.3,-83.1', /point 2 has latitude 91, outside -90 to 90/],
    ['42.3,-83.1 42.4,-181 42.4,-82.9 42.3,-83.1', /longitude -181, outside -180 to 180/],
    ['42.3,-83.1,0 42.4,-83.1 42.4,-82.9 42.3,-83.1', /point 1/],
    ['a,b c,d e,f a,b', /point 1/],
  ])('refuses %j', (text, message) => {
    const result = parsePolygon(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })

  it('accepts the extremes of the coordinate ranges', () => {
    expect(parsePolygon('-90,-180 90,-180 90,180 -90,-180').ok).toBe(true)
  })
})

describe('parseCircle', () => {
  it('reads centre and radius in kilometres', () => {
    expect(parseCircle('42.3149,-83.0364 15')).toEqual({
      ok: true,
      value: { centre: { lat: 42.3149, lon: -83.0364 }, radiusKm: 15 },
    })
    expect(parseCircle('42.3,-83 0').ok).toBe(true)
  })

  it.each([
    ['42.3,-83.0', /"latitude,longitude radius"/],
    ['42.3,-83.0 5 km', /"latitude,longitude radius"/],
    ['95,-83.0 5', /the centre has latitude 95/],
    ['42.3,-83.0 -5', /radius "-5" must be a number of kilometres/],
    ['42.3,-83.0 five', /radius "five"/],
  ])('refuses %j', (text, message) => {
    const result = parseCircle(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })
})
