import { describe, expect, it } from 'vitest'

import { endOfDay } from '../../core/businessDays'
import { type EscalationFacts, escalationsDue, judgeReply, targetsFor } from './targets'

const t = (local: string) => new Date(`${local}-05:00`)

describe('targets by kind and priority', () => {
  const rules = [
    { priorities: ['urgent' as const], nextReplyDays: 1, resolutionDays: 2 },
    { kinds: ['complaint' as const], resolutionDays: 15 },
  ]
  it('takes the first row that fits, a target it leaves empty from the defaults', () => {
    expect(targetsFor(rules, 'general', 'urgent')).toEqual({ nextReplyDays: 1, resolutionDays: 2 })
    expect(targetsFor(rules, 'complaint', 'urgent')).toEqual({
      nextReplyDays: 1,
      resolutionDays: 2,
    })
    expect(targetsFor(rules, 'complaint', 'normal')).toEqual({
      nextReplyDays: 2,
      resolutionDays: 15,
    })
    expect(targetsFor([], 'media', 'high')).toEqual({ nextReplyDays: 2, resolutionDays: 10 })
  })
})

describe('judging a reply', () => {
  const due = endOfDay('2026-12-04')
  it('the first reply is the standard’s; a next one is met or missed by the running clock', () => {
    expect(
      judgeReply(
        { state: 'new', firstRespondedAt: null, responseDueAt: due },
        t('2026-12-05T09:00'),
      ),
    ).toBe('first')
    const answered = t('2026-12-01T10:00')
    expect(
      judgeReply(
        { state: 'assigned', firstRespondedAt: answered, responseDueAt: due },
        t('2026-12-04T16:00'),
      ),
    ).toBe('next-met')
    expect(
      judgeReply(
        { state: 'new', firstRespondedAt: answered, responseDueAt: due },
        t('2026-12-07T09:00'),
      ),
    ).toBe('next-missed')
    // A further word while nothing was owed counts for neither.
    expect(
      judgeReply(
        { state: 'answered', firstRespondedAt: answered, responseDueAt: due },
        t('2026-12-07T09:00'),
      ),
    ).toBe('unowed')
  })
})

describe('escalation', () => {
  const base: EscalationFacts = {
    state: 'assigned',
    responseDueAt: endOfDay('2026-12-04'),
    resolutionDueAt: endOfDay('2026-12-14'),
    escalatedAt: null,
    headEscalatedAt: null,
    resolutionEscalatedAt: null,
    resolutionHeadEscalatedAt: null,
  }
  const nextDay = (at: Date) => new Date(at.getTime() + 24 * 3_600_000)

  it('a late reply goes to the manager once, then to the head once when it still stands', () => {
    const monday = t('2026-12-07T09:00')
    expect(escalationsDue(base, monday, nextDay)).toEqual([
      { breach: 'reply', to: 'manager', dueAt: base.responseDueAt },
    ])
    const told = { ...base, escalatedAt: monday }
    expect(escalationsDue(told, t('2026-12-07T15:00'), nextDay)).toEqual([])
    expect(escalationsDue(told, t('2026-12-08T09:30'), nextDay)).toEqual([
      { breach: 'reply', to: 'head', dueAt: base.responseDueAt },
    ])
    expect(
      escalationsDue(
        { ...told, headEscalatedAt: t('2026-12-08T09:30') },
        t('2026-12-09T09:00'),
        nextDay,
      ),
    ).toEqual([])
  })

  it('a new due time (the customer wrote again) escalates afresh; a reply stops it', () => {
    const again = {
      ...base,
      responseDueAt: endOfDay('2026-12-09'),
      escalatedAt: t('2026-12-07T09:00'),
      headEscalatedAt: t('2026-12-08T09:30'),
    }
    expect(escalationsDue(again, t('2026-12-10T09:00'), nextDay)).toEqual([
      { breach: 'reply', to: 'manager', dueAt: again.responseDueAt },
    ])
    expect(escalationsDue({ ...again, state: 'answered' }, t('2026-12-10T09:00'), nextDay)).toEqual(
      [],
    )
  })

  it('an open case past its resolution target goes up once each; a closed one never', () => {
    const late = { ...base, state: 'waiting-on-customer' as const }
    expect(escalationsDue(late, t('2026-12-15T09:00'), nextDay)).toEqual([
      { breach: 'resolution', to: 'manager', dueAt: base.resolutionDueAt },
    ])
    const told = { ...late, resolutionEscalatedAt: t('2026-12-15T09:00') }
    expect(escalationsDue(told, t('2026-12-16T10:00'), nextDay)).toEqual([
      { breach: 'resolution', to: 'head', dueAt: base.resolutionDueAt },
    ])
    expect(escalationsDue({ ...late, state: 'closed' }, t('2026-12-20T09:00'), nextDay)).toEqual([])
  })
})
