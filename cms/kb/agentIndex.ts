import type { Payload } from 'payload'

import { itemPath, type Language } from '../../site/lib/i18n'
import { relationId } from '../core/relationId'
import { KB_ARTICLES, KB_SEARCH_MISSES, KB_SETTINGS } from '../core/slugs'
import { plainText } from '../core/text/lexical'
import { currentSettings } from '../settings'
import { type AgentIndex, buildAgentIndex } from './core/agentSearch'
import { parseSynonyms } from './core/analyse'
import { DEFAULT_SYNONYMS } from './core/defaultSynonyms'
import { isStale, scrubQuery } from './core/queries'
import type { KbArticle } from '../payload-types'

/**
 * The agents' search, kept in memory per language and rebuilt when an article or the synonyms
 * change (in any process: each search first compares the count and latest change times, two small
 * queries). Only published articles are answers; both audiences, with their notes and scripts.
 */

/** A published article: the generated type, with the slug publishing gives every article. */
type ArticleRow = KbArticle & { slug: string }
const published = (doc: KbArticle): doc is ArticleRow => Boolean(doc.slug)

type Built = { version: string; index: AgentIndex; rows: Map<string, ArticleRow> }
const built = new Map<Language, Built>()

const versionOf = async (payload: Payload) => {
  const [latest, total, settings] = await Promise.all([
    payload.find({
      collection: KB_ARTICLES,
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { updatedAt: true },
    }),
    payload.count({ collection: KB_ARTICLES, overrideAccess: true }),
    payload.findGlobal({ slug: KB_SETTINGS, depth: 0, overrideAccess: true }),
  ])
  return `${total.totalDocs}|${latest.docs[0]?.updatedAt ?? ''}|${settings.updatedAt ?? ''}`
}

const synonymsFor = async (payload: Payload, language: Language) => {
  const settings = (await payload.findGlobal({
    slug: KB_SETTINGS,
    depth: 0,
    overrideAccess: true,
  })) as { synonymsEn?: string | null; synonymsFr?: string | null; updatedAt?: string }
  // Before anyone saves the settings, the defaults apply (a global has no row until its first
  // save).
  const text = language === 'fr' ? settings.synonymsFr : settings.synonymsEn
  return parseSynonyms(settings.updatedAt ? (text ?? '') : DEFAULT_SYNONYMS[language])
}

export const agentIndex = async (payload: Payload, language: Language): Promise<Built> => {
  const version = await versionOf(payload)
  const cached = built.get(language)
  if (cached?.version === version) return cached
  const { docs } = await payload.find({
    collection: KB_ARTICLES,
    where: { _status: { equals: 'published' } },
    locale: language,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const rows = docs.filter(published)
  const index = buildAgentIndex(
    rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title ?? '',
      summary: row.summary ?? '',
      body: plainText(row.body),
      keywords: row.keywords ?? '',
      internalNotes: row.internalNotes ?? '',
      phoneScript: row.phoneScript ?? '',
    })),
    language,
    await synonymsFor(payload, language),
  )
  const fresh = { version, index, rows: new Map(rows.map((row) => [String(row.id), row])) }
  built.set(language, fresh)
  return fresh
}

export type AgentAnswer = {
  id: number | string
  title: string
  summary: string
  phoneScript: string | null
  internalNotes: string | null
  audience: 'public' | 'internal'
  department: number | string | null
  reviewBy: string | null
  stale: boolean
  score: number
  /** The public page, for a public article. */
  url: string | null
  /** The article in the admin. */
  adminUrl: string
}

/** Ranked answers to an agent's question; a question with none is logged (its words only). */
export const searchForAgent = async (
  payload: Payload,
  query: string,
  language: Language,
  now = new Date(),
): Promise<AgentAnswer[]> => {
  const words = query.trim()
  if (!words) return []
  const { index, rows } = await agentIndex(payload, language)
  const hits = index.search(words, 20)
  if (!hits.length) await logMiss(payload, words, language, 'agent')
  const site = currentSettings().siteUrl
  return hits.flatMap((hit) => {
    const row = rows.get(String(hit.id))
    if (!row) return []
    return [
      {
        id: row.id,
        title: row.title,
        summary: row.summary ?? '',
        phoneScript: row.phoneScript ?? null,
        internalNotes: row.internalNotes ?? null,
        audience: row.audience,
        department: relationId(row.department) ?? null,
        reviewBy: row.reviewBy ?? null,
        stale: isStale(row.reviewBy, now),
        score: Math.round(hit.score * 100) / 100,
        url: row.audience === 'public' ? `${site}${itemPath('answers', row, language)}` : null,
        adminUrl: `/admin/collections/${KB_ARTICLES}/${row.id}`,
      },
    ]
  })
}

export const logMiss = async (
  payload: Payload,
  query: string,
  language: Language,
  source: 'agent' | 'site',
) => {
  const words = scrubQuery(query)
  if (!words) return
  await payload.create({
    collection: KB_SEARCH_MISSES,
    data: { query: words, language, source },
    overrideAccess: true,
    depth: 0,
  })
}
