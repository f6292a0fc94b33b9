import { sentencesOf, wordsOf } from './readability'

/**
 * French reading ease: Kandel and Moles' adaptation of Flesch's formula to French (L. Kandel and
 * A. Moles, « Application de l'indice de Flesch à la langue française », Cahiers Études de
 * Radio-Télévision 19, 1958, p. 253–274):
 *
 *   ease = 207 − 1.015 × (words per sentence) − 73.6 × (syllables per word)
 *
 * Higher is easier, on Flesch's scale: 60–70 is "standard" (a general newspaper), 70–80 "fairly
 * easy", 80 and above "easy". The English grade targets (8 for bulletins and release summaries, 10
 * for the rest) correspond to ease 70 and 60.
 *
 * Syllables are counted the way French is spoken: one per group of vowels (y counts as a vowel),
 * less a mute final "e", "es" or "ent" of a word of more than one syllable (« table », « tables »,
 * « parlent »). Verb endings in "-ent" that are sounded (« il ment ») and words like « pays » are
 * rare enough in public notices that the measure stays within one syllable per long word.
 */
const VOWELS = 'aàâäeéèêëiîïoôöuùûüyÿœæ'
const VOWEL_GROUP = new RegExp(`[${VOWELS}]+`, 'g')

export const frenchSyllables = (word: string): number => {
  const lower = word.toLowerCase().replace(/[’']/g, '')
  if (/^\d+$/.test(lower)) return 1
  const groups = lower.match(VOWEL_GROUP)?.length ?? 0
  if (groups <= 1) return Math.max(1, groups)
  // A mute ending after a consonant: « fermée » keeps its é, « fermes » and « ferment » lose the e.
  const mute = /[^aàâäeéèêëiîïoôöuùûüyÿœæ](e|es|ent)$/.test(lower) ? 1 : 0
  return Math.max(1, groups - mute)
}

export type FrenchReading = { ease: number; sentences: number; words: number; syllables: number }

export const kandelMoles = (text: string): FrenchReading | null => {
  const sentences = sentencesOf(text)
  // « l’eau » and « d’urgence » are one spoken word with the article: count them as such.
  const words = wordsOf(text)
  if (sentences.length === 0 || words.length === 0) return null
  const syllables = words.reduce((sum, word) => sum + frenchSyllables(word), 0)
  const ease = 207 - 1.015 * (words.length / sentences.length) - 73.6 * (syllables / words.length)
  return {
    ease: Math.round(ease * 10) / 10,
    sentences: sentences.length,
    words: words.length,
    syllables,
  }
}

/** The ease a French text should reach, for the English grade target of the same part. */
export const easeTarget = (gradeTarget: number): number => (gradeTarget <= 8 ? 70 : 60)
