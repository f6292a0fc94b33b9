import { SUBSCRIBERS } from '../core/slugs'
import type { Channel } from '../outbox'
import { createGatewayHealth } from '../outbox/core/gatewayHealth'
import { recordBounce } from './bounces'
import { classifySmtpFailure } from './core/smtpErrors'
import { payloadDeliver } from './deliver'
import { closeOutboxTransporter, outboxTransporter } from './transport'

/** This process's view of the mail server (the health endpoint and the admin show it). */
export const mailHealth = createGatewayHealth()

/**
 * Email through the outbox: to confirmed subscribers of a topic, over one pooled SMTP connection
 * set (or .eml files without SMTP_URL). The mail server is one gateway: its outage holds every
 * email uncharged until a probe gets through. A permanent refusal counts against the address.
 */
export const emailChannel: Channel = {
  name: 'email',
  gatewayName: 'the mail server',
  recipients: { collection: SUBSCRIBERS, confirmedOnly: true, digests: true },
  claim: () => ({}),
  deliver: (payload, settings) => ({
    deliver: payloadDeliver(payload, settings, outboxTransporter(settings)),
    onPermanentFailure: recordBounce(payload),
  }),
  classify: classifySmtpFailure,
  health: mailHealth,
  // A pool that lost its server is dropped: the next run connects afresh.
  afterRun: () => {
    if (mailHealth.snapshot().state === 'degraded') closeOutboxTransporter()
  },
}
