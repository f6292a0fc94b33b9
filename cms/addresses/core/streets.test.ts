import { describe, expect, it } from 'vitest'

import { demoAddresses } from './demoCity'
import { STRETCH_GAP_METRES, streetLines } from './streets'

/** Addresses on both sides of a straight street, in a shuffled order, as a register lists them. */
const sides = (street: string, count: number, at: (i: number) => [number, number]) =>
  Array.from({ length: count }, (_, i) => (i * 7) % count).map((i) => {
    const [lat, long] = at(i)
    // Odd numbers on one side, even on the other: about 15 m apart.
    return { street, lat: lat + (i % 2 ? 0.00007 : -0.00007), long }
  })

describe('streets drawn from the address register', () => {
  it('a straight street of 40 addresses on both sides becomes one line from end to end', () => {
    const main = sides('Main Street', 40, (i) => [42.13, -82.94 + i * 0.0003])
    const [street] = streetLines(main)
    expect(street!.street).toBe('Main Street')
    expect(street!.lines).toHaveLength(1)
    const line = street!.lines[0]!
    expect(line.length).toBeLessThanOrEqual(4)
    const longs = line.map(([long]) => long)
    expect(Math.min(...longs)).toBeCloseTo(-82.94, 5)
    expect(Math.max(...longs)).toBeCloseTo(-82.94 + 39 * 0.0003, 5)
  })

  it('a north-south street is ordered by latitude, and a bend is kept', () => {
    const bent = [
      ...Array.from({ length: 20 }, (_, i) => ({
        street: 'Oak Road',
        lat: 42.1 + i * 0.0004,
        long: -82.9,
      })),
      ...Array.from({ length: 10 }, (_, i) => ({
        street: 'Oak Road',
        lat: 42.1 + 19 * 0.0004,
        long: -82.9 + (i + 1) * 0.0004,
      })),
    ].reverse()
    const line = streetLines(bent)[0]!.lines[0]!
    // The corner stays on the line: it is far more than 25 m from the straight path.
    expect(line).toContainEqual([-82.9, 42.1076])
  })

  it('splits a street where a gap shows two stretches, and drops a lone address', () => {
    const spacing = 0.0003
    const gap = (STRETCH_GAP_METRES + 200) / (111_320 * Math.cos((42.13 * Math.PI) / 180))
    const split = [
      ...sides('Erie Street', 10, (i) => [42.13, -82.94 + i * spacing]),
      ...sides('Erie Street', 10, (i) => [42.13, -82.94 + 9 * spacing + gap + i * spacing]),
      { street: 'Lone Lane', lat: 42.12, long: -82.92 },
    ]
    const streets = streetLines(split)
    expect(streets.map((s) => s.street)).toEqual(['Erie Street'])
    expect(streets[0]!.lines).toHaveLength(2)
  })

  it('draws every street of the demo city, each within its bounds, rounded to 5 decimals', () => {
    const register = demoAddresses()
    const streets = streetLines(register)
    expect(streets.length).toBe(new Set(register.map((a) => a.street)).size)
    const points = streets.flatMap((s) => s.lines.flat())
    expect(points.length).toBeLessThan(register.length / 5)
    for (const [long, lat] of points) {
      expect(Math.round(long * 1e5) / 1e5).toBe(long)
      expect(lat).toBeGreaterThan(42.09)
      expect(lat).toBeLessThan(42.17)
    }
  })

  it('an empty register draws nothing', () => {
    expect(streetLines([])).toEqual([])
  })
})
