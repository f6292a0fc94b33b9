import type { Payload } from 'payload'

import { CITY_CALENDAR } from '../core/slugs'
import { type CityCalendar, DEFAULT_CALENDAR, localDate } from '../core/businessDays'

/**
 * The City calendar global as the business-day clock wants it: one calendar for every promise the
 * City makes (sponsor inquiries, correspondence, service requests).
 */
export const loadCalendar = async (payload: Payload): Promise<CityCalendar> => {
  const saved = await payload.findGlobal({ slug: CITY_CALENDAR, depth: 0, overrideAccess: true })
  if (!saved.updatedAt) return { ...DEFAULT_CALENDAR, closures: [] }
  // A day-only date may arrive as noon UTC or as Toronto midnight; either way it names one Toronto
  // day.
  const closures = (saved.closures ?? []).map((row) => ({
    date: localDate(new Date(row.date)),
    reason: row.reason ?? null,
  }))
  return { closures, observedOptional: saved.observedOptional ?? DEFAULT_CALENDAR.observedOptional }
}
