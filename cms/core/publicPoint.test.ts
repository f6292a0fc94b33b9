import { describe, expect, it } from 'vitest'

import { publicCoordinate } from './publicPoint'

describe('a reported place, public', () => {
  it('is rounded to 4 decimals (about 10 m)', () => {
    expect(publicCoordinate(42.3149367)).toBe(42.3149)
    expect(publicCoordinate(-83.0363637)).toBe(-83.0364)
    expect(publicCoordinate(null)).toBeNull()
    expect(publicCoordinate(Number.NaN)).toBeNull()
  })
})
