import { and, gte, isNotNull, lte, ne, or, isNull, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { rangeBounds } from '../core/businessDays'
import { SERVICE_REQUESTS } from '../core/slugs'
import { drizzleTable } from '../db'
import { type Dimension, DIMENSIONS, type TrendGroups } from './core/trendGroups'
import type { OutcomeCounts } from './core/trends'

/**
 * The trends' counts grouped by the database (SQLite or PostgreSQL): a few small GROUP BY
 * queries over the requests of the range instead of every row read into the process (a year of a
 * large city's 311 is 100,000 rows: 1.8 s read row by row, measured in bench:year). Null on
 * MongoDB, where the rows are read a page at a time as before. Wards and departments are grouped
 * by id; `names` turns an id into the name the figures show.
 */
export const trendGroups = async (
  payload: Payload,
  range: { from: string; to: string },
  threshold: number,
  names: { ward: (id: string) => string | null; department: (id: string) => string | null },
  /** Only these groupings (the standards report needs the departments alone): the others empty. */
  only: readonly Dimension[] = DIMENSIONS,
): Promise<TrendGroups | null> => {
  const direct = drizzleTable(payload, SERVICE_REQUESTS)
  if (!direct) return null
  const { drizzle, table: t } = direct
  const postgres = payload.db.name === 'postgres'
  const bounds = rangeBounds(range.from, range.to)
  const [start, end] = [bounds.start.toISOString(), bounds.end.toISOString()]
  const inRange = and(gte(t.requestedAt, start), lte(t.requestedAt, end))
  const count = sql<number>`count(*)`
  const hour = postgres
    ? sql<string>`to_char(${t.requestedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24')`
    : // Stored as ISO text in UTC: the hour is its first 13 characters (strftime took 0.9 s).
      sql<string>`substr(${t.requestedAt}, 1, 13)`
  const closed = and(
    isNotNull(t.closedAt),
    or(isNull(t.closingReason), ne(t.closingReason, 'duplicate')),
  )
  const reopened = sql`coalesce(${t.reopenCount}, 0)`
  // The same sums as cms/servicerequests/core/trends.ts countRow, row by row.
  const outcomes = {
    requests: count,
    closed: sql<number>`sum(case when ${closed} then 1 else 0 end)`,
    within: sql<number>`sum(case when ${closed} and ${t.expectedAt} is not null and ${t.closedAt} <= ${t.expectedAt} then 1 else 0 end)`,
    closedOnce: sql<number>`sum(case when ${closed} or ${reopened} > 0 then 1 else 0 end)`,
    reopens: sql<number>`sum(${reopened} + case when ${t.reopenedFrom} is not null then 1 else 0 end)`,
    surveyCount: sql<number>`count(${t.surveyScore})`,
    surveySum: sql<number>`coalesce(sum(${t.surveyScore}), 0)`,
  }
  const tenths = postgres
    ? sql<number>`greatest(0, round(extract(epoch from (${t.closedAt} - ${t.requestedAt})) / 8640))`
    : sql<number>`max(0, round((julianday(${t.closedAt}) - julianday(${t.requestedAt})) * 10))`
  const columns = { service: t.serviceCode, ward: t.ward, department: t.department }
  const byDimension = async (dimension: Dimension): Promise<[Row[], DurationRow[]]> => {
    if (!only.includes(dimension)) return [[], []]
    const key = columns[dimension]
    return Promise.all([
      drizzle
        .select({ key, ...outcomes })
        .from(t)
        .where(inRange)
        .groupBy(key),
      drizzle
        .select({ key, tenths, requests: count })
        .from(t)
        .where(and(inRange, closed))
        .groupBy(key, tenths),
    ])
  }
  const whole = only.length === DIMENSIONS.length
  const [hours, service, ward, department, places] = await Promise.all([
    whole ? drizzle.select({ hour, requests: count }).from(t).where(inRange).groupBy(hour) : [],
    byDimension('service'),
    byDimension('ward'),
    byDimension('department'),
    whole
      ? drizzle
          .select({ serviceCode: t.serviceCode, place: t.address, requests: count })
          .from(t)
          .where(and(inRange, isNotNull(t.address)))
          .groupBy(t.serviceCode, t.address)
          .having(sql`count(*) >= ${threshold}`)
      : [],
  ])
  const number = (value: unknown) => Number(value ?? 0)
  const nameOf = (dimension: Dimension, key: unknown): string | null =>
    key == null ? null : dimension === 'service' ? String(key) : names[dimension](String(key))
  const named = (dimension: Dimension, [counts, durations]: [Row[], DurationRow[]]) => ({
    outcomes: counts.map((row) => ({
      key: nameOf(dimension, row.key),
      requests: number(row.requests),
      closed: number(row.closed),
      within: number(row.within),
      closedOnce: number(row.closedOnce),
      reopens: number(row.reopens),
      surveyCount: number(row.surveyCount),
      surveySum: number(row.surveySum),
    })),
    durations: durations.map((row) => ({
      key: nameOf(dimension, row.key),
      tenths: number(row.tenths),
      requests: number(row.requests),
    })),
  })
  const parts = {
    service: named('service', service),
    ward: named('ward', ward),
    department: named('department', department),
  }
  return {
    hours: hours.map((h: { hour: string; requests: unknown }) => ({
      hour: h.hour,
      requests: number(h.requests),
    })),
    outcomes: {
      service: parts.service.outcomes,
      ward: parts.ward.outcomes,
      department: parts.department.outcomes,
    },
    durations: {
      service: parts.service.durations,
      ward: parts.ward.durations,
      department: parts.department.durations,
    },
    places: places.map((p: { serviceCode: string; place: unknown; requests: unknown }) => ({
      serviceCode: p.serviceCode,
      place: String(p.place),
      requests: number(p.requests),
    })),
  }
}

type Row = { key: unknown } & Record<keyof OutcomeCounts, unknown>
type DurationRow = { key: unknown; tenths: unknown; requests: unknown }
