/**
 * What is kept of a search that found nothing: the words, never who searched. Email addresses and
 * runs of three or more digits (phone numbers, civic numbers, account numbers) are blanked, since
 * people type them into search boxes; the rest is lower-cased, spaced once, and cut at 100
 * characters.
 */
export const scrubQuery = (query: string): string =>
  query
    .replace(/[^\s@]+@[^\s@]+/g, '[email]')
    .replace(/\d[\d\s().-]{1,}\d/g, (run) => (run.replace(/\D/g, '').length >= 3 ? '#' : run))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .slice(0, 100)

/**
 * An article is stale once its review-by date has passed (the day itself still counts as fresh).
 */
export const isStale = (reviewBy: string | null | undefined, now: Date): boolean => {
  if (!reviewBy) return false
  const due = new Date(reviewBy)
  return !Number.isNaN(due.getTime()) && due.getTime() < now.getTime() - 86_400_000 + 1
}
