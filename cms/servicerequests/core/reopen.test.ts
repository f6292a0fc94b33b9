import { describe, expect, it } from 'vitest'

import { REOPEN_DAYS, reopenDecision, reopenUntil } from './reopen'

const now = new Date('2026-12-07T15:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

describe('“still not fixed” on a request', () => {
  it('reopens the request itself within 30 days of its closing, the first time', () => {
    expect(reopenDecision({ status: 'closed', closedAt: daysAgo(1) }, now)).toEqual({
      kind: 'reopen',
    })
    expect(reopenDecision({ status: 'closed', closedAt: daysAgo(30) }, now).kind).toBe('reopen')
  })

  it('opens a new linked request after 30 days', () => {
    expect(reopenDecision({ status: 'closed', closedAt: daysAgo(30.01) }, now)).toEqual({
      kind: 'new-request',
      why: 'too-late',
    })
  })

  it('opens a new linked request on a second reopen, however soon', () => {
    expect(
      reopenDecision({ status: 'closed', closedAt: daysAgo(0.1), reopenCount: 1 }, now),
    ).toEqual({ kind: 'new-request', why: 'reopened-before' })
  })

  it('treats a closing without a date as long ago', () => {
    expect(reopenDecision({ status: 'closed', closedAt: null }, now).kind).toBe('new-request')
  })

  it('sends a duplicate’s reporter to the request it was merged into', () => {
    expect(
      reopenDecision(
        { status: 'closed', closedAt: daysAgo(1), closingReason: 'duplicate', mergedInto: 42 },
        now,
      ),
    ).toEqual({ kind: 'merged', into: 42 })
  })

  it('has nothing to reopen on an open request', () => {
    expect(reopenDecision({ status: 'open', closedAt: null }, now)).toEqual({ kind: 'open' })
  })

  it('says until when the link reopens the request itself', () => {
    expect(reopenUntil('2026-12-01T10:00:00Z').toISOString()).toBe(
      new Date(Date.parse('2026-12-01T10:00:00Z') + REOPEN_DAYS * 86_400_000).toISOString(),
    )
  })
})
