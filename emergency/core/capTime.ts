import { offsetDateTime } from '../../cms/core/offsetDateTime'

/** The City's time zone: CAP times carry its offset, as Canadian issuers do. */
const CAP_TIME_ZONE = 'America/Toronto'

/**
 * A CAP 1.2 date-time: `2026-11-27T09:30:00-05:00`, local time with its offset and no fractional
 * seconds (the XSD's pattern rejects `toISOString()`'s `Z` and milliseconds).
 */
export const capTime = (date: Date, timeZone = CAP_TIME_ZONE): string => {
  if (Number.isNaN(date.getTime())) throw new Error('capTime: invalid date')
  return offsetDateTime(date, timeZone)
}
