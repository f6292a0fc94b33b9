import type { Payload } from 'payload'

import { SUBSCRIBERS } from '../core/slugs'
import type { Failure } from '../outbox/core/failure'
import type { ClaimedDelivery } from '../outbox/core/types'
import { BOUNCE_THRESHOLD } from './core/smtpErrors'

/** A permanent failure counts against the address; after BOUNCE_THRESHOLD we stop writing to it. */
export const recordBounce =
  (payload: Payload) => async (delivery: ClaimedDelivery, failure: Failure) => {
    // A single message (a confirmation, a staff notice) has no subscriber to count against.
    if (delivery.subscriber === null) return
    const subscriber = (await payload.db.findOne({
      collection: SUBSCRIBERS,
      where: { id: { equals: delivery.subscriber } },
    })) as { bounceCount?: number } | null
    if (!subscriber) return
    const bounceCount = (subscriber.bounceCount ?? 0) + 1
    await payload.update({
      collection: SUBSCRIBERS,
      id: delivery.subscriber!,
      data: {
        bounceCount,
        lastBounce: `${new Date().toISOString()} ${failure.message}`,
        ...(bounceCount >= BOUNCE_THRESHOLD ? { status: 'bounced' as const } : {}),
      },
      overrideAccess: true,
      depth: 0,
    })
  }
