import { stemmer as frenchStem } from '@orama/stemmers/french'
import { stemmer as englishStem } from 'stemmer'
import { type Language } from '../../../site/lib/i18n'
import { baseForm, wordsOf } from '../../../site/lib/searchWords'

/**
 * How words become search terms, the same for the articles and for what an agent types: lower case,
 * common words dropped, stemmed in the article's language ("collected" and "collection" are both
 * "collect"; "ménagères" and "menageres" are "menager"), and each synonym replaced by the first
 * word of its group ("trash" is "garbage"). Pure: the stemmers are the libraries' (Porter for
 * English, Snowball for French).
 */

const STOP: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    'a an and are as at be by can do does for from has have how i if in is it its me my of on or our so that the their there this to was we what when where which who why will with you your'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'à a au aux avec ce c ces cet cette comment d dans de des du elle en est et il j je l la le les leur lui m ma mes mon n ne nous on ou où par pas pour qu que qui quand quoi s sa se ses son sont sur t ta te tes ton un une vos votre vous y'.split(
      ' ',
    ),
  ),
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '')

/**
 * Accents are folded before stemming, so a word typed without them ("deneigee") stems as the word
 * written with them ("déneigée"); a French stem's last "e" goes too, which the stemmer keeps for
 * unaccented "-ée" endings ("deneige" and "deneigement" both "deneig").
 */
const stemOf = (word: string, language: Language) => {
  const folded = fold(word)
  if (language === 'en') return englishStem(folded)
  const stem = frenchStem(folded)
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem
}

/** One word as a term (an irregular form taken to its word first), or null for a common word. */
export const baseTerm = (word: string, language: Language): string | null => {
  const lower = word.toLowerCase().replace(/[’']/g, '')
  if (!lower || STOP[language].has(lower) || STOP[language].has(fold(lower))) return null
  return stemOf(baseForm(lower, language), language)
}

/** A synonym as one word: a phrase ("water main") is written joined, as mended compounds are. */
export const joinedPhrase = (entry: string) => wordsOf(entry).join('')

/**
 * Synonym groups as editors write them, one group a line, words separated by commas or "=":
 * "garbage, trash, refuse". Blank lines and lines starting with # are skipped.
 */
export const parseSynonyms = (text: string): string[][] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) =>
      line
        .split(/[,=]/)
        .map((word) => word.trim())
        .filter(Boolean),
    )
    .filter((group) => group.length > 1)

/** Each word's term mapped to its group's first: the one term the index keeps for all of them. */
export const synonymMap = (groups: readonly (readonly string[])[], language: Language) => {
  const map = new Map<string, string>()
  for (const group of groups) {
    const terms = group
      .map((word) => baseTerm(joinedPhrase(word), language))
      .filter((t): t is string => Boolean(t))
    const canonical = terms[0]
    if (!canonical) continue
    for (const term of terms) if (!map.has(term)) map.set(term, canonical)
  }
  return map
}

/** The analyser the index and the queries share. */
export const analyser = (language: Language, synonyms: ReadonlyMap<string, string>) => {
  return (word: string): string | null => {
    const term = baseTerm(word, language)
    return term === null ? null : (synonyms.get(term) ?? term)
  }
}
