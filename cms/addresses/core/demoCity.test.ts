import { describe, expect, it } from 'vitest'

import { DEMO_BOUNDS, demoAddresses, demoWards } from './demoCity'
import { wardAt } from './geo'
import { searchKey } from './normalise'

describe('the demo city', () => {
  it('has six wards that tile its bounds', () => {
    const wards = demoWards()
    expect(wards.map((w) => w.name)).toEqual([
      'Ward 1',
      'Ward 2',
      'Ward 3',
      'Ward 4',
      'Ward 5',
      'Ward 6',
    ])
    const centre = {
      lat: (DEMO_BOUNDS.north + DEMO_BOUNDS.south) / 2 + 0.001,
      long: (DEMO_BOUNDS.east + DEMO_BOUNDS.west) / 2,
    }
    expect(wardAt(centre, wards)?.number).toBe(5)
  })

  it.each([3000, 100_000])(
    'has about %i addresses, every one unique and inside a ward',
    (count) => {
      const addresses = demoAddresses(count)
      expect(addresses.length).toBeGreaterThan(count * 0.9)
      expect(addresses.length).toBeLessThan(count * 1.1)
      expect(new Set(addresses.map(searchKey)).size).toBe(addresses.length)
      const wards = demoWards()
      const sample = addresses.filter((_, i) => i % 97 === 0)
      expect(sample.every((a) => wardAt(a, wards) !== null)).toBe(true)
    },
  )

  it('is the same city every time and has a 123 Main Street', () => {
    expect(demoAddresses(500)).toEqual(demoAddresses(500))
    expect(demoAddresses().some((a) => a.number === '123' && a.street === 'Main Street')).toBe(true)
  })
})
