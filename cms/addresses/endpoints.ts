import type { Endpoint } from 'payload'

import { jsonError } from '../http'
import { LocationError, readLatLong } from './core/geo'
import { checkAddress, placePoint, searchAddresses } from './register'
import { wardFinderEndpoint } from './wardFinder'
import { streetsEndpoint } from './streets'

/**
 * Public register answers: any site or app may read them from the browser (no cookies are sent).
 */
const publicJson = (body: unknown) =>
  Response.json(body, {
    headers: { 'cache-control': 'public, max-age=60', 'access-control-allow-origin': '*' },
  })

/**
 * The register for forms and apps, no sign-in: search while typing
 * (`GET /api/addresses/search?q=` → `[{ id, label, lat, long, ward }]`), check a typed address
 * (`/check?q=`, with the nearest valid addresses when it is not one), and place a point
 * (`/locate?lat=&long=` → its ward and nearest address, or why it is outside the city), and lead
 * a typed address to its ward's page (`/ward?q=&lang=`, the site's ward finder), and draw its
 * streets (`/streets`).
 */
export const addressEndpoints: Endpoint[] = [
  wardFinderEndpoint,
  streetsEndpoint,
  {
    path: '/search',
    method: 'get',
    handler: async (req) => {
      const q = (req.searchParams.get('q') ?? '').slice(0, 200)
      const limit = Number(req.searchParams.get('limit') ?? 10) || 10
      const hits = await searchAddresses(req.payload, q, limit)
      return publicJson(
        hits.map(({ id, label, lat, long, ward }) => ({ id, label, lat, long, ward })),
      )
    },
  },
  {
    path: '/check',
    method: 'get',
    handler: async (req) => {
      const q = (req.searchParams.get('q') ?? '').slice(0, 200)
      if (!q.trim())
        return jsonError(400, 'Give the address to check in `q`, like 123 Main Street.', 'q')
      const result = await checkAddress(req.payload, q)
      const strip = ({
        id,
        label,
        lat,
        long,
        ward,
      }: {
        id: unknown
        label: string
        lat: number
        long: number
        ward: string | null
      }) => ({ id, label, lat, long, ward })
      return result.ok
        ? publicJson({ valid: true, address: strip(result.address) })
        : publicJson({
            valid: false,
            message: result.message,
            suggestions: result.suggestions.map(strip),
          })
    },
  },
  {
    path: '/locate',
    method: 'get',
    handler: async (req) => {
      try {
        const point = readLatLong(req.searchParams.get('lat'), req.searchParams.get('long'))
        const placed = await placePoint(req.payload, point)
        return publicJson({
          ward: placed.ward
            ? {
                id: placed.ward.id,
                number: placed.ward.number,
                name: placed.ward.name,
                nameFr: placed.ward.nameFr,
              }
            : null,
          nearest: placed.nearest
            ? {
                id: placed.nearest.id,
                label: placed.nearest.label,
                lat: placed.nearest.lat,
                long: placed.nearest.long,
                ward: placed.nearest.ward,
                metres: placed.nearest.metres,
              }
            : null,
        })
      } catch (error) {
        if (error instanceof LocationError) return jsonError(400, error.message, error.field)
        throw error
      }
    },
  },
]
