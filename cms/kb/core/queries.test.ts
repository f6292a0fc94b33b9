import { describe, expect, it } from 'vitest'

import { isStale, scrubQuery } from './queries'

describe('a search without an answer, as it is kept', () => {
  it('blanks email addresses and numbers of three digits or more', () => {
    expect(scrubQuery('  Jane.Doe@example.ca   water BILL 519-555-0123 ')).toBe(
      '[email] water bill #',
    )
    expect(scrubQuery('garbage at 1234 Main')).toBe('garbage at # main')
    expect(scrubQuery('account 12 34 56')).toBe('account #')
    expect(scrubQuery('ward 3 recycling')).toBe('ward 3 recycling')
  })

  it('is at most 100 characters', () => {
    expect(scrubQuery('a'.repeat(300))).toHaveLength(100)
  })
})

describe('stale articles', () => {
  const now = new Date('2026-12-02T15:00:00Z')
  it('are past their review-by date; the date itself is not past', () => {
    expect(isStale('2026-11-30T15:00:00Z', now)).toBe(true)
    expect(isStale('2026-12-02T14:00:00Z', now)).toBe(false)
    expect(isStale('2027-01-01T00:00:00Z', now)).toBe(false)
    expect(isStale(null, now)).toBe(false)
    expect(isStale('not a date', now)).toBe(false)
  })
})
