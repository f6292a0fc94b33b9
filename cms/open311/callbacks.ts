import { createHmac, randomBytes } from 'node:crypto'
import { type Agent, request } from 'node:https'

import {
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type Payload,
  ValidationError,
} from 'payload'

import { relationId } from '../core/relationId'
import { API_CLIENTS, SERVICE_REQUEST_EVENTS, SERVICE_REQUESTS } from '../core/slugs'
import { type HostRule, readCallbackUrl } from '../core/url/outboundUrl'
import { checkedAddresses, outboundAgent, OUTBOUND_REFUSED } from '../http'
import type { Channel, Deliver } from '../outbox'
import { classifiedBy, DeliveryFailure } from '../outbox/core/failure'
import { currentSettings } from '../settings'
import { updateView } from './core/updates'

/**
 * Callbacks: an Open311 app that registers an https `callbackUrl` (its client's record, or
 * `POST callbacks.json` with its key) is sent each public update of the requests it posted, as
 * the servicerequestupdates document holds it, signed with its own secret (the
 * `X-Open311-Signature` header: `sha256=` and the hex HMAC-SHA256 of the body), through the outbox:
 * retried while the app's server is down, never waited on by a request. A private, loopback or
 * link-local address is refused when the URL is given (the name resolved, each answer checked) and
 * again at each send (the connection pinned to an address checked then).
 */

export const SIGNATURE_HEADER = 'x-open311-signature'

export const signBody = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`

const newSecret = () => `cb_${randomBytes(24).toString('base64url')}`

/** Why a callback URL cannot be kept, or null: the URL's form, then every address of its name. */
export const callbackRefusal = async (
  url: unknown,
  trusted: readonly HostRule[],
  resolve?: Parameters<typeof checkedAddresses>[2],
): Promise<{ message: string } | { url: string }> => {
  const read = readCallbackUrl(url, trusted)
  if (!read.ok) return { message: read.message }
  if (read.value.rule.trusted) return { url: read.value.url }
  try {
    await checkedAddresses(read.value.host, trusted, resolve)
  } catch (error) {
    const code = (error as { code?: string }).code
    return {
      message:
        code === OUTBOUND_REFUSED
          ? (error as Error).message
          : `${read.value.host} could not be resolved (${code ?? 'no answer'}): check the name.`,
    }
  }
  return { url: read.value.url }
}

/** A new or changed callback URL is checked, kept normalised, and given a new secret. */
export const checkCallbackUrl: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  context,
}) => {
  if (!('callbackUrl' in data)) return data
  const given = typeof data.callbackUrl === 'string' ? data.callbackUrl.trim() : ''
  if (!given) return { ...data, callbackUrl: null, callbackSecret: null }
  if (given === originalDoc?.callbackUrl && !context.renewCallbackSecret) return data
  const checked = await callbackRefusal(given, currentSettings().callbackHosts)
  if ('message' in checked)
    throw new ValidationError({
      collection: API_CLIENTS,
      errors: [{ path: 'callbackUrl', message: checked.message }],
    })
  const secret = newSecret()
  context.newCallbackSecret = secret
  return { ...data, callbackUrl: checked.url, callbackSecret: secret }
}

/** The answer that set a callback URL carries its secret, once: no read ever shows it again. */
export const returnCallbackSecretOnce: CollectionAfterChangeHook = ({ doc, context }) =>
  typeof context.newCallbackSecret === 'string'
    ? { ...doc, callbackSecret: context.newCallbackSecret }
    : doc

/** A callback's delivery names the event and the app; its body is made when it is sent. */
export type QueuedCallback = { event: number | string; client: number | string }

/**
 * What the callback channel sends: the event's update, signed with the client's secret as it is
 * now (a secret renewed since the queueing signs with the new one).
 */
const callbackFor = async (payload: Payload, message: QueuedCallback) => {
  const event = await payload.findByID({
    collection: SERVICE_REQUEST_EVENTS,
    id: message.event,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!event?.public || !event.state) return null
  const requestDoc = await payload.findByID({
    collection: SERVICE_REQUESTS,
    id: relationId(event.request)!,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { reference: true },
  })
  const client = await payload.findByID({
    collection: API_CLIENTS,
    id: message.client,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    showHiddenFields: true,
  })
  if (!requestDoc || !client?.callbackUrl || !client.callbackSecret || client.active === false)
    return null
  const body = JSON.stringify([
    updateView({
      id: event.id,
      reference: requestDoc.reference,
      state: event.state,
      at: event.at,
      notes: event.notes,
      mediaUrl: event.mediaUrl,
    }),
  ])
  return { url: client.callbackUrl, secret: client.callbackSecret, body }
}

const post = (url: string, body: string, headers: Record<string, string>, agent: Agent) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        timeout: 10_000,
        headers: {
          ...headers,
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(body)),
        },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          if (text.length < 500) text += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      },
    )
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error('no answer in 10 s'), { code: 'ETIMEDOUT' })),
    )
    req.on('error', reject)
    req.end(body)
  })

/** One pinned agent per rule set: every connection checked again as it is made. */
const agents = new WeakMap<readonly HostRule[], Agent>()

export const callbackDeliver = (payload: Payload): Deliver => {
  const trusted = currentSettings().callbackHosts
  const agent = agents.get(trusted) ?? outboundAgent(trusted, { maxSockets: 16 })
  agents.set(trusted, agent)
  return async (delivery) => {
    const message = delivery.message as QueuedCallback | null
    if (!message) return { skipped: 'no callback in the delivery' }
    const callback = await callbackFor(payload, message)
    if (!callback) return { skipped: 'the app has no callback now, or the update is not public' }
    // Read again as it is sent: a URL kept under other rules is not sent to.
    const read = readCallbackUrl(callback.url, trusted)
    if (!read.ok) return { skipped: `callback refused: ${read.message}` }
    let answer: { status: number; text: string }
    try {
      answer = await post(
        read.value.url,
        callback.body,
        {
          [SIGNATURE_HEADER]: signBody(callback.secret, callback.body),
          'x-open311-delivery': delivery.key,
          'user-agent': `${currentSettings().cityName} Open311 callbacks`,
        },
        agent,
      )
    } catch (error) {
      const refused = (error as { code?: string }).code === OUTBOUND_REFUSED
      throw new DeliveryFailure({
        kind: refused ? 'permanent' : 'temporary',
        code: null,
        scope: 'recipient',
        message: `${read.value.host}: ${(error as Error).message}`,
      })
    }
    if (answer.status >= 200 && answer.status < 300)
      return { messageId: `callback:${read.value.host}:${answer.status}` }
    const temporary = answer.status >= 500 || answer.status === 408 || answer.status === 429
    throw new DeliveryFailure({
      kind: temporary ? 'temporary' : 'permanent',
      code: answer.status,
      scope: 'recipient',
      message: `${read.value.host} answered ${answer.status}`,
    })
  }
}

/** The apps' servers are many: one down says nothing of the others (no gateway health). */
export const callbackChannel: Channel = {
  name: 'callback',
  gatewayName: 'the apps’ servers',
  recipients: null,
  claim: () => ({ concurrency: 8 }),
  deliver: (payload) => ({ deliver: callbackDeliver(payload) }),
  classify: classifiedBy((error) => ({
    kind: 'temporary',
    code: null,
    scope: 'recipient',
    message: (error as Error)?.message ?? String(error),
  })),
}
