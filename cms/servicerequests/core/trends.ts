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
  /** The department the request is with (its name), when known. */
  department?: string | null
  requestedAt: string
  expectedAt?: string | null
  closedAt?: string | null
  closingReason?: string | null
  /** The same spot: the register's address (its id or label). */
  place?: string | null
  /** Times reopened as "still not fixed" within 30 days. */
  reopenCount?: number | null
  /** Set when this request is a later "still not fixed" of a closed one (a reopen too). */
  reopenedFrom?: unknown
  /** The reporter's answer to the closing survey, 1 to 5. */
  surveyScore?: number | null
}

/** What each group (a service, a ward, a department) adds up: the outcomes of its requests. */
export type OutcomeCounts = {
  requests: number
  /** Closed, not as a duplicate. */
  closed: number
  /** Of those, closed by the expected date. */
  within: number
  /** Closed at least once (not as a duplicate), even if reopened since: what a reopen is out of. */
  closedOnce: number
  /** "Still not fixed" accepted: each reopen of a request, and each new request opened for one. */
  reopens: number
  surveyCount: number
  surveySum: number
}

/** The figures of a group as the dashboards and exports show them. */
export type Outcomes = {
  requests: number
  closed: number
  /** Closed by the expected date, as a share of those closed (null when none closed). */
  withinTarget: number | null
  medianDaysToClose: number | null
  reopens: number
  /** Reopens per 100 requests closed at least once (null when none closed). */
  reopenRate: number | null
  surveyAnswers: number
  /** The closing survey's average, 1 to 5, to a tenth (null without answers). */
  surveyAverage: number | null
}

export type ServiceTrend = { serviceCode: string } & Outcomes

/**
 * A ward's equity figures: its reports against the size of the ward (per 1,000 addresses of the
 * register), and how its requests ended, so a council sees which wards wait longer, see more
 * "still not fixed" or are less satisfied.
 */
export type WardTrend = {
  ward: string
  /** Addresses of the register in the ward (null when the ward is unknown: "—"). */
  addresses: number | null
  perThousandAddresses: number | null
} & Outcomes

export type DepartmentTrend = { department: string } & Outcomes

export type Trends = {
  from: string
  to: string
  total: number
  byService: ServiceTrend[]
  byWard: WardTrend[]
  byDepartment: DepartmentTrend[]
  /** Requests per week, weeks starting on Monday (Toronto dates). */
  byWeek: { week: string; requests: number }[]
  /** Places with at least `repeatThreshold` requests: where the same problem keeps coming back. */
  repeatLocations: { location: string; serviceCode: string; requests: number }[]
}

const DAY = 86_400_000

/** A place is a repeat location from this many requests for one service in the range. */
export const REPEAT_THRESHOLD = 3

/** What a group without a name is called (a request placed outside every ward, say). */
export const NO_GROUP = '—'

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

export const emptyCounts = (): OutcomeCounts => ({
  requests: 0,
  closed: 0,
  within: 0,
  closedOnce: 0,
  reopens: 0,
  surveyCount: 0,
  surveySum: 0,
})

/** One row's part of its groups' counts; answers its days to close when it counts as closed. */
const countRow = (counts: OutcomeCounts, row: TrendRow): number | null => {
  counts.requests += 1
  const reopened = row.reopenCount ?? 0
  counts.reopens += reopened + (row.reopenedFrom != null ? 1 : 0)
  if (typeof row.surveyScore === 'number') {
    counts.surveyCount += 1
    counts.surveySum += row.surveyScore
  }
  const closed = Boolean(row.closedAt) && row.closingReason !== 'duplicate'
  if (closed || reopened > 0) counts.closedOnce += 1
  if (!closed) return null
  counts.closed += 1
  if (row.expectedAt && new Date(row.closedAt!) <= new Date(row.expectedAt)) counts.within += 1
  return Math.max(
    0,
    (new Date(row.closedAt!).getTime() - new Date(row.requestedAt).getTime()) / DAY,
  )
}

