import type { Endpoint, Payload } from 'payload'

import { mayWrite } from '../cms/access'
import { EMERGENCY_BULLETINS, SENDS } from '../cms/core/slugs'
import { recipientsOf } from '../cms/outbox'
import { CHANNELS, type ChannelName } from '../cms/outbox/core/types'
import { jsonError, refuseUnless } from '../cms/http'
import { alertAreaOf, type StoredArea } from '../cms/addresses/core/alertArea'
import type { AlertArea } from '../cms/addresses/core/targeting'
import { currentSettings } from '../cms/settings'

export type ChannelReach = Record<ChannelName, number>
export type SentReach = Record<
  ChannelName,
  { total: number; sent: number; failed: number; skipped: number; queued: number; retrying: number }
>

/**
 * How many an emergency alert reaches now on each channel: confirmed subscribers of the topic, of
 * whom those who asked for alerts where they are only when its areas touch them (the same
 * selection the send makes).
 */
export const emergencyReach = async (
  payload: Payload,
  area: AlertArea | null = null,
): Promise<ChannelReach> =>
  Object.fromEntries(
    await Promise.all(
      CHANNELS.map(async (channel) => [
        channel,
        (await recipientsOf(payload, channel, 'emergency', area)).length,
      ]),
    ),
  ) as ChannelReach

/**
 * `GET /api/emergency-bulletins/{id}/reach`: for the officer's screen, before sending, how many
 * people each channel will reach (email, push, SMS), and after, what the bulletin's send reached
 * (sent, failed, skipped, still queued, retrying), per channel. Staff who write bulletins only.
 */
export const reachEndpoint: Endpoint = {
  path: '/:id/reach',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, (user) => mayWrite(EMERGENCY_BULLETINS, user), {
      signIn: 'Sign in to see an alert’s reach.',
      forbidden: 'Only roles that write bulletins see their reach.',
    })
    if (refused) return refused
    const id = String(req.routeParams?.id ?? '')
    const bulletin = (await req.payload.findByID({
      collection: EMERGENCY_BULLETINS,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as { id: number | string; uid?: string | null; areas?: StoredArea[] | null } | null
    if (!bulletin) return jsonError(404, `No bulletin with id ${id}.`)
    const send = (await req.payload.db.findOne({
      collection: SENDS,
      where: { key: { equals: `${EMERGENCY_BULLETINS}:${bulletin.uid ?? bulletin.id}` } },
    })) as { byChannel?: SentReach | null; status?: string; startedAt?: string } | null
    return Response.json(
      {
        willReach: await emergencyReach(req.payload, alertAreaOf(bulletin.areas)),
        reached: send
          ? { status: send.status, startedAt: send.startedAt, byChannel: send.byChannel ?? null }
          : null,
        siteUrl: currentSettings().siteUrl,
        cityName: currentSettings().cityName,
        uid: bulletin.uid ?? null,
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
