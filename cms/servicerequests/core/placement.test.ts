import { expect, it } from 'vitest'

import { placedUnlessTold } from './placement'

it('a place is a number; only a call or an email may come without one', () => {
  expect(placedUnlessTold(45.3, { data: { channel: 'web' } })).toBe(true)
  expect(placedUnlessTold(0, { data: { channel: 'open311' } })).toBe(true)
  expect(placedUnlessTold(null, { data: { channel: 'email' } })).toBe(true)
  expect(placedUnlessTold(undefined, { data: { channel: 'phone' } })).toBe(true)
  for (const channel of ['web', 'open311', 'counter', undefined])
    expect(placedUnlessTold(null, { data: { channel } })).toMatch(/latitude and a longitude/)
  expect(placedUnlessTold(Number.NaN, { data: { channel: 'email' } })).toMatch(/latitude/)
  expect(placedUnlessTold(null, { data: null })).toMatch(/latitude/)
})
