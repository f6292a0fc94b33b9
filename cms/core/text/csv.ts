/** CSV as RFC 4180 writes it, safe to open in a spreadsheet. */

export const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value)
  // A cell a spreadsheet would run as a formula is quoted and prefixed (CSV injection): anything
  // starting with = + - @, a tab or a carriage return, except a cell that is only a decimal number
  // (a longitude, -82.94: nothing to run). `-1+cmd|…` starts like a number and is prefixed.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe
}

export const csvLine = (values: readonly unknown[]) => values.map(csvCell).join(',')
