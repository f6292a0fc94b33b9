import { describe, expect, it } from 'vitest'

import { type MergeClock, mergedClock, mergeProblem, samePerson } from './merge'

const at = (iso: string) => new Date(iso)
const clock = (over: Partial<MergeClock>): MergeClock => ({
  state: 'new',
  assignee: null,
  receivedAt: at('2026-12-01T14:00:00Z'),
  firstResponseDueAt: at('2026-12-04T04:59:59Z'),
  responseDueAt: at('2026-12-04T04:59:59Z'),
  firstRespondedAt: null,
  lastCustomerMessageAt: at('2026-12-01T14:00:00Z'),
  ...over,
})

describe('the clock a merged case keeps', () => {
  it('keeps the earliest promise: arrival, first-reply due and the running reply due', () => {
    const form = clock({})
    const email = clock({
      receivedAt: at('2026-12-02T15:00:00Z'),
      firstResponseDueAt: at('2026-12-05T04:59:59Z'),
      responseDueAt: at('2026-12-05T04:59:59Z'),
      lastCustomerMessageAt: at('2026-12-02T15:00:00Z'),
      assignee: 4,
    })
    // The later case survives; the earlier one's clock is kept.
    expect(mergedClock(email, [form])).toEqual({
      state: 'assigned',
      assignee: 4,
      receivedAt: at('2026-12-01T14:00:00Z'),
      firstResponseDueAt: at('2026-12-04T04:59:59Z'),
      responseDueAt: at('2026-12-04T04:59:59Z'),
      firstRespondedAt: null,
      standardMet: null,
      lastCustomerMessageAt: at('2026-12-02T15:00:00Z'),
    })
  })

  it('an answered case merged with one still owed owes a reply by the owed one’s due time', () => {
    const answered = clock({
      state: 'answered',
      firstRespondedAt: at('2026-12-02T16:00:00Z'),
      responseDueAt: at('2026-12-04T04:59:59Z'),
    })
    const owed = clock({
      receivedAt: at('2026-12-03T10:00:00Z'),
      firstResponseDueAt: at('2026-12-08T04:59:59Z'),
      responseDueAt: at('2026-12-08T04:59:59Z'),
      lastCustomerMessageAt: at('2026-12-03T10:00:00Z'),
    })
    const merged = mergedClock(answered, [owed])
    expect(merged.state).toBe('new')
    expect(merged.responseDueAt).toEqual(at('2026-12-08T04:59:59Z'))
    // The first reply came before the earliest first-reply due time: the standard was kept.
    expect(merged.firstRespondedAt).toEqual(at('2026-12-02T16:00:00Z'))
    expect(merged.standardMet).toBe(true)
  })

  it('with no clock running, the most open state wins and the survivor’s due time stays', () => {
    const waiting = clock({
      state: 'waiting-on-customer',
      responseDueAt: at('2026-12-09T04:59:59Z'),
    })
    const closed = clock({ state: 'closed', firstRespondedAt: at('2026-12-05T12:00:00Z') })
    const merged = mergedClock(closed, [waiting])
    expect(merged.state).toBe('waiting-on-customer')
    expect(merged.responseDueAt).toEqual(closed.responseDueAt)
    // A first reply after the earliest first-reply due time missed the standard.
    expect(merged.standardMet).toBe(false)
  })
})

describe('who may merge', () => {
  const a = { id: 1, reference: 'C-2026-000001', email: 'Robin@Example.ca', phone: null }
  const b = { id: 2, reference: 'C-2026-000002', email: 'robin@example.ca', phone: '519-555-0100' }

  it('the same email in any case, or the same ten-digit phone, is the same person', () => {
    expect(samePerson(a, b)).toBe(true)
    expect(samePerson({ phone: '+1 (519) 555-0100' }, { phone: '519.555.0100' })).toBe(true)
    expect(samePerson({ phone: '555-0100' }, { phone: '555-0100' })).toBe(false)
    expect(samePerson({ email: null }, { email: null })).toBe(false)
    expect(samePerson({ email: 'x@example.ca' }, { email: 'y@example.ca' })).toBe(false)
  })

  it('refuses itself, a case already merged, and two people', () => {
    expect(mergeProblem(a, b)).toBeNull()
    expect(mergeProblem(a, a)).toBe('A case cannot be merged into itself.')
    expect(mergeProblem({ ...a, mergedInto: 9 }, b)).toBe(
      'C-2026-000001 is already merged into another case.',
    )
    expect(mergeProblem(a, { ...b, mergedInto: 9 })).toMatch(/^C-2026-000002 was merged into/)
    expect(mergeProblem(a, { ...b, email: 'other@example.ca', phone: null })).toBe(
      'C-2026-000001 and C-2026-000002 are not from the same person (email or phone): link them instead.',
    )
  })
})
