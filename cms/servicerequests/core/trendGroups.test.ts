import { describe, expect, it } from 'vitest'

import { localDate } from '../../core/businessDays'
import { type Dimension, DIMENSIONS, type TrendGroups, trendsFromGroups } from './trendGroups'
import {
  emptyCounts,
  type OutcomeCounts,
  REPEAT_THRESHOLD,
  type TrendRow,
  trendsCollector,
} from './trends'

const DAY = 86_400_000
const range = { from: '2026-01-01', to: '2026-12-31' }

/** A seeded generator, so a failure can be replayed. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}

/** What the GROUP BY queries of trendsSql.ts answer for these rows, grouped here alike. */
const groupAsTheDatabase = (rows: TrendRow[]): TrendGroups => {
  const bump = <K>(map: Map<K, number>, key: K, n = 1) => map.set(key, (map.get(key) ?? 0) + n)
  const hours = new Map<string, number>()
  const outcomes = Object.fromEntries(
    DIMENSIONS.map((d) => [d, new Map<string | null, OutcomeCounts>()]),
  ) as Record<Dimension, Map<string | null, OutcomeCounts>>
  const durations = Object.fromEntries(
    DIMENSIONS.map((d) => [d, new Map<string, number>()]),
  ) as Record<Dimension, Map<string, number>>
  const places = new Map<string, number>()
  for (const row of rows) {
    bump(hours, row.requestedAt.slice(0, 13))
    const keys: Record<Dimension, string | null> = {
      service: row.serviceCode,
      ward: row.ward,
      department: row.department ?? null,
    }
    const closed = Boolean(row.closedAt) && row.closingReason !== 'duplicate'
    for (const dimension of DIMENSIONS) {
      const key = keys[dimension]
      const o = outcomes[dimension].get(key) ?? emptyCounts()
      o.requests += 1
      o.reopens += (row.reopenCount ?? 0) + (row.reopenedFrom != null ? 1 : 0)
      if (closed || (row.reopenCount ?? 0) > 0) o.closedOnce += 1
      if (row.surveyScore != null) {
        o.surveyCount += 1
        o.surveySum += row.surveyScore
      }
      if (closed) {
        o.closed += 1
        if (row.expectedAt && row.closedAt! <= row.expectedAt) o.within += 1
        const days = (Date.parse(row.closedAt!) - Date.parse(row.requestedAt)) / DAY
        bump(durations[dimension], `${key}|${Math.max(0, Math.round(days * 10))}`)
      }
      outcomes[dimension].set(key, o)
    }
    if (row.place) bump(places, `${row.serviceCode}|${row.place}`)
  }
  const split = (key: string) => {
    const at = key.lastIndexOf('|')
    const name = key.slice(0, at)
    return { key: name === 'null' ? null : name, tenths: Number(key.slice(at + 1)) }
  }
  return {
    hours: [...hours].map(([hour, requests]) => ({ hour, requests })),
    outcomes: Object.fromEntries(
      DIMENSIONS.map((d) => [d, [...outcomes[d]].map(([key, o]) => ({ key, ...o }))]),
    ) as TrendGroups['outcomes'],
    durations: Object.fromEntries(
      DIMENSIONS.map((d) => [
        d,
        [...durations[d]].map(([key, requests]) => ({ ...split(key), requests })),
      ]),
    ) as TrendGroups['durations'],
    places: [...places]
      .filter(([, requests]) => requests >= REPEAT_THRESHOLD)
      .map(([key, requests]) => {
        const [serviceCode, place] = key.split('|')
        return { serviceCode: serviceCode!, place: place!, requests }
      }),
  }
}

const none = { service: [], ward: [], department: [] }

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
      department: next() < 0.1 ? null : `Department ${1 + Math.floor(next() * 4)}`,
      reopenCount: next() < 0.05 ? 1 : next() < 0.5 ? 0 : null,
      reopenedFrom: next() < 0.03 ? 7 : null,
      surveyScore: closed !== null && next() < 0.3 ? 1 + Math.floor(next() * 5) : null,
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
      const addresses = new Map([['Ward 1', 400]])
      const withAddresses = trendsFromGroups(groupAsTheDatabase(rows), {
        ...range,
        localDate: (d) => localDate(d),
        addresses,
      })
      expect(withAddresses.byWard.find((w) => w.ward === 'Ward 1')?.addresses ?? 400).toBe(400)
      const tables = ['byService', 'byWard', 'byDepartment'] as const
      const withoutMedians = (t: typeof grouped) => ({
        ...t,
        ...Object.fromEntries(
          tables.map((name) => [
            name,
            (t[name] as { medianDaysToClose: number | null }[]).map((g) => ({
              ...g,
              medianDaysToClose: null,
            })),
          ]),
        ),
      })
      expect(withoutMedians(grouped)).toEqual(withoutMedians(expected))
      // Durations were rounded to a tenth before the median: at most a tenth apart.
      for (const name of tables)
        for (const [i, g] of grouped[name].entries()) {
          const want = expected[name][i]!.medianDaysToClose
          if (want === null) expect(g.medianDaysToClose).toBeNull()
          else expect(Math.abs(g.medianDaysToClose! - want)).toBeLessThanOrEqual(0.1 + 1e-9)
        }
    })

  it('counts a request in the week of its Toronto date, not its UTC one', () => {
    // 03:00 UTC on Monday 2 November is still Sunday 1 November in Toronto.
    const trends = trendsFromGroups(
      {
        hours: [{ hour: '2026-11-02T03', requests: 2 }],
        outcomes: none,
        durations: none,
        places: [],
      },
      { ...range, localDate: (d) => localDate(d) },
    )
    expect(trends.byWeek).toEqual([{ week: '2026-10-26', requests: 2 }])
    expect(trends.total).toBe(2)
  })

  it('takes the median of an even count between the two middle durations', () => {
    const counts = {
      ...emptyCounts(),
      requests: 4,
      closed: 4,
      within: 3,
      closedOnce: 4,
      reopens: 1,
      surveyCount: 3,
      surveySum: 11,
    }
    const trends = trendsFromGroups(
      {
        hours: [],
        outcomes: {
          service: [{ key: 'POTHOLE', ...counts }],
          ward: [
            { key: null, ...counts, requests: 3 },
            { key: null, ...emptyCounts(), requests: 1 },
          ],
          department: [],
        },
        durations: {
          service: [
            { key: 'POTHOLE', tenths: 10, requests: 1 },
            { key: 'POTHOLE', tenths: 20, requests: 2 },
            { key: 'POTHOLE', tenths: 90, requests: 1 },
          ],
          ward: [],
          department: [],
        },
        places: [],
      },
      { ...range, localDate: (d) => localDate(d) },
    )
    expect(trends.byService).toEqual([
      {
        serviceCode: 'POTHOLE',
        requests: 4,
        closed: 4,
        withinTarget: 75,
        medianDaysToClose: 2,
        reopens: 1,
        reopenRate: 25,
        surveyAnswers: 3,
        surveyAverage: 3.7,
      },
    ])
    // Requests outside every ward, however the database split them, are one group: "—".
    expect(trends.byWard).toMatchObject([{ ward: '—', requests: 4, addresses: null }])
  })
})
