import { realpath } from 'node:fs/promises'

import type { Payload } from 'payload'
import { type ScheduledStep, requestSiteBuild } from '../cms/coordination'

import { currentSettings } from '../cms/settings'
import { emergencyFiles, fetchBulletins, fetchRetiredCancels, listedAlertIds } from './files'
import {
  anonymousRest,
  readWards,
  writeAtomically,
  writeLiveFilesToBucket,
} from '../cms/publishing'

/**
 * Writes `active.json`, the CAP messages, `cap.atom` and the emergency feed straight into the live
 * site (a fraction of a second), before and independent of the full rebuild that follows.
 */
export const publishEmergencyNow = async (payload: Payload, now = new Date()) => {
  const settings = currentSettings()
  const root = await realpath(settings.siteOutDir).catch(() => null)
  if (!root && !settings.s3) return null
  const rest = anonymousRest(payload)
  const result = emergencyFiles(
    await fetchBulletins(rest.get),
    { siteUrl: settings.siteUrl, sender: settings.capSender, cityName: settings.cityName, now },
    await fetchRetiredCancels(rest.get),
    await readWards(rest.get),
  )
  // The site's folder on this machine (if it has one) and the bucket (if there is one).
  if (root) await writeAtomically(root, result.files)
  if (settings.s3) await writeLiveFilesToBucket(settings.s3, result.files)
  for (const problem of result.problems) payload.logger.error(`CAP message not written: ${problem}`)
  return result
}

/**
 * Expiry needs nobody to act: run by the jobs queue every few seconds, this compares the alerts in
 * force now with those `active.json` lists, and on any difference rewrites the emergency files and
 * queues a build (the banner baked into pages must go too). After a restart it catches up at once.
 */
export const refreshIfAlertsChanged = async (
  payload: Payload,
  now = new Date(),
): Promise<boolean> => {
  const settings = currentSettings()
  const root = await realpath(settings.siteOutDir).catch(() => null)
  if (!root) return false
  const rest = anonymousRest(payload)
  const result = emergencyFiles(
    await fetchBulletins(rest.get),
    { siteUrl: settings.siteUrl, sender: settings.capSender, cityName: settings.cityName, now },
    await fetchRetiredCancels(rest.get),
    await readWards(rest.get),
  )
  const listed = await listedAlertIds(root)
  if (listed && listed.join(' ') === result.activeIdentifiers.join(' ')) return false
  await writeAtomically(root, result.files)
  if (settings.s3) await writeLiveFilesToBucket(settings.s3, result.files)
  await requestSiteBuild(payload, 'alerts in force changed')
  return true
}

/** Emergency's part of the 5-second pass: alerts that expired or began are reflected at once. */
export const alertsScheduledStep: ScheduledStep = {
  name: 'alerts',
  report: 'alertsChanged',
  output: 'checkbox',
  fallback: false,
  // The live files follow the clock, not the pass's `now` (a catch-up pass must not write the
  // past).
  run: (payload) => refreshIfAlertsChanged(payload),
}
