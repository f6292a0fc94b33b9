import type { Payload, Where } from 'payload'

import { SPONSOR_INQUIRIES } from '../core/slugs'
import { CITY_TIME_ZONE, endOfDay, localDate, todayBounds } from '../core/businessDays'
import { COMMITTED_STATES, OPEN_STATES, type PipelineState } from './core/pipeline'
import { loadPolicy } from './policy'

/**
 * Filters the admin's list view understands (`?where[...]`), shared by the counts and the links.
 */
export const overdueWhere = (now: Date): Where => ({
  and: [
    { respondedAt: { exists: false } },
    { state: { equals: 'new' } },
    { responseDueAt: { less_than: now.toISOString() } },
  ],
})
export const dueTodayWhere = (now: Date): Where => {
  const { start, end } = todayBounds(now)
  return {
    and: [
      { respondedAt: { exists: false } },
      { state: { equals: 'new' } },
      { responseDueAt: { greater_than_equal: (now > start ? now : start).toISOString() } },
      { responseDueAt: { less_than_equal: end.toISOString() } },
    ],
  }
}

/** The calendar year in Toronto that `now` falls in, as instants. */
const yearBounds = (now: Date) => {
  const year = Number(localDate(now, CITY_TIME_ZONE).slice(0, 4))
  return {
    year,
    start: new Date(endOfDay(`${year - 1}-12-31`).getTime() + 1),
    end: endOfDay(`${year}-12-31`),
  }
}

/**
 * The sponsorship dashboard's numbers: open inquiries by state, replies overdue and due today (with
 * the inquiries), and the value committed by agreements this calendar year against the policy's
 * target.
 */
export const sponsorshipDashboard = async (payload: Payload, now = new Date()) => {
  const find = (where: Where, limit = 0) =>
    payload.find({
      collection: SPONSOR_INQUIRIES,
      where,
      depth: 0,
      overrideAccess: true,
      sort: 'responseDueAt',
      ...(limit ? { limit } : { pagination: false }),
      select: {
        organisation: true,
        responseDueAt: true,
        state: true,
        committedValue: true,
      },
    })
  const open = await find({ state: { in: [...OPEN_STATES] } })
  const byState = Object.fromEntries(OPEN_STATES.map((state) => [state, 0])) as Record<
    PipelineState,
    number
  >
  for (const doc of open.docs) byState[doc.state] += 1
  const overdue = await find(overdueWhere(now), 10)
  const dueToday = await find(dueTodayWhere(now), 10)
  const { year, start, end } = yearBounds(now)
  const committed = await find({
    and: [
      { state: { in: [...COMMITTED_STATES] } },
      { agreedAt: { greater_than_equal: start.toISOString() } },
      { agreedAt: { less_than_equal: end.toISOString() } },
    ],
  })
  const total = committed.docs.reduce((sum, doc) => sum + (doc.committedValue ?? 0), 0)
  const { annualTarget } = await loadPolicy(payload)
  return {
    byState,
    overdue: { count: overdue.totalDocs, items: overdue.docs },
    dueToday: { count: dueToday.totalDocs, items: dueToday.docs },
    committed: { year, total, target: annualTarget, agreements: committed.docs.length },
  }
}
