import MiniSearch from 'minisearch'

import { analyser, joinedPhrase, synonymMap } from './analyse'
import { mendCompounds, vocabularyOf, wordsOf } from '../../../site/lib/searchWords'
import { type Language } from '../../../site/lib/i18n'

/**
 * The agents' search over knowledge-base articles, one index per language: every field (the public
 * answer, and the internal notes and phone script agents need), ranked by BM25 with the title and
 * keywords weighing most, typo-tolerant (one edit in a word of four or five letters, two from six)
 * and completing the last word as it is typed; compounds written apart or together and irregular
 * forms mended as people type them (site/lib/searchWords.ts). Built in memory from the articles; a
 * few thousand articles index in well under a second.
 */

export type SearchableArticle = {
  id: number | string
  slug: string
  title: string
  summary: string
  body: string
  keywords: string
  internalNotes: string
  phoneScript: string
}

export type AgentHit = { id: number | string; slug: string; score: number; terms: string[] }

const FIELDS = ['title', 'keywords', 'summary', 'body', 'internalNotes', 'phoneScript'] as const

const BOOST: Record<(typeof FIELDS)[number], number> = {
  title: 3,
  keywords: 2.5,
  summary: 1.5,
  body: 1,
  internalNotes: 1,
  phoneScript: 0.8,
}

/**
 * Levenshtein edits: a swapped pair of letters ("pothloe") is two, so six letters allow two.
 * Numbers match exactly: "2500" is not "2000".
 */
const editsAllowed = (term: string) =>
  /\d/.test(term) ? 0 : term.length >= 6 ? 2 : term.length >= 4 ? 1 : 0

export type AgentIndex = {
  language: Language
  search: (query: string, limit?: number) => AgentHit[]
  size: number
}

export const buildAgentIndex = (
  articles: readonly SearchableArticle[],
  language: Language,
  synonymGroups: readonly (readonly string[])[] = [],
): AgentIndex => {
  const analyse = analyser(language, synonymMap(synonymGroups, language))
  // The answers' own words (and the editors' phrases, joined): what compounds are mended toward.
  const vocabulary = vocabularyOf(articles.flatMap((a) => FIELDS.map((field) => a[field])))
  for (const group of synonymGroups)
    for (const entry of group) if (/\s/.test(entry.trim())) vocabulary.add(joinedPhrase(entry))
  const index = new MiniSearch<SearchableArticle>({
    fields: [...FIELDS],
    storeFields: ['slug'],
    tokenize: (text) => mendCompounds(wordsOf(text), vocabulary),
    processTerm: (term) => analyse(term) ?? null,
    searchOptions: {
      boost: BOOST,
      combineWith: 'OR',
      fuzzy: (term) => editsAllowed(term),
      // The word being typed: completed once it has three letters.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3 && !/\d/.test(term),
      weights: { fuzzy: 0.45, prefix: 0.6 },
    },
  })
  index.addAll(articles as SearchableArticle[])
  return {
    language,
    size: index.documentCount,
    search: (query, limit = 10) =>
      index
        .search(query.slice(0, 200))
        .slice(0, limit)
        .map((hit) => ({
          id: hit.id as number | string,
          slug: String(hit.slug),
          score: hit.score,
          terms: hit.terms,
        })),
  }
}
