/**
 * A report's period as people ask for it: two Toronto dates, checked, each problem naming its
 * field.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/

export class RangeInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message)
  }
}

/**
 * `from` and `to` as the report takes them: Toronto dates, `from` not after `to`, at most 5 years.
 */
export const readRange = (from: unknown, to: unknown) => {
  if (typeof from !== 'string' || !DATE.test(from) || Number.isNaN(Date.parse(from)))
    throw new RangeInputError('Give `from` as a date, YYYY-MM-DD.', 'from')
  if (typeof to !== 'string' || !DATE.test(to) || Number.isNaN(Date.parse(to)))
    throw new RangeInputError('Give `to` as a date, YYYY-MM-DD.', 'to')
  if (from > to) throw new RangeInputError('`from` must not be after `to`.', 'from')
  if (Date.parse(to) - Date.parse(from) > 5 * 366 * 86_400_000)
    throw new RangeInputError('Ask for at most five years at a time.', 'to')
  return { from, to }
}
