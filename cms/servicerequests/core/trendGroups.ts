import {
  type GroupCounts,
  NO_GROUP,
  type OutcomeCounts,
  type Trends,
  trendsOf,
  weekOf,
} from './trends'

/**
 * The trends from counts the database grouped (cms/servicerequests/trendsSql.ts), so a year of
 * requests is not read a row at a time. The same figures as trendsCollector, with one
 * difference: the median days to close is taken over durations the database rounded to a tenth
 * of a day (the figure is shown to a tenth), so for an even count it may differ by 0.1.
 */

/** The three ways the trends group requests. */
export const DIMENSIONS = ['service', 'ward', 'department'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export type TrendGroups = {
  /** Requests per UTC hour (`YYYY-MM-DDTHH`): each hour falls on one Toronto date. */
  hours: { hour: string; requests: number }[]
  /** Each service's, ward's (by name) and department's (by name) outcome counts. */
  outcomes: Record<Dimension, ({ key: string | null } & OutcomeCounts)[]>
  /** Closed requests (not duplicates) per group and days to close, in tenths of a day. */
  durations: Record<Dimension, { key: string | null; tenths: number; requests: number }[]>
  /** Places (address ids) with at least the threshold's requests for one service. */
  places: { serviceCode: string; place: string; requests: number }[]
}

const medianOfCounts = (counts: { value: number; count: number }[]) => {
  const sorted = [...counts].sort((a, b) => a.value - b.value)
  const total = sorted.reduce((sum, c) => sum + c.count, 0)
  if (total === 0) return null
  const at = (index: number) => {
    let seen = 0
    for (const c of sorted) {
      seen += c.count
      if (index < seen) return c.value
    }
    return sorted.at(-1)!.value
  }
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2
}

/** One dimension's groups, the unnamed ones ("—") joined, each with its median. */
const groupsOf = (groups: TrendGroups, dimension: Dimension): GroupCounts[] => {
  const joined = new Map<string, OutcomeCounts>()
  for (const { key, ...counts } of groups.outcomes[dimension]) {
    const name = key ?? NO_GROUP
    const sum = joined.get(name)
    if (!sum) joined.set(name, { ...counts })
    else
      for (const field of Object.keys(counts) as (keyof OutcomeCounts)[])
        sum[field] += counts[field]
  }
  const durations = groups.durations[dimension]
  return [...joined].map(([key, counts]) => ({
    key,
    ...counts,
    median: medianOfCounts(
      durations
        .filter((d) => (d.key ?? NO_GROUP) === key)
        .map((d) => ({ value: d.tenths / 10, count: d.requests })),
    ),
  }))
}

export const trendsFromGroups = (
  groups: TrendGroups,
  args: {
    from: string
    to: string
    localDate: (instant: Date) => string
    addresses?: Map<string, number>
  },
): Trends => {
  const weeks = new Map<string, number>()
  let total = 0
  for (const { hour, requests } of groups.hours) {
    total += requests
    const week = weekOf(args.localDate(new Date(`${hour}:00:00Z`)))
    weeks.set(week, (weeks.get(week) ?? 0) + requests)
  }
  return trendsOf({
    ...args,
    total,
    services: groupsOf(groups, 'service'),
    wards: groupsOf(groups, 'ward'),
    departments: groupsOf(groups, 'department'),
    weeks,
    places: groups.places.map((p) => ({
      location: p.place,
      serviceCode: p.serviceCode,
      requests: p.requests,
    })),
  })
}
