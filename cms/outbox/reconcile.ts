import type { Payload } from 'payload'
import type { ScheduledStep } from '../coordination'

import { isContentSlug, WORKFLOW_AUDIT } from '../core/slugs'
import { queueItem } from './enqueue'

/** How far back a publication without its alerts is looked for (a restart is minutes, not days). */
const RECONCILE_WINDOW_MS = 24 * 3_600_000

type ChangeNoteRow = { note?: string | null; noteFr?: string | null; notified?: boolean | null }

/**
 * A CMS killed between writing a publication and queueing its alerts would leave subscribers
 * unaware. Every publication through the workflow leaves an audit entry first; this finds the
 * recent ones whose item has no send yet, or a change note to notify without its send, and queues
 * it (queueing twice does nothing, so this is safe to run every 5 s).
 */
export const queueMissedItems = async (payload: Payload, now = new Date()): Promise<number> => {
  const { docs } = await payload.find({
    collection: WORKFLOW_AUDIT,
    where: {
      and: [
        { action: { in: ['publish', 'urgent-publish'] } },
        { at: { greater_than: new Date(now.getTime() - RECONCILE_WINDOW_MS).toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { itemCollection: true, itemId: true },
  })
  let queued = 0
  const seen = new Set<string>()
  for (const entry of docs) {
    const key = `${entry.itemCollection}:${entry.itemId}`
    if (seen.has(key) || !isContentSlug(entry.itemCollection)) continue
    seen.add(key)
    const item = await payload.findByID({
      collection: entry.itemCollection,
      id: entry.itemId,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!item || (item as { _status?: string })._status !== 'published') continue
    if (await queueItem(payload, entry.itemCollection, item)) queued += 1
    // Each major change ("Updated: …", numbered as the workflow numbers it) the same way.
    const notes = (item as { changeNotes?: ChangeNoteRow[] | null }).changeNotes ?? []
    for (const [index, note] of notes.entries()) {
      if (!note.notified) continue
      const change = { number: index + 1, note: note.note ?? '', noteFr: note.noteFr ?? null }
      if (await queueItem(payload, entry.itemCollection, item, change)) queued += 1
    }
  }
  return queued
}

/** The outbox's part of the 5-second pass: alerts a crash never queued. */
export const missedItemsScheduledStep: ScheduledStep = {
  name: 'email',
  report: 'emailsRecovered',
  output: 'number',
  fallback: 0,
  run: (payload, now) => queueMissedItems(payload, now),
}
