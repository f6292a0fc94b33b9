import { francAll } from 'franc'

import { passageLanguage } from '../../accessibility/core/passageLanguage'

/**
 * A message written in neither English nor French: which language it is (ISO 639-3), for the desk
 * to flag, count and answer as the City's settings say (an interpreter line, a translated macro).
 * The project's own English/French test decides first; franc (trigram statistics, maintained)
 * names the rest, among the languages most spoken in Ontario homes after English and French, which
 * keeps short messages from being taken for Scots or Catalan. Pure.
 */
const CANDIDATES = [
  'eng',
  'fra',
  'spa',
  'por',
  'ita',
  'deu',
  'nld',
  'pol',
  'ukr',
  'rus',
  'ron',
  'hun',
  'hrv',
  'srp',
  'ell',
  'tur',
  'arb',
  'pes',
  'urd',
  'pan',
  'hin',
  'guj',
  'tam',
  'ben',
  'cmn',
  'yue',
  'kor',
  'jpn',
  'vie',
  'tgl',
  'som',
  'amh',
  'tir',
  'heb',
]

/**
 * Fewer letters than this say too little to name a language; a Chinese, Japanese or Korean
 * character says as much as a word, so a few of them are enough.
 */
const MIN_LETTERS = 20
/** How far (of 1) a third language must lead English and French to be named. */
const CLEAR_LEAD = 0.2
const MIN_IDEOGRAPHS = 6
const IDEOGRAPHS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu

/**
 * Words only English or French use this often (none shared with Spanish, Portuguese or Italian): a
 * short message where they make a fifth of the words is English or French, whatever trigrams say.
 */
const OURS = new Set(
  'the and of to is my i do how what for was not it you your we our can with this that be are has have who where when at get les des du et est une je mon mes pour pas dans sur au aux qui elle nous vous votre comment où quand'.split(
    ' ',
  ),
)
const OURS_SHARE = 0.2

export const otherLanguageOf = (text: string): string | null => {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  if (words.length && words.filter((w) => OURS.has(w)).length / words.length >= OURS_SHARE)
    return null
  const letters = text.replace(/[^\p{L}]/gu, '').length
  const ideographs = text.match(IDEOGRAPHS)?.length ?? 0
  if (letters < MIN_LETTERS && ideographs < MIN_IDEOGRAPHS) return null
  if (passageLanguage(text)) return null
  const ranked = francAll(text, { only: CANDIDATES, minLength: MIN_IDEOGRAPHS })
  const [code, top] = ranked[0] ?? ['und', 0]
  if (code === 'und' || code === 'eng' || code === 'fra') return null
  // English or French close behind means a short English or French message, not a third language.
  const near = ranked.find(([c]) => c === 'eng' || c === 'fra')
  return near && top - near[1] < CLEAR_LEAD ? null : code
}

/** A language's name in the reader's language ("Spanish", "espagnol"), or its code. */
export const languageName = (code: string, language: 'en' | 'fr') => {
  try {
    return (
      new Intl.DisplayNames([language === 'fr' ? 'fr-CA' : 'en-CA'], { type: 'language' }).of(
        code,
      ) ?? code
    )
  } catch {
    return code
  }
}
