import type { Endpoint } from 'payload'

import { databaseLimiter } from '../coordination'
import { clientIp, readBody, sourcePageOf } from '../http'
import { currentSettings } from '../settings'
import { vapidKeys } from './keys'
import { endpointOf } from './core/subscription'
import { subscribePush, unsubscribePush } from './subscriptions'
import { placeError } from '../addresses'

/** The site calls these from another origin with simple requests (a form body, no preflight). */
const open = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' }
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...open, ...headers } })

/** 10 subscriptions an IP per 10 minutes: a browser subscribes once; a script is stopped. */
const perIp = databaseLimiter('push-subscribe-ip', { max: 10, windowMs: 10 * 60 * 1000 })

/**
 * `GET /api/push-subscriptions/key`: the City's public VAPID key, which browsers subscribe with.
 * `POST /api/push-subscriptions` `{ subscription, topics, language }`: stores a browser's
 * subscription (201, or 200 when the browser had one: topics and language are replaced); 400 names
 * the field; 429 past the limit. Nothing about subscriptions is readable without signing in.
 * `POST /api/push-subscriptions/unsubscribe` `{ endpoint }`: removes it (200 either way).
 */
export const pushEndpoints: Endpoint[] = [
  {
    path: '/key',
    method: 'get',
    handler: async (req) =>
      json({ publicKey: (await vapidKeys(req.payload, currentSettings())).publicKey }, 200, {
        'cache-control': 'public, max-age=300',
      }),
  },
  {
    path: '/',
    method: 'post',
    handler: async (req) => {
      if (!(await perIp.take(req.payload, clientIp(req))))
        return json({ errors: [{ message: 'Too many requests; wait ten minutes.' }] }, 429, {
          'retry-after': '600',
        })
      const { values } = await readBody(req, ['topics', 'wards'])
      const settings = currentSettings()
      const result = await subscribePush(req.payload, settings, {
        // JSON text in a form field, or an object in a JSON body: the check reads either.
        subscription: values.subscription,
        topics: values.topics,
        language: values.language,
        area: values.area,
        address: values.address,
        wards: values.wards,
        sourcePage: sourcePageOf(req, values, settings.siteUrl),
        ip: clientIp(req),
      })
      if (!result.ok) return json({ errors: [placeError(result)] }, 400)
      return json({ message: 'Notifications are on in this browser.' }, result.created ? 201 : 200)
    },
  },
  {
    path: '/unsubscribe',
    method: 'post',
    handler: async (req) => {
      const { values } = await readBody(req)
      const endpoint = endpointOf(values.endpoint ?? values.subscription)
      const removed = await unsubscribePush(req.payload, endpoint)
      return json({ message: 'Notifications are off in this browser.', removed })
    },
  },
]
