import { syllable } from 'syllable'

/**
 * Flesch–Kincaid grade level (Kincaid et al., 1975): 0.39 × words per sentence + 11.8 × syllables
 * per word − 15.59. English only: the formula's weights were fitted to English. Syllables are
 * counted by the `syllable` library (wooorm), which is maintained and tested against a dictionary.
 */
const ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Dr|St|Ave|Rd|Blvd|No|Jr|Sr|vs|etc|e\.g|i\.e|a\.m|p\.m)\./gi

export const sentencesOf = (text: string): string[] =>
  text
    .replace(ABBREVIATIONS, (match) => match.replace(/\./g, ''))
    .split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9À-Ý])|\n{2,}|\n(?=[-•*]\s)/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))

export const wordsOf = (text: string): string[] =>
  text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []

type Reading = { grade: number; sentences: number; words: number; syllables: number }

export const fleschKincaid = (text: string): Reading | null => {
  const sentences = sentencesOf(text)
  const words = wordsOf(text)
  if (sentences.length === 0 || words.length === 0) return null
  const syllables = words.reduce(
    (sum, word) => sum + Math.max(1, /^\d+$/.test(word) ? 1 : syllable(word)),
    0,
  )
  const grade = 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59
  return {
    grade: Math.round(grade * 10) / 10,
    sentences: sentences.length,
    words: words.length,
    syllables,
  }
}
