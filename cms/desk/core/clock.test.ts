import { describe, expect, it } from 'vitest'

import { DEFAULT_CALENDAR, endOfDay } from '../../core/businessDays'
import { metStandard, replyDue, STANDARD_DAYS } from './clock'
import { RuleError } from '../../core/ruleError'
import { type CaseClock, isOverdue, nextClock } from './lifecycle'

const toronto = (local: string) => new Date(`${local}-05:00`)
const calendar = DEFAULT_CALENDAR
const withClosure = { ...DEFAULT_CALENDAR, closures: [{ date: '2026-12-30', reason: 'Ice storm' }] }

describe('the standard: written 3 business days, telephone 2', () => {
  it.each([
    // received (Toronto)      channel    due (end of that Toronto day)
    ['2026-12-01T10:00', 'web', '2026-12-04'], // Tuesday: Wed, Thu, Fri
    ['2026-12-01T10:00', 'phone', '2026-12-03'],
    ['2026-12-04T16:00', 'email', '2026-12-09'], // Friday: the weekend does not count
    ['2026-12-04T16:00', 'phone', '2026-12-08'],
    ['2026-12-05T09:00', 'letter', '2026-12-09'], // arrived on a Saturday
    ['2026-12-04T23:30', 'web', '2026-12-09'], // 23:30 in Toronto is still Friday (04:30 UTC Saturday)
    ['2026-12-24T10:00', 'web', '2026-12-31'], // Christmas, Boxing Day observed on Monday the 28th
    ['2026-12-24T10:00', 'phone', '2026-12-30'],
    ['2026-12-24T10:00', 'counter', '2026-12-30'], // a visit is spoken, like a call
    ['2026-07-31T12:00', 'web', '2026-08-06'], // Civic Holiday, Monday August 3 (summer time)
  ] as const)('%s on %s is due by the end of %s', (received, channel, due) => {
    expect(replyDue(channel, toronto(received), calendar)).toEqual(endOfDay(due))
  })

  it('skips a closure day staff entered', () => {
    expect(replyDue('web', toronto('2026-12-24T10:00'), withClosure)).toEqual(
      endOfDay('2027-01-04'),
    )
    expect(replyDue('phone', toronto('2026-12-24T10:00'), withClosure)).toEqual(
      endOfDay('2026-12-31'),
    )
  })

  it('names every channel', () => {
    expect(Object.keys(STANDARD_DAYS).sort()).toEqual(
      ['counter', 'email', 'letter', 'phone', 'web'].sort(),
    )
  })

  it('a reply at the last millisecond is on time; one after it is late', () => {
    const due = endOfDay('2026-12-04')
    expect(metStandard(due, due)).toBe(true)
    expect(metStandard(due, new Date(due.getTime() + 1))).toBe(false)
  })
})

const fresh = (over: Partial<CaseClock> = {}): CaseClock => ({
  state: 'new',
  channel: 'web',
  assignee: null,
  responseDueAt: null,
  firstRespondedAt: null,
  standardMet: null,
  lastCustomerMessageAt: null,
  ...over,
})

