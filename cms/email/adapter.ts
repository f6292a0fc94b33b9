import type { EmailAdapter } from 'payload'

import type { Settings } from '../settings'
import { splitMailbox } from '../core/text/emailAddress'
import { queueMessage, toQueuedMessage } from './queue'

/**
 * Payload's mail (workflow notices, acknowledgements, password resets) goes into the outbox like
 * everything else: `sendEmail` writes a row and returns, and the outbox worker sends it, retries it
 * and waits out a mail server that is down. No request ever waits on SMTP.
 */
export const emailAdapter =
  (settings: Settings): EmailAdapter =>
  ({ payload }) => {
    const from = splitMailbox(settings.mailFrom)
    return {
      name: 'civic-outbox',
      defaultFromAddress: from.address,
      defaultFromName: from.name || 'City Communications',
      sendEmail: async (message) =>
        queueMessage(payload, toQueuedMessage({ from: settings.mailFrom, ...message })),
    }
  }
