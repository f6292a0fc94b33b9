import type { DataFromCollectionSlug, Payload } from 'payload'

import { type ContentSlug, EMERGENCY_BULLETINS } from '../core/slugs'
import { queueItem, kickOutbox } from '../outbox'
import { publishEmergencyNow } from '../../emergency'
import { requestSiteBuild } from '../coordination'
import type { Transition } from './core/transition'
import { isLive } from './core/states'

type Doc = DataFromCollectionSlug<ContentSlug>

/**
 * A bulletin changed: alerts, CAP and feeds go out now; a failure is logged, the full build
 * follows.
 */
const emergencyFastPath = async (payload: Payload) => {
  try {
    await publishEmergencyNow(payload)
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: 'Emergency fast path failed; the site build that follows will publish the alert.',
    })
  }
}

/**
 * First publication: queue the email to the topic's subscribers and start sending now (emergency
 * mail must not wait for the next jobs tick). Failures are logged; the outbox keeps what was
 * queued.
 */
const emailSubscribers = async (payload: Payload, collection: ContentSlug, doc: Doc) => {
  try {
    if (await queueItem(payload, collection, doc)) {
      kickOutbox(payload)
    }
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Could not queue the email for ${collection} ${doc.id}.`,
    })
  }
}

/**
 * Whatever the public sees changed: queue a site build. A queueing failure must not undo the
 * transition.
 */
const askForSiteBuild = async (payload: Payload, reason: string) => {
  try {
    await requestSiteBuild(payload, reason)
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Could not queue a site build (${reason}); the next change or restart will.`,
    })
  }
}

/**
 * What follows a transition that changed what the public sees, once it is written: alerts and CAP
 * at once for bulletins, the first-publication email, then the site build. Each step logs its own
 * failure and never undoes the transition.
 */
export const afterTransition = async (
  payload: Payload,
  event: { collection: ContentSlug; doc: Doc; transition: Transition; firstTimeLive: boolean },
) => {
  const { collection, doc, transition, firstTimeLive } = event
  const goesLive = isLive(transition.to)
  if (!goesLive && transition.to !== 'archived') return
  if (collection === EMERGENCY_BULLETINS) await emergencyFastPath(payload)
  if (firstTimeLive) await emailSubscribers(payload, collection, doc)
  await askForSiteBuild(payload, `${transition.action} ${collection} ${doc.id}`)
}
