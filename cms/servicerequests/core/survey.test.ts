import { describe, expect, it } from 'vitest'

import { readStillFixed, STILL_FIXED_AFTER_DAYS, stillFixedWindow } from './survey'
import { REOPEN_DAYS } from './reopen'

describe('“is it still fixed?”', () => {
  it('asks about the closings of 28 to 35 days ago', () => {
    const now = new Date('2026-12-07T12:00:00Z')
    const { from, to } = stillFixedWindow(now)
    expect(to.toISOString()).toBe('2026-11-09T12:00:00.000Z')
    expect(from.toISOString()).toBe('2026-11-02T12:00:00.000Z')
  })

  it('asks before the 30 days in which “no” reopens the request itself', () => {
    expect(STILL_FIXED_AFTER_DAYS).toBeLessThan(REOPEN_DAYS)
  })

  it('reads yes, and no with the words of what is wrong', () => {
    expect(readStillFixed({ answer: 'yes', comment: 'ignored' })).toEqual({ kind: 'yes' })
    expect(readStillFixed({ answer: 'no', comment: '  Back again. ' })).toEqual({
      kind: 'no',
      comment: 'Back again.',
    })
  })

  it('refuses no answer, another answer, and a “no” without words', () => {
    expect(readStillFixed({})).toEqual({ kind: 'invalid', field: 'answer' })
    expect(readStillFixed({ answer: 'maybe' })).toEqual({ kind: 'invalid', field: 'answer' })
    expect(readStillFixed({ answer: 'no', comment: '   ' })).toEqual({
      kind: 'invalid',
      field: 'comment',
    })
  })
})
