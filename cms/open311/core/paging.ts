/**
 * Open311's paging (`page` and `page_size`, the extension Toronto's and other cities' servers
 * speak): whole numbers, the page from 1, a page of at most 1,000. A wrong value is refused with
 * its name, not quietly replaced: an app that asked for page 0 has a bug to see.
 */

export const MAX_PAGE_SIZE = 1000

export type Paging = { page: number; size: number }

export class PagingError extends Error {}

const whole = (raw: string | null, name: string, min: number, max: number, fallback: number) => {
  if (raw == null || raw.trim() === '') return fallback
  const value = Number(raw.trim())
  if (!Number.isInteger(value) || value < min || value > max)
    throw new PagingError(
      `\`${name}\` must be a whole number from ${min} to ${max.toLocaleString('en-CA')}, not ${raw.trim().slice(0, 20)}.`,
    )
  return value
}

export const readPaging = (page: string | null, pageSize: string | null): Paging => ({
  page: whole(page, 'page', 1, 1_000_000, 1),
  size: whole(pageSize, 'page_size', 1, MAX_PAGE_SIZE, MAX_PAGE_SIZE),
})
