import type { Payload } from 'payload'

import { paced, type ScheduledStep } from '../coordination'
import { CORRESPONDENCE_FILES, REQUEST_PHOTO_COPIES, REQUEST_PHOTOS } from '../core/slugs'
import { removeStrayFiles } from './strayFiles'

/**
 * Intake's files are written before its rows commit; a process killed in between leaves files no
 * row names (a 0-byte photo cut off mid-write, the photos of a report whose rows were rolled back).
 * The first scheduled pass after start-up removes them, and one pass an hour after that. Only files
 * older than any intake in progress can be are touched: another process may be storing one now.
 */

const INTAKE_COLLECTIONS = [REQUEST_PHOTOS, REQUEST_PHOTO_COPIES, CORRESPONDENCE_FILES] as const

/** Longer than any intake takes to commit (three 10 MB photos to a slow bucket). */
export const STRAY_AFTER_MS = 10 * 60 * 1000
const EVERY_MS = 60 * 60 * 1000

export const sweepStrayFiles = async (payload: Payload, now: Date) => {
  const removed: string[] = []
  for (const collection of INTAKE_COLLECTIONS) {
    const gone = await removeStrayFiles(payload, collection, {
      olderThan: new Date(now.getTime() - STRAY_AFTER_MS),
    })
    removed.push(...gone.map((name) => `${collection}/${name}`))
  }
  if (removed.length)
    payload.logger.warn(
      `Removed ${removed.length} file(s) that a stopped intake left without a row: ${removed
        .slice(0, 20)
        .join(', ')}${removed.length > 20 ? '…' : ''}`,
    )
  return removed.length
}

export const strayFilesScheduledStep: ScheduledStep = {
  name: 'stray-files',
  report: 'strayFilesRemoved',
  fallback: null,
  run: paced(EVERY_MS, (payload, now) => sweepStrayFiles(payload, now)),
}
