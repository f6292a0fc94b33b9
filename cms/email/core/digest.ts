import { addDays, CITY_TIME_ZONE, localDate, localInstant, weekday } from '../../core/businessDays'

/**
 * Digests: a subscriber who chose `daily` gets one email at 07:00 City time listing what was
 * published since the one before; `weekly` on Mondays at 07:00. Emergencies never wait for one.
 * Each period has a key, so every process that looks at the same period finds the same digest
 * (one email per subscriber and period, whoever sends it).
 */
export type Frequency = 'immediate' | 'daily' | 'weekly'
export const FREQUENCIES: readonly Frequency[] = ['immediate', 'daily', 'weekly']

/** The hour of the day digests go out, City time. */
export const DIGEST_HOUR = 7
const MONDAY = 1

export type DigestPeriod = {
  /** `daily:2026-12-07` or `weekly:2026-12-07` (the Monday): the period's name for keys. */
  key: string
  /** When this period's digest is due (07:00 of its day). */
  dueAt: Date
  /** What it lists: published at or after `since`, before `dueAt`. */
  since: Date
}

/** The latest digest of this frequency due at or before `now`, and what it covers. */
export const digestDue = (
  frequency: Exclude<Frequency, 'immediate'>,
  now: Date,
  timeZone = CITY_TIME_ZONE,
): DigestPeriod => {
  let day = localDate(now, timeZone)
  if (localInstant(day, DIGEST_HOUR, 0, timeZone).getTime() > now.getTime()) day = addDays(day, -1)
  if (frequency === 'weekly') day = addDays(day, -((weekday(day) - MONDAY + 7) % 7))
  const length = frequency === 'weekly' ? 7 : 1
  return {
    key: `${frequency}:${day}`,
    dueAt: localInstant(day, DIGEST_HOUR, 0, timeZone),
    since: localInstant(addDays(day, -length), DIGEST_HOUR, 0, timeZone),
  }
}

/** A frequency as the API takes it: one of the three, or a sentence naming the field. */
export const readFrequency = (value: unknown, field = 'frequency'): Frequency => {
  if (value === undefined || value === null || value === '') return 'immediate'
  if (typeof value === 'string' && (FREQUENCIES as readonly string[]).includes(value))
    return value as Frequency
  throw new RangeError(`\`${field}\` is immediate, daily or weekly, not ${JSON.stringify(value)}.`)
}
