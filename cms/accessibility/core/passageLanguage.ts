import { wordsOf } from './readability'
import { type Language } from '../../../site/lib/i18n'

/**
 * Which language a passage is written in, English or French, from the short words every sentence
 * uses (articles, prepositions, pronouns): enough for "this paragraph of the French version is in
 * English". Null when the passage is too short or the words do not say. Pure.
 */
const ENGLISH = new Set(
  'the and of to in is are for on with that this be by from at as it was will you your our we not or have has an they their which'.split(
    ' ',
  ),
)
const FRENCH = new Set(
  'le la les des du de et est sont pour sur avec que qui une un dans par au aux ce cette ces il elle nous vous votre vos notre nos pas ou se sa son ses leur leurs été être sera'.split(
    ' ',
  ),
)

/** Passages shorter than this are names, titles and labels: they may mix languages. */
const MIN_WORDS = 8

export const passageLanguage = (text: string): Language | null => {
  const words = wordsOf(text.toLowerCase())
  if (words.length < MIN_WORDS) return null
  let english = 0
  let french = 0
  for (const word of words) {
    if (ENGLISH.has(word)) english += 1
    if (FRENCH.has(word)) french += 1
  }
  // A clear majority of at least three marker words, so a French sentence quoting an English
  // name, or the reverse, is not taken for the other language.
  if (english >= 3 && english >= 3 * french) return 'en'
  if (french >= 3 && french >= 3 * english) return 'fr'
  return null
}
