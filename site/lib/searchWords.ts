import type { Language } from './i18n'

/**
 * How people type what they search for, mended before a search reads it, the same for the agents'
 * search in the CMS and the site's search: compound words written apart or together ("pot hole" is
 * the "pothole" the answers say; "watermain" is their "water main"), decided by the words the
 * answers themselves use; and irregular word forms taken to the word a stemmer knows ("broken" is
 * "break", "fell" is "fall"), which regular endings ("collected") do not need. Pure.
 */

/** Lower case, accents folded: how words are compared. */
export const foldWord = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')

/** The words of a text, folded, split on anything that is not a letter or a digit. */
export const wordsOf = (text: string): string[] =>
  foldWord(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/** Irregular forms a stemmer leaves apart from their word. */
export const IRREGULAR: Record<Language, Readonly<Record<string, string>>> = {
  en: {
    broken: 'break',
    broke: 'break',
    fallen: 'fall',
    fell: 'fall',
    frozen: 'freeze',
    froze: 'freeze',
    torn: 'tear',
    tore: 'tear',
    stolen: 'steal',
    stole: 'steal',
    blown: 'blow',
    blew: 'blow',
    bitten: 'bite',
    burnt: 'burn',
    dug: 'dig',
    hung: 'hang',
    ran: 'run',
    went: 'go',
    gone: 'go',
    left: 'leave',
    lost: 'lose',
    leaking: 'leak',
    struck: 'strike',
    stuck: 'stick',
    thrown: 'throw',
    threw: 'throw',
    children: 'child',
    mice: 'mouse',
    geese: 'goose',
  },
  fr: {
    éteint: 'éteindre',
    éteinte: 'éteindre',
    éteints: 'éteindre',
    morte: 'mort',
    morts: 'mort',
    mortes: 'mort',
    tombé: 'tomber',
    tombée: 'tomber',
    tombés: 'tomber',
    fendu: 'fendre',
    fendue: 'fendre',
    rompu: 'rompre',
    rompue: 'rompre',
    pris: 'prendre',
    prise: 'prendre',
    yeux: 'oeil',
  },
}

/** The base of an irregular form, or the word itself. */
export const baseForm = (word: string, language: Language) => {
  const folded = foldWord(word)
  for (const [form, base] of Object.entries(IRREGULAR[language]))
    if (foldWord(form) === folded) return foldWord(base)
  return folded
}

/** The words a set of texts uses (folded), the only words compounds are mended toward. */
export const vocabularyOf = (texts: Iterable<string>) => {
  const words = new Set<string>()
  for (const text of texts) for (const word of wordsOf(text)) words.add(word)
  return words
}

/** A compound's parts are words of three letters or more ("pot", "hole"; never "a", "no"). */
const PART = 3

/**
 * Words mended toward the vocabulary: two neighbours whose join is a word of it are joined ("pot
 * hole" → "pothole"); a word it lacks that splits into two of its words is split ("watermain" →
 * "water main"). Applied alike to the answers and to what is typed, so each meets the other.
 */
export const mendCompounds = (words: readonly string[], vocabulary: ReadonlySet<string>) => {
  const out: string[] = []
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!
    const next = words[i + 1]
    if (next && word.length >= PART && next.length >= PART && vocabulary.has(word + next)) {
      out.push(word + next)
      i += 1
      continue
    }
    out.push(...(vocabulary.has(word) ? [word] : splitWord(word, vocabulary)))
  }
  return out
}

/** A word split into two words of the vocabulary, the longer first part preferred; else itself. */
const splitWord = (word: string, vocabulary: ReadonlySet<string>) => {
  for (let cut = word.length - PART; cut >= PART; cut -= 1) {
    const head = word.slice(0, cut)
    const tail = word.slice(cut)
    if (vocabulary.has(head) && vocabulary.has(tail)) return [head, tail]
  }
  return [word]
}
