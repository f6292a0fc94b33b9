import type { Endpoint, Payload } from 'payload'

import { SITE_STATUS, USERS } from '../core/slugs'
import type { DatabaseTarget } from '../db'
import type { ProcessRole } from '../settings'

/**
 * `GET /api/health`: answers ok only once the database answers a query, so a load balancer or the
 * start script can wait on it. Reveals the database kind, never its address; the mail server's
 * state (`ok` or `degraded` from the first failed attempt), the messages waiting, the last success
 * and error.
 */
export const healthEndpoint = (
  database: DatabaseTarget,
  version: string,
  role: ProcessRole,
  /**
   * The mail server's state and the outbox's backlog (the outbox's answer, passed in by the
   * config).
   */
  mailStatus: (payload: Payload) => Promise<unknown>,
): Endpoint => ({
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    try {
      await req.payload.count({ collection: USERS, overrideAccess: true })
      const databaseMs = Math.round((performance.now() - started) * 10) / 10
      const site = await req.payload.findGlobal({
        slug: SITE_STATUS,
        overrideAccess: true,
      })
      return Response.json({
        ok: true,
        database: database.kind,
        version,
        role,
        databaseMs,
        uptimeSeconds: Math.round(process.uptime()),
        // The public site's build state, without the error text (that is for staff, in the admin).
        site: {
          state: site.state ?? 'never-built',
          lastSuccessAt: site.lastSuccessAt ?? null,
          lastAttemptAt: site.lastAttemptAt ?? null,
        },
        // Mail never makes this answer fail: the CMS keeps working and the outbox waits
        // (docs/operations.md).
        mail: await mailStatus(req.payload),
      })
    } catch {
      return Response.json(
        { ok: false, database: database.kind, version, error: 'database unavailable' },
        { status: 503 },
      )
    }
  },
})
