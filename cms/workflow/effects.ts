import type { DataFromCollectionSlug, Payload } from 'payload'

import { type ContentSlug, EMERGENCY_BULLETINS } from '../core/slugs'
import { type ItemChange, queueItem, kickOutbox } from '../outbox'
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

/** Queueings still running in this process (tests and a clean shutdown wait for them). */
const queueing = new Set<Promise<void>>()
export const queueingIdle = async () => {
  while (queueing.size) await Promise.all(queueing)
}

/**
 * First publication: queue the alerts to the topic's subscribers on every channel and start
 * sending now (emergency mail must not wait for the next jobs tick). The person who pressed
 * publish does not wait for the queueing: a storm's bulletin to 20,000 people on three channels
 * is 75,000 rows, and the officer's press timed out at 30 s while they were written (bench:storm).
 * A crash before or during it loses nothing: the 5-second pass queues a publication that has no
 * send (reconcile.ts) and finishes one left half queued (resumeQueueing). Failures are logged.
 */
const queueAlerts = (
  payload: Payload,
  collection: ContentSlug,
  doc: Doc,
  change: ItemChange | null = null,
) => {
  const running: Promise<void> = queueItem(payload, collection, doc, change, () =>
    kickOutbox(payload),
  )
    .then((queued) => {
      if (queued) kickOutbox(payload)
    })
    .catch((error: unknown) => {
      payload.logger.error({
        err: error,
        msg: `Could not queue the alerts for ${collection} ${doc.id}; the 5-second pass will.`,
      })
    })
    .finally(() => queueing.delete(running))
  queueing.add(running)
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
  // Queueing starts first and runs beside the fast path: the first message of an urgent alert is
  // handed over within a second of the press (bench/targeting.ts).
  if (firstTimeLive) queueAlerts(payload, collection, doc)
  if (collection === EMERGENCY_BULLETINS) await emergencyFastPath(payload)
  // A major change of a live item: "Updated: …" to the same people, once per note.
  const change = transition.changeNote
  if (!firstTimeLive && goesLive && change?.notify) {
    const notes = (doc as { changeNotes?: unknown[] | null }).changeNotes ?? []
    queueAlerts(payload, collection, doc, {
      number: Math.max(1, notes.length),
      note: change.note,
      noteFr: change.noteFr,
    })
  }
  await askForSiteBuild(payload, `${transition.action} ${collection} ${doc.id}`)
}
