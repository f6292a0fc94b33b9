import { describe, expect, it } from 'vitest'

import { summariseHealth } from './health'

const now = new Date('2026-12-02T12:00:00Z')
const article = (id: number, title: string, reviewBy = '2027-06-01T00:00:00Z') => ({
  id,
  title,
  reviewBy,
  audience: 'public' as const,
})

describe('knowledge base health', () => {
  it('puts answers past review first, then the least helpful, then the most read', () => {
    const { rows } = summariseHealth({
      articles: [
        article(1, 'Read a lot'),
        article(2, 'Unhelpful'),
        article(3, 'Stale', '2026-10-01T00:00:00Z'),
        article(4, 'Quiet'),
      ],
      feedback: [
        { article: 2, helpful: false },
        { article: 2, helpful: false },
        { article: 2, helpful: true },
        { article: 1, helpful: true },
      ],
      views: [
        { article: 1, views: 40 },
        { article: 1, views: 2 },
        { article: 4, views: 3 },
      ],
      misses: [],
      now,
    })
    expect(rows.map((r) => r.title)).toEqual(['Stale', 'Unhelpful', 'Read a lot', 'Quiet'])
    expect(rows[1]).toMatchObject({ helpful: 1, notHelpful: 2, views: 0, stale: false })
    expect(rows[2]).toMatchObject({ helpful: 1, notHelpful: 0, views: 42 })
    expect(rows[0]!.stale).toBe(true)
  })

  it('counts the searches that found nothing, most frequent first', () => {
    const { misses } = summariseHealth({
      articles: [],
      feedback: [],
      views: [],
      misses: [{ query: 'bike lanes' }, { query: 'ice rink' }, { query: 'bike lanes' }],
      now,
    })
    expect(misses).toEqual([
      { query: 'bike lanes', times: 2 },
      { query: 'ice rink', times: 1 },
    ])
  })
})
