import { describe, expect, it } from 'vitest'

import { DEFAULT_RETENTION } from '../../settings'
import { retentionRules, whereOf } from './retention'

const now = new Date('2026-12-06T12:00:00.000Z')
const rule = (kind: string, unfinished: (string | number)[] = []) =>
  retentionRules(DEFAULT_RETENTION, now, unfinished).find((r) => r.kind === kind)!

describe('retention rules', () => {
  it('keeps ended deliveries 90 days by default, and those of a send still going whatever their age', () => {
    expect(rule('deliveries').where).toEqual([
      { field: 'status', in: ['sent', 'failed', 'skipped'] },
      { field: 'updatedAt', before: '2026-09-07T12:00:00.000Z' },
      { field: 'send', noneOrNotIn: [] },
    ])
    expect(whereOf(rule('deliveries', [7, 9]).where).and[2]).toEqual({
      or: [{ send: { exists: false } }, { send: { not_in: [7, 9] } }],
    })
    // No send going: no condition on the send at all.
    expect(whereOf(rule('deliveries').where).and[2]).toEqual({})
  })

  it('drops rate-limit attempts after a day, receipts once expired, machinery after two weeks', () => {
    expect(rule('rateLimitHits').where).toEqual([
      { field: 'at', before: '2026-12-05T12:00:00.000Z' },
    ])
    expect(rule('intakeReceipts').where).toEqual([
      { field: 'expiresAt', before: '2026-12-06T12:00:00.000Z' },
    ])
    for (const kind of ['buildRequests', 'leases'])
      expect(rule(kind).where[0]).toMatchObject({ before: '2026-11-22T12:00:00.000Z' })
    expect(whereOf(rule('failedJobs').where)).toEqual({
      and: [
        { hasError: { equals: true } },
        { updatedAt: { less_than: '2026-11-22T12:00:00.000Z' } },
      ],
    })
  })

  it('drops a ward watch never confirmed after its link’s 7 days, and a stopped one after two weeks', () => {
    const watches = retentionRules(DEFAULT_RETENTION, now, []).filter((r) => r.kind === 'watches')
    expect(watches.map((r) => whereOf(r.where))).toEqual([
      {
        and: [
          { confirmedAt: { exists: false } },
          { createdAt: { less_than: '2026-11-29T12:00:00.000Z' } },
        ],
      },
      { and: [{ stoppedAt: { less_than: '2026-11-22T12:00:00.000Z' } }] },
    ])
  })

  it('follows the settings', () => {
    const rules = retentionRules({ deliveryDays: 7, rateLimitHours: 2, machineryDays: 1 }, now, [])
    expect(rules.find((r) => r.kind === 'deliveries')!.where[1]).toEqual({
      field: 'updatedAt',
      before: '2026-11-29T12:00:00.000Z',
    })
    expect(rules.find((r) => r.kind === 'rateLimitHits')!.where[0]).toEqual({
      field: 'at',
      before: '2026-12-06T10:00:00.000Z',
    })
  })
})
