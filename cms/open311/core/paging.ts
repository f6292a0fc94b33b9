/**
 * Open311's list parameters: the paging (`page` and `page_size`, the extension Toronto's and other
 * cities' servers speak: whole numbers, the page from 1, a page of at most 1,000) and the time
 * window (`start_date`, `end_date`: W3C date-times, the last 90 days when absent). A wrong value is
 * refused with its name, not quietly replaced: an app that asked for page 0 has a bug to see.
 */

export const MAX_PAGE_SIZE = 1000

export type Paging = { page: number; size: number }

export class ParameterError extends Error {}

const whole = (raw: string | null, name: string, min: number, max: number, fallback: number) => {
  if (raw == null || raw.trim() === '') return fallback
  const value = Number(raw.trim())
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ParameterError(
      `\`${name}\` must be a whole number from ${min} to ${max.toLocaleString('en-CA')}, not ${raw.trim().slice(0, 20)}.`,
    )
  return value
}

export const readPaging = (page: string | null, pageSize: string | null): Paging => ({
  page: whole(page, 'page', 1, 1_000_000, 1),
  size: whole(pageSize, 'page_size', 1, MAX_PAGE_SIZE, MAX_PAGE_SIZE),
})

export const DEFAULT_WINDOW_DAYS = 90

const readDate = (value: string | null, name: string) => {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime()))
    throw new ParameterError(`\`${name}\` must be a W3C date-time, like 2026-12-01T00:00:00-05:00.`)
  return date
}

/** The window a list covers: as given, else ending now, the last 90 days. */
export const readWindow = (start: string | null, end: string | null, now = new Date()) => {
  const from = readDate(start, 'start_date')
  const to = readDate(end, 'end_date')
  if (from && to && from > to) throw new ParameterError('`start_date` must come before `end_date`.')
  const until = to ?? now
  return { from: from ?? new Date(until.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000), to: until }
}
