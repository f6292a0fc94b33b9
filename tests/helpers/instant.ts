import { expect } from 'vitest'

/** A stored timestamp is a real instant inside the window in which the test made it happen. */
export const expectInstantBetween = (
  value: unknown,
  from: Date | string | number,
  to: Date | string | number = Date.now(),
) => {
  expect(typeof value, `timestamp ${String(value)}`).toBe('string')
  const at = Date.parse(value as string)
  expect(Number.isNaN(at), `timestamp ${String(value)}`).toBe(false)
  expect(at).toBeGreaterThanOrEqual(new Date(from).getTime() - 1) // stored with millisecond precision
  expect(at).toBeLessThanOrEqual(new Date(to).getTime() + 1)
}
