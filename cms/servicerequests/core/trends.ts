import { csvLine } from '../../core/text/csv'

/**
 * What 311 learns from its requests over a period: how many by service, by ward and by week, how
 * long closing took against each request's expected date (the service's target on the City
 * calendar), and the places reported again and again. Pure, fed row by row, so four hundred
 * thousand requests need no more memory than their counts.
 */

export type TrendRow = {
  serviceCode: string
  ward: string | null
  requestedAt: string
  expectedAt?: string | null
  closedAt?: string | null
  closingReason?: string | null
  /** The same spot: the register's address (its id or label). */
  place?: string | null
}

export type ServiceTrend = {
  serviceCode: string
  requests: number
  closed: number
  /** Closed by the expected date, as a share of those closed (null when none closed). */
  withinTarget: number | null
  medianDaysToClose: number | null
}

export type Trends = {
  from: string
  to: string
  total: number
  byService: ServiceTrend[]
  byWard: { ward: string; requests: number }[]
  /** Requests per week, weeks starting on Monday (Toronto dates). */
  byWeek: { week: string; requests: number }[]
  /** Places with at least `repeatThreshold` requests: where the same problem keeps coming back. */
  repeatLocations: { location: string; serviceCode: string; requests: number }[]
}

const DAY = 86_400_000

/** A place is a repeat location from this many requests for one service in the range. */
export const REPEAT_THRESHOLD = 3

/** The Monday (a date key) of the week holding a Toronto date key. */
export const weekOf = (dateKey: string) => {
  const date = new Date(`${dateKey}T12:00:00Z`)
  const back = (date.getUTCDay() + 6) % 7
  return new Date(date.getTime() - back * DAY).toISOString().slice(0, 10)
}

const median = (sorted: number[]) =>
  sorted.length === 0
    ? null
    : sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]!
      : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2

/**
 * Collects rows one at a time; `result()` gives the trends. `localDate` turns an instant into a
 * Toronto date key.
 */
export const trendsCollector = (args: {
  from: string
  to: string
  localDate: (instant: Date) => string
  repeatThreshold?: number
}) => {
  const threshold = args.repeatThreshold ?? REPEAT_THRESHOLD
  const services = new Map<
    string,
    { requests: number; closed: number; within: number; days: number[] }
  >()
  const wards = new Map<string, number>()
  const weeks = new Map<string, number>()
  const places = new Map<string, { location: string; serviceCode: string; requests: number }>()
  let total = 0
  return {
    add(row: TrendRow) {
      total += 1
      const s = services.get(row.serviceCode) ?? { requests: 0, closed: 0, within: 0, days: [] }
      s.requests += 1
      if (row.closedAt && row.closingReason !== 'duplicate') {
        s.closed += 1
        const took = (new Date(row.closedAt).getTime() - new Date(row.requestedAt).getTime()) / DAY
        s.days.push(Math.max(0, took))
        if (row.expectedAt && new Date(row.closedAt) <= new Date(row.expectedAt)) s.within += 1
      }
      services.set(row.serviceCode, s)
      const ward = row.ward ?? '—'
      wards.set(ward, (wards.get(ward) ?? 0) + 1)
      const week = weekOf(args.localDate(new Date(row.requestedAt)))
      weeks.set(week, (weeks.get(week) ?? 0) + 1)
      const location = row.place
      if (location) {
        const key = `${row.serviceCode}|${location}`
        const p = places.get(key) ?? { location, serviceCode: row.serviceCode, requests: 0 }
        p.requests += 1
        places.set(key, p)
      }
    },
    result: (): Trends =>
      trendsOf({
        ...args,
        total,
        services: [...services].map(([serviceCode, s]) => ({
          serviceCode,
          ...s,
          median: median(s.days.sort((a, b) => a - b)),
        })),
        wards,
        weeks,
        places: [...places.values()].filter((p) => p.requests >= threshold),
      }),
  }
}

/**
 * The figures as the dashboards and the CSV show them, from counts however they were made (the
 * collector's rows, or the database's groups: trendGroups.ts): rounded, sorted, the top 50 repeat
 * places.
 */
export const trendsOf = (parts: {
  from: string
  to: string
  total: number
  services: {
    serviceCode: string
    requests: number
    closed: number
    within: number
    median: number | null
  }[]
  wards: Map<string, number>
  weeks: Map<string, number>
  places: { location: string; serviceCode: string; requests: number }[]
}): Trends => ({
  from: parts.from,
  to: parts.to,
  total: parts.total,
  byService: parts.services
    .map((s) => ({
      serviceCode: s.serviceCode,
      requests: s.requests,
      closed: s.closed,
      withinTarget: s.closed ? Math.round((s.within / s.closed) * 1000) / 10 : null,
      medianDaysToClose: s.median === null ? null : Math.round(s.median * 10) / 10,
    }))
    .sort((a, b) => b.requests - a.requests || a.serviceCode.localeCompare(b.serviceCode)),
  byWard: [...parts.wards]
    .map(([ward, requests]) => ({ ward, requests }))
    .sort((a, b) => a.ward.localeCompare(b.ward, 'en', { numeric: true })),
  byWeek: [...parts.weeks]
    .map(([week, requests]) => ({ week, requests }))
    .sort((a, b) => a.week.localeCompare(b.week)),
  repeatLocations: [...parts.places]
    .sort((a, b) => b.requests - a.requests || a.location.localeCompare(b.location))
    .slice(0, 50),
})

/** The trends as one CSV with a section per table. */
export const trendsCsv = (trends: Trends, serviceName: (code: string) => string) =>
  [
    csvLine([
      'section',
      'key',
      'name',
      'requests',
      'closed',
      'closed_within_target_percent',
      'median_days_to_close',
    ]),
    ...trends.byService.map((s) =>
      csvLine([
        'service',
        s.serviceCode,
        serviceName(s.serviceCode),
        s.requests,
        s.closed,
        s.withinTarget,
        s.medianDaysToClose,
      ]),
    ),
    ...trends.byWard.map((w) => csvLine(['ward', w.ward, w.ward, w.requests, '', '', ''])),
    ...trends.byWeek.map((w) =>
      csvLine(['week', w.week, `week of ${w.week}`, w.requests, '', '', '']),
    ),
    ...trends.repeatLocations.map((r) =>
      csvLine(['repeat-location', r.serviceCode, r.location, r.requests, '', '', '']),
    ),
  ].join('\r\n') + '\r\n'