describe('the case lifecycle', () => {
  const opened = nextClock(fresh(), { type: 'opened', at: toronto('2026-12-01T10:00'), calendar })

  it('opens new with its due time; assigned when someone is named', () => {
    expect(opened).toMatchObject({ state: 'new', responseDueAt: endOfDay('2026-12-04') })
    const withAgent = nextClock(fresh(), {
      type: 'opened',
      at: toronto('2026-12-01T10:00'),
      calendar,
      assignee: 7,
    })
    expect(withAgent.state).toBe('assigned')
  })

  it('a reply in time meets the standard and stops the clock', () => {
    const replied = nextClock(opened, {
      type: 'replied',
      at: toronto('2026-12-03T09:00'),
      awaitCustomer: false,
    })
    expect(replied).toMatchObject({ state: 'answered', standardMet: true })
    expect(isOverdue(replied, toronto('2026-12-10T09:00'))).toBe(false)
  })

  it('a late first reply misses it, and a later reply does not change that', () => {
    const late = nextClock(opened, {
      type: 'replied',
      at: toronto('2026-12-07T09:00'),
      awaitCustomer: true,
    })
    expect(late).toMatchObject({ state: 'waiting-on-customer', standardMet: false })
    const again = nextClock(late, {
      type: 'replied',
      at: toronto('2026-12-07T10:00'),
      awaitCustomer: false,
    })
    expect(again.standardMet).toBe(false)
    expect(again.firstRespondedAt).toEqual(toronto('2026-12-07T09:00'))
  })

  it('waiting on the customer never runs the clock; their answer starts a new one', () => {
    const asked = nextClock(opened, {
      type: 'replied',
      at: toronto('2026-12-02T09:00'),
      awaitCustomer: true,
    })
    expect(isOverdue(asked, toronto('2026-12-31T09:00'))).toBe(false)
    const answered = nextClock(asked, {
      type: 'customer-wrote',
      at: toronto('2026-12-18T15:00'),
      calendar,
    })
    expect(answered).toMatchObject({ state: 'new', responseDueAt: endOfDay('2026-12-23') })
    expect(isOverdue(answered, toronto('2026-12-24T09:00'))).toBe(true)
    expect(answered.standardMet).toBe(true)
  })

  it('after a reply, the customer’s next message is owed a reply by the next-reply target', () => {
    const asked = nextClock(opened, {
      type: 'replied',
      at: toronto('2026-12-02T09:00'),
      awaitCustomer: true,
    })
    // Friday afternoon; 1 business day: Monday's end (the standard's 3 would be Wednesday).
    const answered = nextClock(asked, {
      type: 'customer-wrote',
      at: toronto('2026-12-18T15:00'),
      calendar,
      nextReplyDays: 1,
    })
    expect(answered.responseDueAt).toEqual(endOfDay('2026-12-21'))
    // Before any reply the standard stands, whatever the target says.
    const unanswered = nextClock(
      { ...opened, state: 'waiting-on-customer' },
      {
        type: 'customer-wrote',
        at: toronto('2026-12-18T15:00'),
        calendar,
        nextReplyDays: 1,
      },
    )
    expect(unanswered.responseDueAt).toEqual(endOfDay('2026-12-23'))
  })

  it('a second message while a reply is owed keeps the first due time', () => {
    const more = nextClock(opened, {
      type: 'customer-wrote',
      at: toronto('2026-12-03T09:00'),
      calendar,
    })
    expect(more.responseDueAt).toEqual(endOfDay('2026-12-04'))
  })

  it('assigning moves new to assigned and back when unassigned', () => {
    const assigned = nextClock(opened, { type: 'assigned', assignee: 3 })
    expect(assigned.state).toBe('assigned')
    expect(nextClock(assigned, { type: 'assigned', assignee: null }).state).toBe('new')
  })

  it('refuses a reply, an assignment or a second close on a closed case; reopens with a new clock', () => {
    const closed = nextClock(opened, { type: 'closed', at: toronto('2026-12-02T09:00') })
    expect(() =>
      nextClock(closed, { type: 'replied', at: new Date(), awaitCustomer: false }),
    ).toThrow(RuleError)
    expect(() => nextClock(closed, { type: 'assigned', assignee: 1 })).toThrow(/Reopen/)
    expect(() => nextClock(closed, { type: 'closed', at: new Date() })).toThrow(/already closed/)
    expect(() => nextClock(opened, { type: 'reopened', at: new Date(), calendar })).toThrow(
      /Only a closed case/,
    )
    const reopened = nextClock(closed, {
      type: 'reopened',
      at: toronto('2026-12-07T09:00'),
      calendar,
    })
    expect(reopened).toMatchObject({ state: 'new', responseDueAt: endOfDay('2026-12-10') })
  })

  it('a customer writing to a closed case reopens it', () => {
    const closed = nextClock(opened, { type: 'closed', at: toronto('2026-12-02T09:00') })
    const back = nextClock(closed, {
      type: 'customer-wrote',
      at: toronto('2026-12-07T09:00'),
      calendar,
    })
    expect(back).toMatchObject({ state: 'new', responseDueAt: endOfDay('2026-12-10') })
  })
})