type Group = { counts: OutcomeCounts; days: number[] }
const groupIn = (map: Map<string, Group>, key: string) => {
  let group = map.get(key)
  if (!group) map.set(key, (group = { counts: emptyCounts(), days: [] }))
  return group
}

/**
 * Collects rows one at a time; `result()` gives the trends. `localDate` turns an instant into a
 * Toronto date key.
 */
export const trendsCollector = (args: {
  from: string
  to: string
  localDate: (instant: Date) => string
  repeatThreshold?: number
  addresses?: Map<string, number>
}) => {
  const threshold = args.repeatThreshold ?? REPEAT_THRESHOLD
  const groups = {
    service: new Map<string, Group>(),
    ward: new Map<string, Group>(),
    department: new Map<string, Group>(),
  }
  const weeks = new Map<string, number>()
  const places = new Map<string, { location: string; serviceCode: string; requests: number }>()
  let total = 0
  return {
    add(row: TrendRow) {
      total += 1
      for (const [map, key] of [
        [groups.service, row.serviceCode],
        [groups.ward, row.ward ?? NO_GROUP],
        [groups.department, row.department ?? NO_GROUP],
      ] as const) {
        const group = groupIn(map, key)
        const days = countRow(group.counts, row)
        if (days !== null) group.days.push(days)
      }
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
    result: (): Trends => {
      const finished = (map: Map<string, Group>) =>
        [...map].map(([key, g]) => ({
          key,
          ...g.counts,
          median: median(g.days.sort((a, b) => a - b)),
        }))
      return trendsOf({
        ...args,
        total,
        services: finished(groups.service),
        wards: finished(groups.ward),
        departments: finished(groups.department),
        weeks,
        places: [...places.values()].filter((p) => p.requests >= threshold),
      })
    },
  }
}

/** A group's counts with the median days to close, however they were made. */
export type GroupCounts = { key: string; median: number | null } & OutcomeCounts

const tenth = (value: number) => Math.round(value * 10) / 10

const outcomesOf = (g: GroupCounts): Outcomes => ({
  requests: g.requests,
  closed: g.closed,
  withinTarget: g.closed ? tenth((g.within / g.closed) * 100) : null,
  medianDaysToClose: g.median === null ? null : tenth(g.median),
  reopens: g.reopens,
  reopenRate: g.closedOnce ? tenth((g.reopens / g.closedOnce) * 100) : null,
  surveyAnswers: g.surveyCount,
  surveyAverage: g.surveyCount ? tenth(g.surveySum / g.surveyCount) : null,
})

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

/**
 * The figures as the dashboards and the CSV show them, from counts however they were made (the
 * collector's rows, or the database's groups: trendGroups.ts): rounded, sorted, the top 50 repeat
 * places. `addresses` is the register's count of addresses in each ward (by name), the measure of
 * its size.
 */
export const trendsOf = (parts: {
  from: string
  to: string
  total: number
  services: GroupCounts[]
  wards: GroupCounts[]
  departments: GroupCounts[]
  weeks: Map<string, number>
  places: { location: string; serviceCode: string; requests: number }[]
  addresses?: Map<string, number>
}): Trends => ({
  from: parts.from,
  to: parts.to,
  total: parts.total,
  byService: parts.services
    .map((s) => ({ serviceCode: s.key, ...outcomesOf(s) }))
    .sort((a, b) => b.requests - a.requests || a.serviceCode.localeCompare(b.serviceCode)),
  byWard: parts.wards
    .map((w) => {
      const addresses = parts.addresses?.get(w.key) ?? null
      return {
        ward: w.key,
        addresses,
        perThousandAddresses: addresses ? tenth((w.requests / addresses) * 1000) : null,
        ...outcomesOf(w),
      }
    })
    .sort((a, b) => byName(a.ward, b.ward)),
  byDepartment: parts.departments
    .map((d) => ({ department: d.key, ...outcomesOf(d) }))
    .sort((a, b) => byName(a.department, b.department)),
  byWeek: [...parts.weeks]
    .map(([week, requests]) => ({ week, requests }))
    .sort((a, b) => a.week.localeCompare(b.week)),
  repeatLocations: [...parts.places]
    .sort((a, b) => b.requests - a.requests || a.location.localeCompare(b.location))
    .slice(0, 50),
})

const OUTCOME_HEADER = [
  'requests',
  'closed',
  'closed_within_target_percent',
  'median_days_to_close',
  'reopens',
  'reopens_per_100_closed',
  'survey_answers',
  'survey_average',
]

const outcomeCells = (o: Outcomes) => [
  o.requests,
  o.closed,
  o.withinTarget,
  o.medianDaysToClose,
  o.reopens,
  o.reopenRate,
  o.surveyAnswers,
  o.surveyAverage,
]

const BLANK_OUTCOMES = OUTCOME_HEADER.slice(1).map(() => '')

/** The trends as one CSV with a section per table. */
export const trendsCsv = (trends: Trends, serviceName: (code: string) => string) =>
  [
    csvLine(['section', 'key', 'name', ...OUTCOME_HEADER, 'addresses', 'per_1000_addresses']),
    ...trends.byService.map((s) =>
      csvLine(['service', s.serviceCode, serviceName(s.serviceCode), ...outcomeCells(s), '', '']),
    ),
    ...trends.byWard.map((w) =>
      csvLine(['ward', w.ward, w.ward, ...outcomeCells(w), w.addresses, w.perThousandAddresses]),
    ),
    ...trends.byDepartment.map((d) =>
      csvLine(['department', d.department, d.department, ...outcomeCells(d), '', '']),
    ),
    ...trends.byWeek.map((w) =>
      csvLine(['week', w.week, `week of ${w.week}`, w.requests, ...BLANK_OUTCOMES, '', '']),
    ),
    ...trends.repeatLocations.map((r) =>
      csvLine([
        'repeat-location',
        r.serviceCode,
        r.location,
        r.requests,
        ...BLANK_OUTCOMES,
        '',
        '',
      ]),
    ),
  ].join('\r\n') + '\r\n'

/**
 * Fewer survey answers than this in a ward and its average is not published: two or three answers
 * would let a neighbour read one person's score.
 */
export const MIN_PUBLIC_SURVEY_ANSWERS = 5

/** The equity view as open data: a row per ward, the survey's average only from enough answers. */
export const wardEquity = (trends: Trends) =>
  trends.byWard.map((w) => ({
    ward: w.ward,
    addresses: w.addresses,
    requests: w.requests,
    per_1000_addresses: w.perThousandAddresses,
    closed: w.closed,
    median_days_to_close: w.medianDaysToClose,
    reopens: w.reopens,
    reopens_per_100_closed: w.reopenRate,
    survey_answers: w.surveyAnswers,
    survey_average: w.surveyAnswers >= MIN_PUBLIC_SURVEY_ANSWERS ? w.surveyAverage : null,
  }))

export const wardEquityCsv = (trends: Trends) => {
  const rows = wardEquity(trends)
  const header = Object.keys(rows[0] ?? wardEquity({ ...trends, byWard: [EMPTY_WARD] })[0]!)
  return [csvLine(header), ...rows.map((row) => csvLine(Object.values(row)))].join('\r\n') + '\r\n'
}

const EMPTY_WARD: WardTrend = {
  ward: NO_GROUP,
  addresses: null,
  perThousandAddresses: null,
  requests: 0,
  closed: 0,
  withinTarget: null,
  medianDaysToClose: null,
  reopens: 0,
  reopenRate: null,
  surveyAnswers: 0,
  surveyAverage: null,
}
