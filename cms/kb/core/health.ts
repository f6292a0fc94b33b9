import { isStale } from './queries'

/**
 * The knowledge base's health from its records: per answer, readers' yes and no, views and whether
 * it is past review; and the searches that found nothing, most frequent first. Answers needing
 * attention come first: past review, then the least helpful (with at least one vote), then the most
 * read.
 */

export type HealthArticle = {
  id: number | string
  title: string
  reviewBy?: string | null
  department?: number | string | null
  audience: 'public' | 'internal'
}

export type HealthRow = HealthArticle & {
  helpful: number
  notHelpful: number
  views: number
  stale: boolean
}

export const summariseHealth = (input: {
  articles: readonly HealthArticle[]
  feedback: readonly { article: number | string; helpful: boolean }[]
  views: readonly { article: number | string; views: number }[]
  misses: readonly { query: string }[]
  now: Date
}) => {
  const votes = new Map<string, { yes: number; no: number }>()
  for (const f of input.feedback) {
    const key = String(f.article)
    const v = votes.get(key) ?? { yes: 0, no: 0 }
    if (f.helpful) v.yes += 1
    else v.no += 1
    votes.set(key, v)
  }
  const reads = new Map<string, number>()
  for (const v of input.views)
    reads.set(String(v.article), (reads.get(String(v.article)) ?? 0) + v.views)
  const share = (row: HealthRow) =>
    row.helpful + row.notHelpful ? row.helpful / (row.helpful + row.notHelpful) : 1
  const rows: HealthRow[] = input.articles
    .map((a) => ({
      ...a,
      helpful: votes.get(String(a.id))?.yes ?? 0,
      notHelpful: votes.get(String(a.id))?.no ?? 0,
      views: reads.get(String(a.id)) ?? 0,
      stale: isStale(a.reviewBy, input.now),
    }))
    .sort(
      (a, b) =>
        Number(b.stale) - Number(a.stale) ||
        share(a) - share(b) ||
        b.views - a.views ||
        a.title.localeCompare(b.title),
    )
  const counts = new Map<string, number>()
  for (const m of input.misses) counts.set(m.query, (counts.get(m.query) ?? 0) + 1)
  const misses = [...counts.entries()]
    .map(([query, times]) => ({ query, times }))
    .sort((a, b) => b.times - a.times || a.query.localeCompare(b.query))
  return { rows, misses }
}
