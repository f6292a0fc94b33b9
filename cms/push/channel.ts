import { PUSH_SUBSCRIPTIONS } from '../core/slugs'
import type { Channel } from '../outbox'
import { classifiedBy, classifyThrown } from '../outbox/core/failure'
import { pushDeliver } from './deliver'

/**
 * Web Push through the outbox: to every browser subscribed to a topic (a subscription exists or
 * not; there is nothing to confirm). Push services are many, one per browser vendor: one failing
 * says nothing of the others, so the channel has no single gateway's health.
 */
export const pushChannel: Channel = {
  name: 'push',
  gatewayName: 'the push service',
  recipients: { collection: PUSH_SUBSCRIPTIONS, confirmedOnly: false },
  claim: (settings) => ({ perSecond: settings.push.perSecond, concurrency: 50 }),
  deliver: (payload, settings) => ({ deliver: pushDeliver(payload, settings) }),
  classify: classifiedBy(classifyThrown),
}
