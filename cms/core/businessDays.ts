import Holidays from 'date-holidays'
import { type Language } from '../../site/lib/i18n'

/**
 * The City's business-day clock: residents and sponsors are promised a reply within 3 business
 * days. Days the offices are closed: Saturdays, Sundays, Ontario's statutory holidays (dates from
 * the `date-holidays` library, kept up to date by its maintainers), their weekday substitutes when
 * one falls on a weekend, any of the library's optional Ontario holidays the City observes (Civic
 * Holiday, usually), and the closure days staff enter in the City calendar global. Pure: no
 * Payload, no clock of its own.
 */

export const CITY_TIME_ZONE = 'America/Toronto'

/**
 * Ontario's public holidays under the Employment Standards Act, 2000, s. 1(1) "public holiday". The
 * library also lists Easter Monday as "public" for CA-ON (a federal holiday, not an Ontario one),
 * so the statutory set is named here and the library supplies the dates.
 */
const ONTARIO_STATUTORY_HOLIDAYS = [
  "New Year's Day",
  'Family Day',
  'Good Friday',
  'Victoria Day',
  'Canada Day',
  'Labour Day',
  'Thanksgiving',
  'Christmas Day',
  'Boxing Day',
] as const

/**
 * Holidays a city may choose to observe besides the statutory ones (names as the library spells
 * them).
 */
export const OPTIONAL_ONTARIO_HOLIDAYS = [
  'Civic Holiday',
  'Easter Monday',
  'Remembrance Day',
] as const

export type CityCalendar = {
  /** Extra days the offices close (a storm, a strike, the days between Christmas and New Year). */
  closures: { date: string; reason?: string | null }[]
  observedOptional: readonly string[]
  timeZone?: string
}

export const DEFAULT_CALENDAR: CityCalendar = { closures: [], observedOptional: ['Civic Holiday'] }

/** A calendar date, `YYYY-MM-DD`, with no time zone: the unit the clock counts in. */
type DateKey = string

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/

const parts = (key: DateKey) => {
  const match = DATE_KEY.exec(key)
  if (!match) throw new RangeError(`"${key}" is not a date written YYYY-MM-DD.`)
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}

const toKey = (date: Date): DateKey => date.toISOString().slice(0, 10)

/** The date `days` after (or before, when negative) another. */
export const addDays = (key: DateKey, days: number): DateKey => {
  const { year, month, day } = parts(key)
  return toKey(new Date(Date.UTC(year, month - 1, day + days)))
}

/** 0 Sunday … 6 Saturday. */
export const weekday = (key: DateKey) => {
  const { year, month, day } = parts(key)
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

const isWeekend = (key: DateKey) => weekday(key) === 0 || weekday(key) === 6

const holidays = new Holidays('CA', 'ON')
const holidayCache = new Map<number, { date: DateKey; name: string }[]>()

const libraryHolidays = (year: number) => {
  let list = holidayCache.get(year)
  if (!list) {
    list = (holidays.getHolidays(year, 'en') || []).map((h) => ({
      date: h.date.slice(0, 10),
      name: h.name,
    }))
    holidayCache.set(year, list)
  }
  return list
}

/**
 * Every day in `year` the offices are closed other than weekends, with the reason. A holiday on a
 * weekend moves to the next weekday that is not already closed (Christmas on Saturday: Monday;
 * Boxing Day on Sunday: Tuesday), as Ontario employers give a substitute day (ESA s. 27).
 */
export const closedDays = (year: number, calendar: CityCalendar): Map<DateKey, string> => {
  // Counting days asks about each day in turn; the year's closures are worked out once per
  // calendar.
  const key = `${year}|${calendar.observedOptional.join(',')}|${calendar.closures.map((c) => `${c.date}=${c.reason ?? ''}`).join(';')}`
  const cached = closedCache.get(key)
  if (cached) return cached
  const closed = computeClosedDays(year, calendar)
  if (closedCache.size > 200) closedCache.clear()
  closedCache.set(key, closed)
  return closed
}

const closedCache = new Map<string, Map<DateKey, string>>()

const computeClosedDays = (year: number, calendar: CityCalendar): Map<DateKey, string> => {
  const closed = new Map<DateKey, string>()
  const observed = new Set<string>([...ONTARIO_STATUTORY_HOLIDAYS, ...calendar.observedOptional])
  // The previous year's late-December holidays can spill into January (New Year's Eve is not one,
  // but Boxing Day on a Sunday after Christmas on a Saturday reaches the 28th only); looking at
  // both years is cheap.
  const candidates = [...libraryHolidays(year - 1), ...libraryHolidays(year)].filter((h) =>
    observed.has(h.name),
  )
  for (const holiday of candidates.sort((a, b) => a.date.localeCompare(b.date))) {
    if (!isWeekend(holiday.date)) closed.set(holiday.date, holiday.name)
  }
  for (const holiday of candidates) {
    if (!isWeekend(holiday.date)) continue
    let substitute = addDays(holiday.date, 1)
    while (isWeekend(substitute) || closed.has(substitute)) substitute = addDays(substitute, 1)
    closed.set(substitute, `${holiday.name} (observed)`)
  }
  for (const closure of calendar.closures) {
    if (DATE_KEY.test(closure.date) && !closed.has(closure.date))
      closed.set(closure.date, closure.reason?.trim() || 'City offices closed')
  }
  for (const key of [...closed.keys()]) if (!key.startsWith(`${year}-`)) closed.delete(key)
  return closed
}

/** Why the offices are closed that day, or null on a business day. */
export const closedReason = (key: DateKey, calendar: CityCalendar): string | null => {
  if (weekday(key) === 6) return 'Saturday'
  if (weekday(key) === 0) return 'Sunday'
  return closedDays(parts(key).year, calendar).get(key) ?? null
}

export const isBusinessDay = (key: DateKey, calendar: CityCalendar) =>
  closedReason(key, calendar) === null

/**
 * The calendar date an instant falls on in the City's time zone (23:30 in Toronto is still that
 * day).
 */
// Building an Intl formatter costs far more than using one: keep one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>()
const formatter = (kind: 'date' | 'offset', timeZone: string) => {
  const key = `${kind}|${timeZone}`
  let format = formatters.get(key)
  if (!format) {
    format =
      kind === 'date'
        ? new Intl.DateTimeFormat('en-CA', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          })
        : new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    formatters.set(key, format)
  }
  return format
}

