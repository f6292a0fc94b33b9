import { describe, expect, it } from 'vitest'

import { localDate } from '../../core/businessDays'
import { csvLine } from '../../core/text/csv'
import { trendsCollector, trendsCsv, wardEquity, wardEquityCsv, weekOf } from './trends'

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
      reopens: 0,
      reopenRate: 0,
      surveyAnswers: 0,
      surveyAverage: null,
    })
    expect(t.byService[1]).toMatchObject({
      serviceCode: 'NOISE',
      closed: 0,
      withinTarget: null,
      medianDaysToClose: null,
    })
    expect(t.byWard.map((w) => [w.ward, w.requests])).toEqual(
      [
        ['Ward 1', 4],
        ['—', 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'en', { numeric: true })),
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
    const lines = trendsCsv(c.result(), () => 'Pothole').split('\r\n')
    expect(lines[0]).toBe(
      'section,key,name,requests,closed,closed_within_target_percent,median_days_to_close,reopens,reopens_per_100_closed,survey_answers,survey_average,addresses,per_1000_addresses',
    )
    expect(lines[1]).toBe('service,POTHOLE,Pothole,1,0,,,0,,0,,,')
  })

  it('counts reopens, the survey and each ward’s reports against its size (the equity view)', () => {
    const c = trendsCollector({
      from: '2026-11-01',
      to: '2026-11-30',
      localDate: (d) => localDate(d),
      addresses: new Map([
        ['Ward 1', 2000],
        ['Ward 2', 500],
      ]),
    })
    const closed = {
      requestedAt: '2026-11-02T15:00:00Z',
      closedAt: '2026-11-04T15:00:00Z',
      closingReason: 'resolved',
    }
    // Ward 1: four closed (one reopened twice, one answered 5 and one 4), one open.
    c.add({
      serviceCode: 'POTHOLE',
      ward: 'Ward 1',
      department: 'Roads',
      ...closed,
      reopenCount: 2,
    })
    c.add({
      serviceCode: 'POTHOLE',
      ward: 'Ward 1',
      department: 'Roads',
      ...closed,
      surveyScore: 5,
    })
    c.add({
      serviceCode: 'POTHOLE',
      ward: 'Ward 1',
      department: 'Roads',
      ...closed,
      surveyScore: 4,
    })
    c.add({ serviceCode: 'GRAFFITI', ward: 'Ward 1', department: 'Parks', ...closed })
    c.add({ serviceCode: 'GRAFFITI', ward: 'Ward 1', requestedAt: '2026-11-05T15:00:00Z' })
    // Ward 2: one reopened now open again, and the new request a late "still not fixed" opened.
    c.add({
      serviceCode: 'POTHOLE',
      ward: 'Ward 2',
      department: 'Roads',
      requestedAt: '2026-11-03T15:00:00Z',
      reopenCount: 1,
    })
    c.add({
      serviceCode: 'POTHOLE',
      ward: 'Ward 2',
      department: 'Roads',
      requestedAt: '2026-11-20T15:00:00Z',
      reopenedFrom: 12,
      closedAt: '2026-11-21T15:00:00Z',
      closingReason: 'resolved',
      surveyScore: 1,
    })
    const t = c.result()
    expect(t.byWard).toEqual([
      {
        ward: 'Ward 1',
        addresses: 2000,
        perThousandAddresses: 2.5,
        requests: 5,
        closed: 4,
        withinTarget: 0,
        medianDaysToClose: 2,
        reopens: 2,
        reopenRate: 50,
        surveyAnswers: 2,
        surveyAverage: 4.5,
      },
      {
        ward: 'Ward 2',
        addresses: 500,
        perThousandAddresses: 4,
        requests: 2,
        closed: 1,
        withinTarget: 0,
        medianDaysToClose: 1,
        reopens: 2,
        reopenRate: 100,
        surveyAnswers: 1,
        surveyAverage: 1,
      },
    ])
    expect(
      t.byDepartment.map((d) => [d.department, d.requests, d.reopens, d.surveyAverage]),
    ).toEqual([
      ['—', 1, 0, null],
      ['Parks', 1, 0, null],
      ['Roads', 5, 4, 3.3],
    ])
    expect(t.byService.find((s) => s.serviceCode === 'POTHOLE')).toMatchObject({
      reopens: 4,
      reopenRate: 80,
      surveyAnswers: 3,
    })
  })

  it('publishes the equity view per ward, without a survey average from fewer than 5 answers', () => {
    const c = trendsCollector({
      from: '2026-11-01',
      to: '2026-11-30',
      localDate: (d) => localDate(d),
      addresses: new Map([['Ward 1', 1000]]),
    })
    for (const score of [5, 4, 4, 5])
      c.add({
        serviceCode: 'POTHOLE',
        ward: 'Ward 1',
        requestedAt: '2026-11-02T15:00:00Z',
        closedAt: '2026-11-03T15:00:00Z',
        closingReason: 'resolved',
        surveyScore: score,
      })
    expect(wardEquity(c.result())).toEqual([
      {
        ward: 'Ward 1',
        addresses: 1000,
        requests: 4,
        per_1000_addresses: 4,
        closed: 4,
        median_days_to_close: 1,
        reopens: 0,
        reopens_per_100_closed: 0,
        survey_answers: 4,
        survey_average: null,
      },
    ])
    c.add({
      serviceCode: 'POTHOLE',
      ward: 'Ward 1',
      requestedAt: '2026-11-02T15:00:00Z',
      surveyScore: 1,
    })
    expect(wardEquity(c.result())[0]!.survey_average).toBe(3.8)
    expect(wardEquityCsv(c.result()).split('\r\n')).toEqual([
      'ward,addresses,requests,per_1000_addresses,closed,median_days_to_close,reopens,reopens_per_100_closed,survey_answers,survey_average',
      'Ward 1,1000,5,5,4,1,0,0,5,3.8',
      '',
    ])
    expect(wardEquityCsv(collector().result()).split('\r\n')[0]).toMatch(/^ward,addresses,/)
  })
})
