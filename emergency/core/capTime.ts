/** The City's time zone: CAP times carry its offset, as Canadian issuers do. */
const CAP_TIME_ZONE = 'America/Toronto'

const two = (n: number) => String(Math.abs(n)).padStart(2, '0')

/**
 * A CAP 1.2 date-time: `2026-11-27T09:30:00-05:00`, local time with its offset and no fractional
 * seconds (the XSD's pattern rejects `toISOString()`'s `Z` and milliseconds).
 */
export const capTime = (date: Date, timeZone = CAP_TIME_ZONE): string => {
  if (Number.isNaN(date.getTime())) throw new Error('capTime: invalid date')
  const whole = new Date(Math.floor(date.getTime() / 1000) * 1000)
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(whole)
      .map((part) => [part.type, part.value]),
  )
  const localAsUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  )
  const offsetMinutes = Math.round((localAsUtc - whole.getTime()) / 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${two(Math.trunc(offsetMinutes / 60))}:${two(offsetMinutes % 60)}`
}