export const localDate = (instant: Date, timeZone = CITY_TIME_ZONE): DateKey => {
  const fields = formatter('date', timeZone).formatToParts(instant)
  const get = (type: string) => fields.find((f) => f.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** Minutes the zone is ahead of UTC at an instant (Toronto: -300 in winter, -240 in summer). */
const offsetMinutes = (instant: Date, timeZone: string) => {
  const name =
    formatter('offset', timeZone)
      .formatToParts(instant)
      .find((f) => f.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0
}

/** The last millisecond of a date in a time zone, as an instant. */
export const endOfDay = (key: DateKey, timeZone = CITY_TIME_ZONE): Date => {
  const { year, month, day } = parts(key)
  const naive = Date.UTC(year, month - 1, day, 23, 59, 59, 999)
  // Two passes: the offset at the guessed instant can differ from the final one across a DST
  // change.
  let instant = new Date(naive - offsetMinutes(new Date(naive), timeZone) * 60_000)
  instant = new Date(naive - offsetMinutes(instant, timeZone) * 60_000)
  return instant
}

/**
 * The instant a wall clock in a time zone shows a time on a date (07:00 on 8 March 2026 in Toronto
 * is 11:00 UTC, the day the clocks go forward). Not for the hour the clocks skip or repeat.
 */
export const localInstant = (
  key: DateKey,
  hour: number,
  minute = 0,
  timeZone = CITY_TIME_ZONE,
): Date => {
  const { year, month, day } = parts(key)
  const naive = Date.UTC(year, month - 1, day, hour, minute)
  let instant = new Date(naive - offsetMinutes(new Date(naive), timeZone) * 60_000)
  instant = new Date(naive - offsetMinutes(instant, timeZone) * 60_000)
  return instant
}

/** The nth business day strictly after `key` (n ≥ 1). */
export const addBusinessDays = (key: DateKey, n: number, calendar: CityCalendar): DateKey => {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`Business days to add must be a whole number of 1 or more, not ${n}.`)
  let day = key
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1)
    if (isBusinessDay(day, calendar)) counted += 1
  }
  return day
}

/** The City's standard: written correspondence answered within 3 business days. */
const RESPONSE_BUSINESS_DAYS = 3

/**
 * When a reply is due: the end of the third business day after the day the message arrived, in
 * Toronto time. A message sent on a weekend or holiday counts from that day all the same: the days
 * after it are counted, and only business days count.
 */
export const responseDue = (
  received: Date,
  calendar: CityCalendar,
  days = RESPONSE_BUSINESS_DAYS,
) => {
  const timeZone = calendar.timeZone ?? CITY_TIME_ZONE
  const receivedOn = localDate(received, timeZone)
  const dueDate = addBusinessDays(receivedOn, days, calendar)
  return { receivedOn, dueDate, dueAt: endOfDay(dueDate, timeZone) }
}

type DueStatus = 'answered' | 'overdue' | 'due-today' | 'upcoming'

/** Where a reply stands against its due time, for the admin's overdue and due-today lists. */
export const dueStatus = (args: {
  dueAt: Date
  now: Date
  answered: boolean
  timeZone?: string
}): DueStatus => {
  if (args.answered) return 'answered'
  if (args.now.getTime() > args.dueAt.getTime()) return 'overdue'
  const zone = args.timeZone ?? CITY_TIME_ZONE
  return localDate(args.now, zone) === localDate(args.dueAt, zone) ? 'due-today' : 'upcoming'
}

/** The first and last instants of a range of dates in the City's time zone, for queries. */
export const rangeBounds = (from: DateKey, to: DateKey, timeZone = CITY_TIME_ZONE) => ({
  start: new Date(endOfDay(addDays(from, -1), timeZone).getTime() + 1),
  end: endOfDay(to, timeZone),
})

/** The start and end of "today" in the City's time zone, for database queries. */
export const todayBounds = (now: Date, timeZone = CITY_TIME_ZONE) => {
  const today = localDate(now, timeZone)
  return { today, ...rangeBounds(today, today, timeZone) }
}

/** A day as a letter writes it: "Friday, December 4, 2026", "vendredi 4 décembre 2026". */
export const formatDay = (date: Date, language: Language, timeZone = CITY_TIME_ZONE) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone,
  }).format(date)
