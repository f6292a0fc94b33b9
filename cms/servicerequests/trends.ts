import type { Payload } from 'payload'

import { loadWards } from '../addresses'
import { localDate } from '../core/businessDays'
import { relationId } from '../core/relationId'
import { ADDRESSES, DEPARTMENTS, SERVICE_REQUESTS } from '../core/slugs'
import { rowsInRange } from '../db'
import { publicCoordinate } from '../core/publicPoint'
import { csvLine } from '../core/text/csv'
import { REPEAT_THRESHOLD, type TrendRow, trendsCollector } from './core/trends'
import { type Dimension, trendsFromGroups } from './core/trendGroups'
import { trendGroups } from './trendsSql'
import { loadServices } from './catalogue'

/**
 * The trends and the open-data export, read straight from the requests table a page at a time.
 * A range is Toronto dates (`from`, `to`, inclusive); rows are kept by their Toronto date.
 */

type Row = Omit<TrendRow, 'ward' | 'place' | 'department'> & {
  ward?: unknown
  department?: unknown
  address?: unknown
  reference: string
  state: string
  status: string
  updatedAt?: string
  addressLabel?: string | null
  lat?: number | null
  long?: number | null
}

/** What the trends read: every column read costs time at four hundred thousand rows. */
const TREND_COLUMNS = [
  'serviceCode',
  'ward',
  'requestedAt',
  'expectedAt',
  'closedAt',
  'closingReason',
  'address',
  'department',
  'reopenCount',
  'reopenedFrom',
  'surveyScore',
] as const

const OPEN_DATA_COLUMNS = [
  ...TREND_COLUMNS,
  'reference',
  'addressLabel',
  'lat',
  'long',
  'state',
  'status',
  'updatedAt',
] as const

/**
 * The Toronto date of an instant, remembered by the hour: a report over ten years asks for the same
 * few tens of thousands of hours again and again, and the time-zone arithmetic is the costly part.
 */
const torontoDates = () => {
  const byHour = new Map<number, string>()
  return (instant: Date) => {
    const hour = Math.floor(instant.getTime() / 3_600_000)
    let day = byHour.get(hour)
    if (day === undefined) {
      day = localDate(instant)
      byHour.set(hour, day)
    }
    return day
  }
}

async function* requestsIn(
  payload: Payload,
  range: { from: string; to: string },
  columns: readonly string[],
) {
  // A day of margin each side in UTC; the Toronto date decides.
  const start = new Date(Date.parse(`${range.from}T00:00:00Z`) - 86_400_000).toISOString()
  const end = new Date(Date.parse(`${range.to}T00:00:00Z`) + 2 * 86_400_000).toISOString()
  const dateOf = torontoDates()
  for await (const page of rowsInRange<Row>(payload, {
    collection: SERVICE_REQUESTS,
    field: 'requestedAt',
    start,
    end,
    columns,
  }))
    yield page.filter((row) => {
      const day = dateOf(new Date(row.requestedAt))
      return day >= range.from && day <= range.to
    })
}

const wardNames = async (payload: Payload) =>
  new Map((await loadWards(payload)).map((w) => [String(w.id), w.name]))

const departmentNames = async (payload: Payload) =>
  new Map(
    (
      await payload.find({
        collection: DEPARTMENTS,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { name: true },
      })
    ).docs.map((d) => [String(d.id), d.name]),
  )

/**
 * The register's addresses in each ward, by the ward's name: the measure of a ward's size that the
 * equity view divides its reports by (a count per ward: a city has tens of wards, not thousands).
 */
