import { describe, expect, it } from 'vitest'

import type { Bulletin, Lifecycle } from './types'
import {
  alertStart,
  cancelledIds,
  isCityWideAlert,
  publishedForWard,
  requestsOfWard,
  touchesWard,
  wardAlerts,
} from './wards'

const now = new Date('2026-12-07T12:00:00Z')
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString()

const bulletin = (id: number, over: Partial<Bulletin> = {}): Bulletin => ({
  id,
  slug: `b-${id}`,
  title: `Bulletin ${id}`,
  summary: '',
  body: null,
  workflowState: 'published',
  publishedAt: hours(-1),
  updatedAt: hours(-1),
  status: 'Actual',
  msgType: 'Alert',
  category: ['Met'],
  event: 'Flood',
  urgency: 'Immediate',
  severity: 'Severe',
  certainty: 'Observed',
  expires: hours(5),
  areas: [{ areaDesc: 'Somewhere' }],
  ...over,
})

describe('touchesWard', () => {
  it('counts an alert without a ward list as the whole city', () => {
    expect(touchesWard({ touchesWards: null }, 4)).toBe(true)
    expect(touchesWard({}, 4)).toBe(true)
    expect(isCityWideAlert({})).toBe(true)
  })
  it('reads the wards an alert touches', () => {
    expect(touchesWard({ touchesWards: [2, 3] }, 2)).toBe(true)
    expect(touchesWard({ touchesWards: [2, 3] }, 5)).toBe(false)
    expect(isCityWideAlert({ touchesWards: [2] })).toBe(false)
  })
})

describe('wardAlerts', () => {
  const list = [
    bulletin(1, { touchesWards: [2] }),
    bulletin(2, { touchesWards: [5] }),
    bulletin(3),
    // Ended yesterday: recent, not in force.
    bulletin(4, { touchesWards: [2], publishedAt: hours(-48), expires: hours(-24) }),
    // Ended long ago: neither.
    bulletin(5, { touchesWards: [2], publishedAt: hours(-24 * 40), expires: hours(-24 * 39) }),
    bulletin(6, { touchesWards: [2], workflowState: 'withdrawn' }),
  ]
  it('lists the alerts in force that touch the ward, city-wide ones included', () => {
    const { active } = wardAlerts(list, 2, now)
    expect(active.map((b) => b.id).sort()).toEqual([1, 3])
  })
  it('lists the ward’s ended alerts of the last 30 days, not withdrawn ones', () => {
    expect(wardAlerts(list, 2, now).recent.map((b) => b.id)).toEqual([4])
    expect(
      wardAlerts(list, 5, now)
        .active.map((b) => b.id)
        .sort(),
    ).toEqual([2, 3])
    expect(wardAlerts(list, 5, now).recent).toEqual([])
  })
  it('moves a replaced alert from in force to recent', () => {
    const update = bulletin(7, { touchesWards: [2], msgType: 'Update', references: [1] })
    const { active, recent } = wardAlerts([...list, update], 2, now)
    expect(active.map((b) => b.id).sort()).toEqual([3, 7])
    expect(recent.map((b) => b.id)).toContain(1)
  })
})

describe('cancelledIds and alertStart', () => {
  it('names the alerts a Cancel refers to', () => {
    const cancel = bulletin(8, { msgType: 'Cancel', references: [1, '4'] })
    expect([...cancelledIds([bulletin(1), cancel])].sort()).toEqual(['1', '4'])
    expect(cancelledIds([{ ...cancel, workflowState: 'withdrawn' }]).size).toBe(0)
  })
  it('starts an event at the onset, else the effective time, else publication', () => {
    expect(alertStart(bulletin(1, { onset: hours(2) })).toISOString()).toBe(hours(2))
    expect(alertStart(bulletin(1, { effective: hours(1) })).toISOString()).toBe(hours(1))
    expect(alertStart(bulletin(1)).toISOString()).toBe(hours(-1))
  })
})

describe('publishedForWard and requestsOfWard', () => {
  const item = (id: number, wards: (number | string)[] | null): Lifecycle => ({
    id,
    slug: `i-${id}`,
    title: `Item ${id}`,
    summary: '',
    body: null,
    workflowState: 'published',
    publishedAt: hours(-id),
    updatedAt: hours(-id),
    wards,
  })
  it('lists only what names the ward (numbers or their text), newest first', () => {
    const items = [item(1, [2]), item(2, null), item(3, ['2', 4]), item(4, [5])]
    expect(publishedForWard(items, 2).map((i) => i.id)).toEqual([1, 3])
    expect(publishedForWard(items, 6)).toEqual([])
  })
  it('gives empty figures for a ward the snapshot does not list', () => {
    expect(requestsOfWard(undefined, 3)).toEqual({
      ward: 3,
      open: { count: 0, newest: [] },
      fixed: { count: 0, newest: [] },
    })
  })
})
