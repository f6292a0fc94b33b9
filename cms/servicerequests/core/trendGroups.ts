import { type Trends, trendsOf, weekOf } from './trends'

/**
 * The trends from counts the database grouped (cms/servicerequests/trendsSql.ts), so a year of
 * requests is not read a row at a time. The same figures as trendsCollector, with one
 * difference: the median days to close is taken over durations the database rounded to a tenth
 * of a day (the figure is shown to a tenth), so for an even count it may differ by 0.1.
 */
export type TrendGroups = {
  /** Requests per UTC hour (`YYYY-MM-DDTHH`): each hour falls on one Toronto date. */
  hours: { hour: string; requests: number }[]
  services: { serviceCode: string; requests: number; closed: number; within: number }[]
  /** Closed requests (not duplicates) per service and days to close, in tenths of a day. */
  durations: { serviceCode: string; tenths: number; requests: number }[]
  wards: { ward: string | null; requests: number }[]
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

export const trendsFromGroups = (
  groups: TrendGroups,
  args: { from: string; to: string; localDate: (instant: Date) => string },
): Trends => {
  const weeks = new Map<string, number>()
  let total = 0
  for (const { hour, requests } of groups.hours) {
    total += requests
    const week = weekOf(args.localDate(new Date(`${hour}:00:00Z`)))
    weeks.set(week, (weeks.get(week) ?? 0) + requests)
  }
  const wards = new Map<string, number>()
  for (const { ward, requests } of groups.wards)
    wards.set(ward ?? '—', (wards.get(ward ?? '—') ?? 0) + requests)
  return trendsOf({
    ...args,
    total,
    services: groups.services.map((s) => ({
      ...s,
      median: medianOfCounts(
        groups.durations
          .filter((d) => d.serviceCode === s.serviceCode)
          .map((d) => ({ value: d.tenths / 10, count: d.requests })),
      ),
    })),
    wards,
    weeks,
    places: groups.places.map((p) => ({
      location: p.place,
      serviceCode: p.serviceCode,
      requests: p.requests,
    })),
  })
}