const addressesByWard = async (payload: Payload) => {
  const counts = new Map<string, number>()
  for (const ward of await loadWards(payload))
    counts.set(
      ward.name,
      (
        await payload.count({
          collection: ADDRESSES,
          where: { ward: { equals: ward.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    )
  return counts
}

type Names = { wards: Map<string, string>; departments: Map<string, string> }

/** MongoDB's way: every request of the range read a page at a time into the collector. */
const collectTrends = async (
  payload: Payload,
  range: { from: string; to: string },
  names: Names,
  addresses: Map<string, number>,
) => {
  const collector = trendsCollector({ ...range, localDate: torontoDates(), addresses })
  const nameOf = (map: Map<string, string>, id: unknown) =>
    id == null ? null : (map.get(String(relationId(id))) ?? null)
  for await (const page of requestsIn(payload, range, TREND_COLUMNS))
    for (const row of page)
      collector.add({
        ...row,
        ward: nameOf(names.wards, row.ward),
        department: nameOf(names.departments, row.department),
        place: row.address == null ? null : String(relationId(row.address)),
      })
  return collector.result()
}

/**
 * The trends as the database groups them (SQLite, PostgreSQL), else as the rows are read
 * (MongoDB); `only` some groupings: the others come back empty (the rows' way reads them anyway).
 */
const grouped = async (
  payload: Payload,
  range: { from: string; to: string },
  addresses: Map<string, number>,
  only?: readonly Dimension[],
) => {
  const names = { wards: await wardNames(payload), departments: await departmentNames(payload) }
  const lookups = {
    ward: (id: string) => names.wards.get(id) ?? null,
    department: (id: string) => names.departments.get(id) ?? null,
  }
  const groups = await trendGroups(payload, range, REPEAT_THRESHOLD, lookups, only)
  return groups
    ? trendsFromGroups(groups, { ...range, localDate: torontoDates(), addresses })
    : await collectTrends(payload, range, names, addresses)
}

export const loadTrends = async (payload: Payload, range: { from: string; to: string }) => {
  const trends = await grouped(payload, range, await addressesByWard(payload))
  // Places were counted by address id; the few that repeat get their labels.
  const ids = [...new Set(trends.repeatLocations.map((r) => r.location))]
  const labels = new Map(
    ids.length
      ? (
          await payload.find({
            collection: ADDRESSES,
            where: { id: { in: ids } },
            pagination: false,
            depth: 0,
            overrideAccess: true,
            select: { label: true },
          })
        ).docs.map((a) => [String(a.id), a.label])
      : [],
  )
  return {
    ...trends,
    repeatLocations: trends.repeatLocations.map((r) => ({
      ...r,
      location: labels.get(r.location) ?? r.location,
    })),
  }
}

/**
 * 311's outcomes by department alone, for the desk's standards report: the department groupings
 * only (two small queries on SQLite and PostgreSQL, not the whole trends).
 */
export const loadDepartmentOutcomes = async (
  payload: Payload,
  range: { from: string; to: string },
) => (await grouped(payload, range, new Map(), ['department'])).byDepartment

const OPEN_DATA_HEADER = [
  'service_request_id',
  'service_code',
  'service_name',
  'status',
  'state',
  'closing_reason',
  'requested_datetime',
  'expected_datetime',
  'closed_datetime',
  'updated_datetime',
  'ward',
  'address',
  'lat',
  'long',
]

/**
 * Open data as cities publish it: every request in the range, without personal information (no
 * reporter, no description), as CSV lines or GeoJSON features, streamed a page at a time.
 */
export const openDataStream = (
  payload: Payload,
  range: { from: string; to: string },
  format: 'csv' | 'geojson',
) => {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        const wards = await wardNames(payload)
        const services = new Map((await loadServices(payload, false)).map((s) => [s.code, s.name]))
        let first = true
        controller.enqueue(
          encoder.encode(
            format === 'csv'
              ? `${csvLine(OPEN_DATA_HEADER)}\r\n`
              : '{"type":"FeatureCollection","features":[',
          ),
        )
        for await (const page of requestsIn(payload, range, OPEN_DATA_COLUMNS)) {
          const out: string[] = []
          for (const r of page) {
            const ward = wards.get(String(relationId(r.ward))) ?? ''
            const [lat, long] = [publicCoordinate(r.lat), publicCoordinate(r.long)]
            const record = {
              service_request_id: r.reference,
              service_code: r.serviceCode,
              service_name: services.get(r.serviceCode) ?? r.serviceCode,
              status: r.status,
              state: r.state,
              closing_reason: r.closingReason ?? '',
              requested_datetime: r.requestedAt,
              expected_datetime: r.expectedAt ?? '',
              closed_datetime: r.closedAt ?? '',
              updated_datetime: r.updatedAt ?? '',
              ward,
              address: r.addressLabel ?? '',
            }
            if (format === 'csv')
              out.push(`${csvLine([...Object.values(record), lat ?? '', long ?? ''])}\r\n`)
            else {
              out.push(
                `${first ? '' : ','}${JSON.stringify({
                  type: 'Feature',
                  geometry:
                    lat !== null && long !== null
                      ? { type: 'Point', coordinates: [long, lat] }
                      : null,
                  properties: record,
                })}`,
              )
              first = false
            }
          }
          controller.enqueue(encoder.encode(out.join('')))
        }
        if (format === 'geojson') controller.enqueue(encoder.encode(']}'))
        controller.close()
      } catch (error) {
        controller.error(error)
      }
    },
  })
}
