import type { Endpoint } from 'payload'

import { isStaff } from '../access/core/roles'
import { localDate } from '../core/businessDays'
import { RangeInputError, readRange } from '../core/dateRange'
import { jsonError, refuseUnless } from '../http'
import { loadServices } from './catalogue'
import { trendsCsv, wardEquity, wardEquityCsv } from './core/trends'
import { loadTrends, openDataStream } from './trends'

/** An open-data range: the last year by default (an open-data portal fetches it nightly). */
const openDataRange = (params: URLSearchParams) => {
  const today = localDate(new Date())
  const from = params.get('from') ?? `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`
  return readRange(from, params.get('to') ?? today)
}

/** 311 in numbers: the trends staff read, and the open data anyone may download. */
export const dataEndpoints: Endpoint[] = [
  {
    path: '/trends',
    method: 'get',
    handler: async (req) => {
      const refused = refuseUnless(req, (user) => isStaff(user), {
        signIn: 'Sign in to read the 311 trends.',
        forbidden: 'Only staff read the 311 trends.',
      })
      if (refused) return refused
      try {
        const range = readRange(req.searchParams.get('from'), req.searchParams.get('to'))
        const trends = await loadTrends(req.payload, range)
        if (req.searchParams.get('format') === 'csv') {
          const names = new Map(
            (await loadServices(req.payload, false)).map((s) => [s.code, s.name]),
          )
          return new Response(
            trendsCsv(trends, (code) => names.get(code) ?? code),
            {
              headers: {
                'content-type': 'text/csv; charset=utf-8',
                'content-disposition': `attachment; filename="311-trends-${range.from}-to-${range.to}.csv"`,
                'cache-control': 'no-store',
              },
            },
          )
        }
        return Response.json(trends, { headers: { 'cache-control': 'no-store' } })
      } catch (error) {
        if (error instanceof RangeInputError) return jsonError(400, error.message, error.field)
        throw error
      }
    },
  },
  ...(['csv', 'geojson'] as const).map((format): Endpoint => ({
    path: `/open-data.${format}`,
    method: 'get',
    handler: async (req) => {
      try {
        const range = openDataRange(req.searchParams)
        return new Response(openDataStream(req.payload, range, format), {
          headers: {
            'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/geo+json',
            'content-disposition': `attachment; filename="311-requests-${range.from}-to-${range.to}.${format}"`,
            'cache-control': 'public, max-age=3600',
            'access-control-allow-origin': '*',
          },
        })
      } catch (error) {
        if (error instanceof RangeInputError) return jsonError(400, error.message, error.field)
        throw error
      }
    },
  })),
  // The equity view as open data: per ward, the reports per 1,000 addresses of the register, the
  // median days to close, reopens and the survey (its average only from 5 answers or more).
  ...(['csv', 'json'] as const).map((format): Endpoint => ({
    path: `/open-data-wards.${format}`,
    method: 'get',
    handler: async (req) => {
      try {
        const range = openDataRange(req.searchParams)
        const trends = await loadTrends(req.payload, range)
        const headers = {
          'content-disposition': `attachment; filename="311-wards-${range.from}-to-${range.to}.${format}"`,
          'cache-control': 'public, max-age=3600',
          'access-control-allow-origin': '*',
        }
        return format === 'csv'
          ? new Response(wardEquityCsv(trends), {
              headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' },
            })
          : Response.json({ ...range, wards: wardEquity(trends) }, { headers })
      } catch (error) {
        if (error instanceof RangeInputError) return jsonError(400, error.message, error.field)
        throw error
      }
    },
  })),
]
