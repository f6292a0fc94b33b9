import { describe, expect, it } from 'vitest'

import { localInstant } from '../../core/businessDays'
import { digestDue, readFrequency } from './digest'

const iso = (d: Date) => d.toISOString()

describe('when a digest is due, and what it covers', () => {
  it('daily: 07:00 Toronto time, covering the 24 hours before', () => {
    // Monday 7 December 2026, 07:00 EST is 12:00 UTC.
    const at = digestDue('daily', new Date('2026-12-07T12:00:00Z'))
    expect(at.key).toBe('daily:2026-12-07')
    expect(iso(at.dueAt)).toBe('2026-12-07T12:00:00.000Z')
    expect(iso(at.since)).toBe('2026-12-06T12:00:00.000Z')
  })

  it("daily, before 07:00: still the day before's digest", () => {
    const at = digestDue('daily', new Date('2026-12-07T11:59:59Z'))
    expect(at.key).toBe('daily:2026-12-06')
    // Late evening in Toronto is the next day in UTC: the City's date counts.
    expect(digestDue('daily', new Date('2026-12-08T04:30:00Z')).key).toBe('daily:2026-12-07')
  })

  it('weekly: Monday 07:00, covering the week before, whatever day it is now', () => {
    for (const now of ['2026-12-07T12:00:00Z', '2026-12-10T18:00:00Z', '2026-12-14T11:59:00Z']) {
      const at = digestDue('weekly', new Date(now))
      expect(at.key).toBe('weekly:2026-12-07')
      expect(iso(at.dueAt)).toBe('2026-12-07T12:00:00.000Z')
      expect(iso(at.since)).toBe('2026-11-30T12:00:00.000Z')
    }
    expect(digestDue('weekly', new Date('2026-12-14T12:00:00Z')).key).toBe('weekly:2026-12-14')
  })

  it('keeps 07:00 local across the changes of clock (the period is 23 or 25 hours)', () => {
    // Clocks go forward on Sunday 8 March 2026 and back on Sunday 1 November 2026.
    const spring = digestDue('daily', new Date('2026-03-08T11:00:00Z'))
    expect(iso(spring.dueAt)).toBe('2026-03-08T11:00:00.000Z')
    expect(iso(spring.since)).toBe('2026-03-07T12:00:00.000Z')
    const autumn = digestDue('daily', new Date('2026-11-01T12:00:00Z'))
    expect(iso(autumn.dueAt)).toBe('2026-11-01T12:00:00.000Z')
    expect(iso(autumn.since)).toBe('2026-10-31T11:00:00.000Z')
  })

  it('one key per period, the same in every process that asks during it', () => {
    const keys = new Set(
      Array.from({ length: 24 }, (_, h) =>
        digestDue('daily', new Date(Date.UTC(2026, 11, 7, 12 + h, 30))),
      ).map((p) => p.key),
    )
    expect([...keys]).toEqual(['daily:2026-12-07'])
  })
})

describe('a wall-clock time in Toronto as an instant', () => {
  it('uses the offset of that day', () => {
    expect(iso(localInstant('2026-01-15', 7))).toBe('2026-01-15T12:00:00.000Z')
    expect(iso(localInstant('2026-07-15', 7, 30))).toBe('2026-07-15T11:30:00.000Z')
  })
})

describe('a frequency from the API', () => {
  it('defaults to immediate, takes the three, and names the field otherwise', () => {
    expect(readFrequency(undefined)).toBe('immediate')
    expect(readFrequency('')).toBe('immediate')
    expect(readFrequency('weekly')).toBe('weekly')
    expect(() => readFrequency('hourly')).toThrow(/`frequency` is immediate, daily or weekly/)
    expect(() => readFrequency(7, 'subscriptions.frequency')).toThrow(/subscriptions\.frequency/)
  })
})
