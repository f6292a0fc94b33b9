import { describe, expect, it } from 'vitest'

import { offsetDateTime } from './offsetDateTime'

describe('offsetDateTime', () => {
  it('writes Toronto time with its winter and summer offsets', () => {
    expect(offsetDateTime(new Date('2026-12-07T14:30:00Z'), 'America/Toronto')).toBe(
      '2026-12-07T09:30:00-05:00',
    )
    expect(offsetDateTime(new Date('2026-07-01T14:30:00Z'), 'America/Toronto')).toBe(
      '2026-07-01T10:30:00-04:00',
    )
  })

  it('keeps each zone its own, however the calls interleave (one formatter per zone)', () => {
    const instant = new Date('2026-03-01T12:00:00Z')
    const zones = ['America/Toronto', 'Asia/Kolkata', 'America/St_Johns', 'UTC']
    const expected = [
      '2026-03-01T07:00:00-05:00',
      '2026-03-01T17:30:00+05:30',
      '2026-03-01T08:30:00-03:30',
      '2026-03-01T12:00:00+00:00',
    ]
    for (let round = 0; round < 3; round += 1)
      zones.forEach((zone, i) => expect(offsetDateTime(instant, zone)).toBe(expected[i]))
  })

  it('writes midnight as 00, drops fractions of a second, and follows the change of offset', () => {
    expect(offsetDateTime(new Date('2026-12-07T05:00:00.999Z'), 'America/Toronto')).toBe(
      '2026-12-07T00:00:00-05:00',
    )
    // 8 March 2026, 02:00 in Toronto: clocks go forward; a second before and the instant after.
    expect(offsetDateTime(new Date('2026-03-08T06:59:59Z'), 'America/Toronto')).toBe(
      '2026-03-08T01:59:59-05:00',
    )
    expect(offsetDateTime(new Date('2026-03-08T07:00:00Z'), 'America/Toronto')).toBe(
      '2026-03-08T03:00:00-04:00',
    )
  })

  it('refuses an invalid date', () => {
    expect(() => offsetDateTime(new Date('not a date'), 'America/Toronto')).toThrow(/invalid date/)
  })
})
