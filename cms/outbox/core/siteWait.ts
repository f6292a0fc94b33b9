import { EMERGENCY_PRIORITY } from './priority'

/**
 * A release's, publication's or package's messages link to its page: they wait for the site build
 * that puts the page live, so a resident who follows the link finds it (and the build has the
 * machine to itself: publish → page live took 30 s on a year's data while 15,000 emails went
 * beside the build, bench:year). An emergency never waits: its message carries the alert, and its
 * page and feeds go live by the fast path within the second.
 *
 * The wait has an end, `waitMs` after the send may go: a site that cannot build (a failed build,
 * no worker running) delays the messages by that much, never for good. 0 turns the wait off.
 */
export const siteWaitEnd = (priority: number, mayGoAt: Date, waitMs: number): Date | null =>
  priority === EMERGENCY_PRIORITY || waitMs <= 0 ? null : new Date(mayGoAt.getTime() + waitMs)

/** What the wait needs of a send. */
export type WaitingSend = {
  /** When the send was written: its item was live (or its change note saved) before then. */
  startedAt?: string | null
  /** An embargoed release's embargo: the site shows it only in a build read after. */
  notBefore?: string | null
}

/**
 * Whether a site build that read the CMS at `readAt` shows a send's item: it read after the send
 * was written (so after the item went live), and after the item's embargo.
 */
export const shownByBuild = (send: WaitingSend, readAt: Date): boolean => {
  const after = [send.startedAt, send.notBefore]
    .filter((at): at is string => Boolean(at))
    .map((at) => new Date(at).getTime())
  // A send with no time of its own cannot be placed: the wait's end releases it.
  if (after.length === 0 || after.some(Number.isNaN)) return false
  return readAt.getTime() >= Math.max(...after)
}

/** Whole seconds a send still waits for the site at `now` (0: not waiting), for the dashboard. */
export const siteWaitLeft = (waitsForSiteUntil: string | null | undefined, now: Date): number => {
  const until = waitsForSiteUntil ? new Date(waitsForSiteUntil).getTime() : Number.NaN
  return Number.isNaN(until) ? 0 : Math.max(0, Math.ceil((until - now.getTime()) / 1000))
}
