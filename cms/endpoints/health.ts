import type { Endpoint } from 'payload'

import { USERS } from '../../collections/slugs'
import type { DatabaseTarget } from '../db/databaseUrl'

/**
 * `GET /api/health`: answers ok only once the database answers a query, so a load balancer or the
 * start script can wait on it. Reveals the database kind, never its address.
 */
export const healthEndpoint = (database: DatabaseTarget, version: string): Endpoint => ({
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    try {
      await req.payload.count({ collection: USERS, overrideAccess: true })
      return Response.json({
        ok: true,
        database: database.kind,
        version,
        databaseMs: Math.round((performance.now() - started) * 10) / 10,
        uptimeSeconds: Math.round(process.uptime()),
      })
    } catch {
      return Response.json({ ok: false, database: database.kind, version, error: 'database unavailable' }, { status: 503 })
    }
  },
})
