import type { Bulletin, Lifecycle } from './types'

export { formatBytes, formatDate, formatDateTime, formatMoney } from './i18n/format'

export const isWithdrawn = (item: Lifecycle): boolean => item.workflowState === 'withdrawn'

/**
 * When an item counts as published: its release time if it has one, else when it first went live.
 */
export const publicDate = (
  item: Lifecycle & { releaseAt?: string | null; issueDate?: string | null },
): string => item.releaseAt ?? item.issueDate ?? item.publishedAt ?? item.updatedAt

/** When the item's latest change note was published, if it has one ("Updated" on its page). */
export const lastUpdated = (item: Lifecycle): string | null => {
  const notes = item.changeNotes ?? []
  return notes.length ? notes[notes.length - 1]!.at : null
}

const newestFirst = <T extends Lifecycle>(items: T[]) =>
  [...items].sort(
    (a, b) =>
      publicDate(b).localeCompare(publicDate(a)) || String(b.id).localeCompare(String(a.id)),
  )

/** Listings and feeds: withdrawn items keep their page but leave every list. */
export const listed = <T extends Lifecycle>(items: T[]): T[] =>
  newestFirst(items.filter((item) => !isWithdrawn(item)))

/**
 * Alerts in force at `now`: published Alert or Update bulletins, not expired, not withdrawn, and
 * not replaced by a later Update or Cancel that names them. (The emergency issue refines this with
 * CAP.)
 */
export const activeAlerts = (bulletins: Bulletin[], now: Date): Bulletin[] => {
  const replaced = new Set(bulletins.flatMap((b) => (b.references ?? []).map(String)))
  return listed(bulletins).filter(
    (b) =>
      (b.msgType === 'Alert' || b.msgType === 'Update') &&
      !replaced.has(String(b.id)) &&
      new Date(b.expires).getTime() > now.getTime(),
  )
}
