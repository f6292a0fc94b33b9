import { describe, expect, it } from 'vitest'

import { whereQuery } from './whereQuery'

describe('whereQuery', () => {
  it('writes nested and/or arrays and operators the way the admin list view reads them', () => {
    expect(
      whereQuery({
        and: [
          { respondedAt: { exists: false } },
          { responseDueAt: { less_than: '2026-12-01T00:00:00.000Z' } },
        ],
      }),
    ).toBe(
      'where[and][0][respondedAt][exists]=false&where[and][1][responseDueAt][less_than]=2026-12-01T00%3A00%3A00.000Z',
    )
    expect(whereQuery({ state: { equals: 'new & improved' } })).toBe(
      'where[state][equals]=new%20%26%20improved',
    )
  })
})
