import type { Payload, Where } from 'payload'

import { DELIVERIES } from '../core/slugs'
import { channelNamed } from './channel'
import type { ChannelName } from './core/types'

export type GatewayStatus = {
  state: 'ok' | 'degraded'
  since: string | null
  queued: number
  lastSuccessAt: string | null
  lastError: string | null
}

/** An error as the public health answer shows it: no address or port of the City's servers. */
const withoutAddresses = (text: string | null, gateway: string) =>
  text
    ?.replace(/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, gateway)
    .replace(/\[[0-9a-f:]+\](?::\d+)?/gi, gateway) ?? null

/**
 * What the outbox holds: `waiting` (queued or in flight, for operators), `due` (queued and due now)
 * and `inFlight` (held by a worker). A drain is done when nothing is due or in flight.
 */
export const outboxBacklog = async (payload: Payload, now = new Date()) => {
  const count = async (where: Where) =>
    (await payload.count({ collection: DELIVERIES, where, overrideAccess: true })).totalDocs
  const [due, inFlight, later] = await Promise.all([
    count({
      and: [
        { status: { equals: 'queued' } },
        { nextAttemptAt: { less_than_equal: now.toISOString() } },
      ],
    }),
    count({ status: { equals: 'sending' } }),
    count({
      and: [
        { status: { equals: 'queued' } },
        { nextAttemptAt: { greater_than: now.toISOString() } },
      ],
    }),
  ])
  return { due, inFlight, later, waiting: due + inFlight + later }
}

/**
 * A channel's gateway as this process sees it (the mail server for email), and what waits in the
 * outbox (for /api/health and the admin). A channel without one gateway reads as always ok.
 */
export const gatewayStatus = async (
  payload: Payload,
  channel: ChannelName,
): Promise<GatewayStatus> => {
  const { health: gateway, gatewayName } = channelNamed(channel)
  const health = gateway?.snapshot() ?? {
    state: 'ok' as const,
    since: null,
    lastSuccessAt: null,
    lastError: null,
  }
  const queued = (await outboxBacklog(payload)).waiting
  return {
    state: health.state,
    since: health.since?.toISOString() ?? null,
    queued,
    lastSuccessAt: health.lastSuccessAt?.toISOString() ?? null,
    lastError: withoutAddresses(health.lastError, gatewayName),
  }
}
