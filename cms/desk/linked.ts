import type { Payload } from 'payload'

import type { Actor } from '../access/core/roles'
import { audit } from './audit'
import { findByReference, saveClock } from './cases'

/**
 * A case answered elsewhere (a sponsor inquiry's first contact in the sponsorship pipeline): its
 * clock stops and its first reply is recorded, as if sent from the desk.
 */
export const markAnswered = async (payload: Payload, reference: string, actor: Actor) => {
  const doc = await findByReference(payload, reference)
  if (!doc || doc.state === 'closed' || doc.firstRespondedAt) return
  const saved = await saveClock(payload, doc, {
    type: 'replied',
    at: new Date(),
    awaitCustomer: false,
  })
  await audit(payload, {
    case: doc.id,
    action: 'replied',
    actor,
    details: `answered in the sponsorship pipeline; ${saved.standardMet ? 'within' : 'after'} the standard`,
  })
}
