import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../core/relationId'
import { API_CLIENTS, SERVICE_REQUESTS } from '../core/slugs'
import { queueDelivery } from '../outbox'
import { type RequestEventAction, UPDATE_ACTIONS } from './core/model'

/**
 * A public update of a request an app posted, queued for the app's callback (if it registered
 * one) in the same transaction as the update: both are kept, or neither. The open311 domain's
 * callback channel makes the body and signs it when it sends.
 */
export const queueCallback = async (
  payload: Payload,
  event: { id: number | string; action: RequestEventAction; public?: boolean | null },
  request: number | string,
  req?: PayloadRequest,
) => {
  if (!event.public || !UPDATE_ACTIONS.includes(event.action)) return
  const doc = await payload.findByID({
    collection: SERVICE_REQUESTS,
    id: request,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { apiClient: true },
    req,
  })
  const clientId = relationId(doc?.apiClient)
  if (clientId == null) return
  const client = await payload.findByID({
    collection: API_CLIENTS,
    id: clientId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { callbackUrl: true, active: true },
    req,
  })
  if (!client?.callbackUrl || client.active === false) return
  await queueDelivery(
    payload,
    'callback',
    { event: event.id, client: clientId },
    { key: `callback:${event.id}:${clientId}`, req },
  )
}
