import { activeAlerts, listed, publicDate } from './content'
import type { Bulletin, Lifecycle, WardRequests } from './types'

/**
 * What a ward's page, feed and calendar hold (alerts where you live): the alerts that touch the
 * ward, in force and recent, and what was published for it. Pure; the snapshot says which wards
 * each alert touches (`touchesWards`, worked out from its polygons, circles and named wards).
 */

/** How far back a ward's page, feed and calendar look for alerts and fixed requests. */
export const RECENT_DAYS = 30
const DAY_MS = 86_400_000

/** Whether an alert touches a ward: one with no ward list covers the whole city. */
export const touchesWard = (bulletin: Pick<Bulletin, 'touchesWards'>, ward: number): boolean =>
  !bulletin.touchesWards || bulletin.touchesWards.includes(ward)

/** Whether the alert covers the whole city (no area of its own). */
export const isCityWideAlert = (bulletin: Pick<Bulletin, 'touchesWards'>) => !bulletin.touchesWards

/**
 * A ward's alerts at `now`: those in force (as the banner ranks them later), and the others of the
 * last RECENT_DAYS (ended, replaced, cancelled), newest first.
 */
/** The listed alerts published in the last RECENT_DAYS up to `now`, newest first. */
export const recentAlerts = (bulletins: Bulletin[], now: Date) => {
  const since = now.getTime() - RECENT_DAYS * DAY_MS
  return listed(bulletins).filter((b) => {
    const at = new Date(publicDate(b)).getTime()
    return at >= since && at <= now.getTime()
  })
}

export const wardAlerts = (bulletins: Bulletin[], ward: number, now: Date) => {
  const active = activeAlerts(bulletins, now).filter((b) => touchesWard(b, ward))
  const activeIds = new Set(active.map((b) => String(b.id)))
  const recent = recentAlerts(bulletins, now).filter(
    (b) => touchesWard(b, ward) && !activeIds.has(String(b.id)),
  )
  return { active, recent }
}

/** Releases or publications written for a ward (named by it), newest first. */
export const publishedForWard = <T extends Lifecycle>(items: T[], ward: number): T[] =>
  listed(items).filter((item) => (item.wards ?? []).some((named) => Number(named) === ward))

/** The ward's 311 figures from the snapshot; none when the snapshot has no such part. */
export const requestsOfWard = (all: WardRequests[] | undefined, ward: number): WardRequests => {
  const found = (all ?? []).find((entry) => entry.ward === ward)
  return found ?? { ward, open: { count: 0, newest: [] }, fixed: { count: 0, newest: [] } }
}

/** The alerts a Cancel message names: a calendar shows them cancelled. */
export const cancelledIds = (bulletins: Bulletin[]): Set<string> =>
  new Set(
    listed(bulletins)
      .filter((b) => b.msgType === 'Cancel')
      .flatMap((b) => (b.references ?? []).map(String)),
  )

/** When an alert begins, for its calendar event: its onset, else when it took effect. */
export const alertStart = (bulletin: Bulletin): Date =>
  new Date(bulletin.onset ?? bulletin.effective ?? publicDate(bulletin))
