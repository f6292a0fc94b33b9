import type { Payload } from 'payload'

import { mayManageSubscribers } from '../access'
import type { Actor } from '../access/core/roles'
import { SMS_SUBSCRIBERS, SUBSCRIBERS } from '../core/slugs'

/**
 * One person's alert subscriptions for an access request: the email subscription by address and,
 * when asked, the text-message one by number, each with its topics, place (the register address
 * populated, the wards) and CASL consent; never the tokens or codes (hidden fields). Subscriber
 * data is for administrators and communications managers: another actor learns only that it was
 * withheld, and from whom to ask.
 */
export const subscriptionRecords = async (
  payload: Payload,
  actor: Actor,
  who: { email: string; phone: string | null },
) => {
  if (!mayManageSubscribers(actor))
    return {
      withheld:
        'Subscriptions are seen by administrators and communications managers only; ask one of them to gather these records.',
    }
  const options = { depth: 1, pagination: false, overrideAccess: true } as const
  const email = await payload.find({
    collection: SUBSCRIBERS,
    where: { email: { equals: who.email } },
    ...options,
  })
  const sms = who.phone
    ? await payload.find({
        collection: SMS_SUBSCRIBERS,
        where: { phone: { equals: who.phone } },
        ...options,
      })
    : null
  return { email: email.docs, sms: sms?.docs ?? [] }
}
