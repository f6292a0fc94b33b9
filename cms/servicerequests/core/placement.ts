/** Where a report may arrive with no place yet (a call, an email): staff place it later. */
export const UNPLACED_CHANNELS: readonly string[] = ['phone', 'email']

/**
 * A request's latitude or longitude: a number, unless it came by a channel that may leave the
 * place to staff. (Required at the column once, an email naming no street was refused with 451
 * at every retry: bench:storm found it.)
 */
export const placedUnlessTold = (
  value: unknown,
  options: { data?: { channel?: unknown } | null },
): true | string =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (value == null && UNPLACED_CHANNELS.includes(String(options.data?.channel))) ||
  'Place the report on the map: a latitude and a longitude are needed.'
