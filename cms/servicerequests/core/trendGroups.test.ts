import { describe, expect, it } from 'vitest'

import { localDate } from '../../core/businessDays'
import { type TrendGroups, trendsFromGroups } from './trendGroups'
import { REPEAT_THRESHOLD, type TrendRow, trendsCollector } from './trends'

const DAY = 86_400_000
const range = { from: '2026-01-01', to: '2026-12-31' }

/** A seeded generator, so a failure can be replayed. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}

/** What the five GROUP BY queries of trendsSql.ts answer for these rows, grouped here alike. */
const groupAsTheDatabase = (rows: TrendRow[]): TrendGroups => {
  const bump = <K>(map: Map<K, number>, key: K, n = 1) => map.set(key, (map.get(key) ?? 0) + n)
  const hours = new Map<string, number>()
  const services = new Map<string, { requests: number; closed: number; within: number }>()
  const durations = new Map<string, number>()
  const wards = new Map<string | null, number>()
  const places = new Map<string, number>()
  for (const row of rows) {
    bump(hours, row.requestedAt.slice(0, 13))
    const s = services.get(row.serviceCode) ?? { requests: 0, closed: 0, within: 0 }
    s.requests += 1
    if (row.closedAt && row.closingReason !== 'duplicate') {
      s.closed += 1
      if (row.expectedAt && row.closedAt <= row.expectedAt) s.within += 1
      const days = (Date.parse(row.closedAt) - Date.parse(row.requestedAt)) / DAY
      bump(durations, `${row.serviceCode}|${Math.max(0, Math.round(days * 10))}`)
    }
    services.set(row.serviceCode, s)
    bump(wards, row.ward)
    if (row.place) bump(places, `${row.serviceCode}|${row.place}`)
  }
  return {
    hours: [...hours].map(([hour, requests]) => ({ hour, requests })),
    services: [...services].map(([serviceCode, s]) => ({ serviceCode, ...s })),
    durations: [...durations].map(([key, requests]) => {
      const [serviceCode, tenths] = key.split('|')
      return { serviceCode: serviceCode!, tenths: Number(tenths), requests }
    }),
    wards: [...wards].map(([ward, requests]) => ({ ward, requests })),
    places: [...places]
      .filter(([, requests]) => requests >= REPEAT_THRESHOLD)
      .map(([key, requests]) => {
        const [serviceCode, place] = key.split('|')
        return { serviceCode: serviceCode!, place: place!, requests }
      }),
  }
}

const rowsOf = (count: number, seed: number): TrendRow[] => {
  const next = random(seed)
  const codes = ['POTHOLE', 'GRAFFITI', 'STREETLIGHT', 'NOISE']
  return Array.from({ length: count }, () => {
    const requested = Date.parse('2026-01-01T05:00:00Z') + Math.floor(next() * 364 * DAY)
    const closed = next() < 0.8 ? requested + Math.floor(next() * 20 * DAY) : null
    const iso = (ms: number) => new Date(ms).toISOString()
    return {
      serviceCode: codes[Math.floor(next() * codes.length)]!,
      ward: next() < 0.05 ? null : `Ward ${1 + Math.floor(next() * 10)}`,
      requestedAt: iso(requested),
      expectedAt: next() < 0.9 ? iso(requested + 7 * DAY) : null,
      closedAt: closed === null ? null : iso(closed),
      closingReason: closed === null ? null : next() < 0.1 ? 'duplicate' : 'resolved',
      place: next() < 0.1 ? null : `${1 + Math.floor(next() * 300)}`,
    }
  })
}

describe('trends from the database’s groups', () => {
  for (const [count, seed] of [
    [0, 1],
    [1, 2],
    [2, 3],
    [1000, 4],
    [5001, 5],
  ] as const)
    it(`match the collector over the same ${count} requests (seed ${seed})`, () => {
      const rows = rowsOf(count, seed)
      const collector = trendsCollector({ ...range, localDate: (d) => localDate(d) })
      for (const row of rows) collector.add(row)
      const expected = collector.result()
      const grouped = trendsFromGroups(groupAsTheDatabase(rows), {
        ...range,
        localDate: (d) => localDate(d),
      })
      const { byService, ...rest } = grouped
      const { byService: expectedServices, ...expectedRest } = expected
      expect(rest).toEqual(expectedRest)
      expect(byService.map((s) => ({ ...s, medianDaysToClose: null }))).toEqual(
        expectedServices.map((s) => ({ ...s, medianDaysToClose: null })),
      )
      // Durations were rounded to a tenth before the median: at most a tenth apart.
      for (const [i, s] of byService.entries()) {
        const want = expectedServices[i]!.medianDaysToClose
        if (want === null) expect(s.medianDaysToClose).toBeNull()
        else expect(Math.abs(s.medianDaysToClose! - want)).toBeLessThanOrEqual(0.1 + 1e-9)
      }
    })

  it('counts a request in the week of its Toronto date, not its UTC one', () => {
    // 03:00 UTC on Monday 2 November is still Sunday 1 November in Toronto.
    const trends = trendsFromGroups(
      {
        hours: [{ hour: '2026-11-02T03', requests: 2 }],
        services: [],
        durations: [],
        wards: [],
        places: [],
      },
      { ...range, localDate: (d) => localDate(d) },
    )
    expect(trends.byWeek).toEqual([{ week: '2026-10-26', requests: 2 }])
    expect(trends.total).toBe(2)
  })

  it('takes the median of an even count between the two middle durations', () => {
    const trends = trendsFromGroups(
      {
        hours: [],
        services: [{ serviceCode: 'POTHOLE', requests: 4, closed: 4, within: 3 }],
        durations: [
          { serviceCode: 'POTHOLE', tenths: 10, requests: 1 },
          { serviceCode: 'POTHOLE', tenths: 20, requests: 2 },
          { serviceCode: 'POTHOLE', tenths: 90, requests: 1 },
        ],
        wards: [{ ward: null, requests: 4 }],
        places: [],
      },
      { ...range, localDate: (d) => localDate(d) },
    )
    expect(trends.byService).toEqual([
      { serviceCode: 'POTHOLE', requests: 4, closed: 4, withinTarget: 75, medianDaysToClose: 2 },
    ])
    expect(trends.byWard).toEqual([{ ward: '—', requests: 4 }])
  })
})
