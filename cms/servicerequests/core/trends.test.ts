import { describe, expect, it } from 'vitest'

import { localDate } from '../../core/businessDays'
import { csvLine } from '../../core/text/csv'
import { trendsCollector, trendsCsv, weekOf } from './trends'

const collector = () =>
  trendsCollector({ from: '2026-11-01', to: '2026-11-30', localDate: (d) => localDate(d) })

describe('trends', () => {
  it('counts by service, ward and week, and measures closing against the expected date', () => {
    const c = collector()
    const base = { serviceCode: 'POTHOLE', ward: 'Ward 1', place: '12 Main Street' }
    c.add({
      ...base,
      requestedAt: '2026-11-02T15:00:00Z',
      expectedAt: '2026-11-09T04:59:59Z',
      closedAt: '2026-11-04T15:00:00Z',
      closingReason: 'resolved',
    })
    c.add({
      ...base,
      requestedAt: '2026-11-03T15:00:00Z',
      expectedAt: '2026-11-10T04:59:59Z',
      closedAt: '2026-11-13T15:00:00Z',
      closingReason: 'resolved',
    })
    c.add({ ...base, requestedAt: '2026-11-10T15:00:00Z', expectedAt: '2026-11-17T04:59:59Z' })
    c.add({
      ...base,
      requestedAt: '2026-11-10T16:00:00Z',
      closedAt: '2026-11-10T17:00:00Z',
      closingReason: 'duplicate',
    })
    c.add({
      serviceCode: 'NOISE',
      ward: null,
      requestedAt: '2026-11-16T02:00:00Z',
      place: null,
    })
    const t = c.result()
    expect(t.total).toBe(5)
    expect(t.byService[0]).toEqual({
      serviceCode: 'POTHOLE',
      requests: 4,
      closed: 2,
      withinTarget: 50,
      medianDaysToClose: 6,
    })
    expect(t.byService[1]).toMatchObject({
      serviceCode: 'NOISE',
      closed: 0,
      withinTarget: null,
      medianDaysToClose: null,
    })
    expect(t.byWard).toEqual(
      [
        { ward: 'Ward 1', requests: 4 },
        { ward: '—', requests: 1 },
      ].sort((a, b) => a.ward.localeCompare(b.ward, 'en', { numeric: true })),
    )
    // 2026-11-16T02:00Z is Sunday the 15th in Toronto: the week of Monday the 9th.
    expect(t.byWeek).toEqual([
      { week: '2026-11-02', requests: 2 },
      { week: '2026-11-09', requests: 3 },
    ])
    expect(t.repeatLocations).toEqual([
      { location: '12 Main Street', serviceCode: 'POTHOLE', requests: 4 },
    ])
  })

  it('starts weeks on Monday', () => {
    expect(weekOf('2026-12-06')).toBe('2026-11-30')
    expect(weekOf('2026-11-30')).toBe('2026-11-30')
  })

  it('writes CSV a spreadsheet cannot be tricked by', () => {
    expect(csvLine(['=HYPERLINK("x")', 'a,b', 3])).toBe(`"'=HYPERLINK(""x"")","a,b",3`)
    const c = collector()
    c.add({ serviceCode: 'POTHOLE', ward: 'Ward 2', requestedAt: '2026-11-02T15:00:00Z' })
    expect(trendsCsv(c.result(), () => 'Pothole').split('\r\n')[1]).toBe(
      'service,POTHOLE,Pothole,1,0,,',
    )
  })
})
