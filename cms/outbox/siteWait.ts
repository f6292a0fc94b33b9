import type { Payload } from 'payload'

import { SENDS } from '../core/slugs'
import { shownByBuild, type WaitingSend } from './core/siteWait'
import { payloadOutboxStore } from './store'

type Send = WaitingSend & { id: number | string; waitsForSiteUntil?: string | null }

/**
 * Sends that wait for the site (core/siteWait.ts) go once a build that read the CMS at `readAt`
 * is live: the build's process calls this as its pages go live, and the 5-second pass with the live
 * site's read time (a build in another process, a call that failed). A send whose wait ended
 * without such a build is no longer marked waiting (its rows were due at that end anyway).
 * Answers how many sends it let go; the caller wakes the outbox.
 */
export const releaseSendsShownBy = async (
  payload: Payload,
  readAt: Date,
  now = new Date(),
): Promise<number> => {
  const { docs } = await payload.db.find<Send>({
    collection: SENDS,
    // Sent ones too (their wait ended, they went): the mark is cleared once, then never read.
    where: { waitsForSiteUntil: { exists: true } },
    pagination: false,
    limit: 0,
  })
  let released = 0
  for (const send of docs) {
    if (!send.waitsForSiteUntil) continue
    const shown = shownByBuild(send, readAt)
    if (!shown && new Date(send.waitsForSiteUntil).getTime() > now.getTime()) continue
    // The mark first: rows a queueing still writes after this are made due by the queueing itself
    // (releaseIfShown), so none waits for the wait's end once the page is live.
    await payload.db.updateOne({
      collection: SENDS,
      id: send.id,
      data: { waitsForSiteUntil: null },
      returning: false,
    })
    if (shown) await payloadOutboxStore(payload).releaseSend(send.id, now)
    released += 1
  }
  return released
}

/** After a queueing of a waiting send: its rows are made due if the send was let go meanwhile. */
export const releaseIfShown = async (payload: Payload, id: number | string) => {
  const send = await payload.db.findOne<Send>({
    collection: SENDS,
    where: { id: { equals: id } },
  })
  if (send && !send.waitsForSiteUntil) await payloadOutboxStore(payload).releaseSend(id, new Date())
}
