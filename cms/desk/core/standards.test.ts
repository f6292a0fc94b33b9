import { describe, expect, it } from 'vitest'

import { endOfDay } from '../../core/businessDays'
import {
  type CaseFacts,
  median,
  monthRange,
  outcomeOf,
  resolutionOf,
  standardsCsv,
  standardsReport,
} from './standards'

const t = (local: string) => new Date(`${local}-05:00`)
const base: CaseFacts = {
  receivedAt: t('2026-12-01T10:00'),
  channel: 'web',
  department: 'Roads',
  firstDueAt: endOfDay('2026-12-04'),
  firstRespondedAt: null,
  closedAt: null,
  satisfaction: null,
}
const now = t('2026-12-10T12:00')

describe('a case’s outcome', () => {
  it.each([
    [{ firstRespondedAt: t('2026-12-02T10:00') }, 'met'],
    [{ firstRespondedAt: t('2026-12-07T10:00') }, 'missed'],
    [{}, 'missed'], // due passed, no reply
    [{ firstDueAt: endOfDay('2026-12-15') }, 'pending'],
    [{ closedAt: t('2026-12-02T10:00') }, 'not-applicable'],
    [{ closedAt: t('2026-12-08T10:00') }, 'missed'],
  ] as const)('%o is %s', (over, outcome) => {
    expect(outcomeOf({ ...base, ...over }, now)).toBe(outcome)
  })
})

describe('the standards report', () => {
  const cases: CaseFacts[] = [
    { ...base, firstRespondedAt: t('2026-12-01T12:00'), satisfaction: 5 },
    { ...base, firstRespondedAt: t('2026-12-01T14:00'), satisfaction: 2 },
    { ...base, firstRespondedAt: t('2026-12-08T10:00') }, // late
    {
      ...base,
      channel: 'phone',
      firstDueAt: endOfDay('2026-12-03'),
      firstRespondedAt: t('2026-12-01T11:00'),
    },
    {
      ...base,
      department: 'Parks',
      receivedAt: t('2026-11-30T23:30'),
      firstRespondedAt: t('2026-12-01T10:00'),
    },
    { ...base, receivedAt: t('2026-12-31T23:59') }, // outside the range
  ]
  const report = standardsReport(cases, { from: '2026-11-01', to: '2026-12-30' }, now)

  it('groups by month, channel and department', () => {
    expect(report.rows.map((r) => [r.month, r.channel, r.department, r.received])).toEqual([
      ['2026-11', 'web', 'Parks', 1],
      ['2026-12', 'phone', 'Roads', 1],
      ['2026-12', 'web', 'Roads', 3],
    ])
  })

  it('counts met and missed, the percentage and the median time to first reply', () => {
    const web = report.rows[2]!
    expect(web).toMatchObject({ met: 2, missed: 1, pending: 0, percentMet: 66.7 })
    expect(web.medianHoursToFirstReply).toBe(4) // 2 h, 4 h, 168 h
    expect(web.satisfactionAverage).toBe(3.5)
    expect(web.satisfactionResponses).toBe(2)
    expect(report.total).toMatchObject({ received: 5, met: 4, missed: 1, percentMet: 80 })
  })

  it('has a channel total per month', () => {
    expect(report.byChannel.map((r) => [r.month, r.channel, r.received])).toEqual([
      ['2026-11', 'web', 1],
      ['2026-12', 'phone', 1],
      ['2026-12', 'web', 3],
    ])
  })

  it('leaves the percentage empty while nothing is decided', () => {
    const pending = standardsReport(
      [{ ...base, firstDueAt: endOfDay('2026-12-31') }],
      { from: '2026-12-01', to: '2026-12-31' },
      now,
    )
    expect(pending.total).toMatchObject({
      pending: 1,
      percentMet: null,
      medianHoursToFirstReply: null,
    })
  })

  it('writes CSV a spreadsheet opens safely', () => {
    const csv = standardsCsv(
      standardsReport(
        [{ ...base, department: '=HYPERLINK("x")' }],
        { from: '2026-12-01', to: '2026-12-31' },
        now,
      ),
    )
    const lines = csv.trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      'month,channel,department,received,met,missed,pending,notApplicable,percentMet,medianHoursToFirstReply,satisfactionAverage,satisfactionResponses,nextRepliesMet,nextRepliesMissed,percentNextReplyMet,resolvedMet,resolvedMissed,resolutionPending,percentResolvedMet',
    )
    expect(lines[1]).toBe(`2026-12,web,"'=HYPERLINK(""x"")",1,0,1,0,0,0,,,0,0,0,,0,0,0,`)
    expect(lines).toHaveLength(4)
  })

  it('medians and month ranges', () => {
    expect(median([])).toBeNull()
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(monthRange('2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(monthRange('2028-02-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
  })
})

describe('the targets beyond the first reply', () => {
  it.each([
    [{ resolutionDueAt: endOfDay('2026-12-15') }, 'pending'],
    [{ resolutionDueAt: endOfDay('2026-12-08') }, 'missed'], // still open past it
    [{ resolutionDueAt: endOfDay('2026-12-08'), closedAt: t('2026-12-08T16:00') }, 'met'],
    [{ resolutionDueAt: endOfDay('2026-12-08'), closedAt: t('2026-12-09T08:00') }, 'missed'],
    [{}, null], // opened before targets existed
  ] as const)('resolution of %o is %s', (over, outcome) => {
    expect(resolutionOf({ ...base, ...over }, now)).toBe(outcome)
  })

  it('counts next replies (an owed one already late as a breach) and resolutions, with rates', () => {
    const report = standardsReport(
      [
        {
          ...base,
          nextRepliesMet: 2,
          nextRepliesMissed: 1,
          resolutionDueAt: endOfDay('2026-12-08'),
        },
        {
          ...base,
          nextRepliesMet: 1,
          nextReplyOverdue: true,
          resolutionDueAt: endOfDay('2026-12-15'),
        },
        {
          ...base,
          resolutionDueAt: endOfDay('2026-12-15'),
          closedAt: t('2026-12-09T10:00'),
        },
      ],
      { from: '2026-12-01', to: '2026-12-31' },
      now,
    )
    expect(report.total).toMatchObject({
      nextRepliesMet: 3,
      nextRepliesMissed: 2,
      percentNextReplyMet: 60,
      resolvedMet: 1,
      resolvedMissed: 1,
      resolutionPending: 1,
      percentResolvedMet: 50,
    })
  })

  it('counts the cases written in other languages, most first', () => {
    const report = standardsReport(
      [
        { ...base, otherLanguage: 'pan' },
        { ...base, otherLanguage: 'spa' },
        { ...base, otherLanguage: 'spa' },
        base,
        { ...base, otherLanguage: 'spa', receivedAt: t('2027-01-05T10:00') }, // outside the range
      ],
      { from: '2026-12-01', to: '2026-12-31' },
      now,
    )
    expect(report.otherLanguages).toEqual([
      { language: 'spa', cases: 2 },
      { language: 'pan', cases: 1 },
    ])
  })
})
