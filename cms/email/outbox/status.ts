import type { Payload } from 'payload'

import { DELIVERIES } from '../../../collections/slugs'
import { mailHealth } from './run'

export type MailStatus = { state: 'ok' | 'degraded'; since: string | null; queued: number; lastSuccessAt: string | null; lastError: string | null }

/** An error as the public health answer shows it: no address or port of the City's mail server. */
const withoutAddresses = (text: string | null) => text?.replace(/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, 'the mail server').replace(/\[[0-9a-f:]+\](?::\d+)?/gi, 'the mail server') ?? null

/** The mail server as this process sees it, and what waits in the outbox (for /api/health and the admin). */
export const mailStatus = async (payload: Payload): Promise<MailStatus> => {
  const health = mailHealth.snapshot()
  const queued = (await payload.count({ collection: DELIVERIES, where: { status: { in: ['queued', 'sending'] } }, overrideAccess: true })).totalDocs
  return {
    state: health.state,
    since: health.since?.toISOString() ?? null,
    queued,
    lastSuccessAt: health.lastSuccessAt?.toISOString() ?? null,
    lastError: withoutAddresses(health.lastError),
  }
}
