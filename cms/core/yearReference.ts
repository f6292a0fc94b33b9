/**
 * References people quote on the phone: a prefix, the year the record arrived and its sequence in
 * that year (`C-2026-000123` for correspondence, `SR-2026-000123` for 311 requests).
 */
export const yearReference = (prefix: string, year: number, sequence: number): string => {
  if (!Number.isInteger(year) || year < 2000 || year > 9999)
    throw new RangeError(`A reference year must be a four-digit year, not ${year}.`)
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`A reference number must be a whole number of 1 or more, not ${sequence}.`)
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`
}
