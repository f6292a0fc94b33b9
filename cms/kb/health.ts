import type { Payload } from 'payload'

import { localDate } from '../core/businessDays'
import { relationId } from '../core/relationId'
import { KB_ARTICLES, KB_FEEDBACK, KB_SEARCH_MISSES, KB_VIEWS } from '../core/slugs'
import { summariseHealth } from './core/health'

const DAYS = 30

/**
 * The last 30 days of feedback, views and searches without an answer, over the published answers.
 */
export const loadHealth = async (payload: Payload, now = new Date()) => {
  const since = new Date(now.getTime() - DAYS * 86_400_000)
  const all = { pagination: false, depth: 0, overrideAccess: true } as const
  const [articles, feedback, views, misses] = await Promise.all([
    payload.find({
      collection: KB_ARTICLES,
      where: { _status: { equals: 'published' } },
      select: { title: true, reviewBy: true, department: true, audience: true },
      ...all,
    }),
    payload.find({
      collection: KB_FEEDBACK,
      where: { createdAt: { greater_than_equal: since.toISOString() } },
      select: { article: true, helpful: true },
      ...all,
    }),
    payload.find({
      collection: KB_VIEWS,
      where: { day: { greater_than_equal: localDate(since) } },
      select: { article: true, views: true },
      ...all,
    }),
    payload.find({
      collection: KB_SEARCH_MISSES,
      where: { createdAt: { greater_than_equal: since.toISOString() } },
      select: { query: true },
      ...all,
    }),
  ])
  return summariseHealth({
    articles: articles.docs.map((a) => ({
      id: a.id,
      title: String(a.title ?? ''),
      reviewBy: (a.reviewBy as string | null) ?? null,
      department: relationId(a.department) ?? null,
      audience: a.audience === 'internal' ? 'internal' : 'public',
    })),
    feedback: feedback.docs.map((f) => ({
      article: relationId(f.article)!,
      helpful: Boolean(f.helpful),
    })),
    views: views.docs.map((v) => ({ article: relationId(v.article)!, views: Number(v.views) })),
    misses: misses.docs.map((m) => ({ query: String(m.query) })),
    now,
  })
}
