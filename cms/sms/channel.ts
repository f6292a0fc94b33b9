import { SMS_SUBSCRIBERS } from '../core/slugs'
import type { Channel } from '../outbox'
import { classifiedBy, classifyThrown } from '../outbox/core/failure'
import { createGatewayHealth } from '../outbox/core/gatewayHealth'
import { smsDeliver } from './deliver'

/**
 * This process's view of the SMS gateway: its outage holds every text until a probe gets through.
 */
export const smsHealth = createGatewayHealth()

/**
 * Texts go from one process at a time (this lease), so the gateway's rate holds across processes.
 */
const SMS_LEASE = 'outbox:sms'

/**
 * Text messages through the outbox: to confirmed numbers subscribed to a topic, through one gateway
 * at its rate, from one process at a time.
 */
export const smsChannel: Channel = {
  name: 'sms',
  gatewayName: 'the SMS gateway',
  recipients: { collection: SMS_SUBSCRIBERS, confirmedOnly: true },
  claim: (settings) => ({
    perSecond: settings.sms.perSecond,
    concurrency: 50,
    // Outcomes in small groups: a crash hands over again at most the texts in flight and the last
    // group (the gateway drops those it already took, by their Idempotency-Key).
    flushEvery: 10,
    // Held at most 15 s by a process that died (renewed every quarter while sending).
    exclusive: { lease: SMS_LEASE, ms: Math.min(settings.outboxLeaseMs, 15_000) },
  }),
  deliver: (payload, settings) => ({ deliver: smsDeliver(payload, settings) }),
  classify: classifiedBy(classifyThrown),
  health: smsHealth,
}
