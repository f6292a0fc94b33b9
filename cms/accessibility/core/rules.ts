import type { ContentModel } from './model'
import { sentencesOf, wordsOf } from './readability'
import { type FindingMessages, findingsEn } from './findingMessages'

export type Severity = 'error' | 'warning'
export type RuleId =
  | 'image-alt'
  | 'heading-order'
  | 'empty-heading'
  | 'link-text'
  | 'all-caps'
  | 'sentence-length'
  | 'reading-level'
  | 'table-headers'
  | 'pdf-alternative'
  | 'missing-instruction'
  | 'summary-length'
  | 'style'
  | 'passage-language'

export type Finding = { rule: RuleId; severity: Severity; message: string; path: string }

/** GOV.UK keeps sentences to 25 words: longer ones lose readers, and screen reader users most. */
const MAX_SENTENCE_WORDS = 25
/**
 * A summary shows in listings, feeds and email previews; past 300 characters it is cut or skipped.
 */
export const MAX_SUMMARY_CHARACTERS = 300
const MAX_ALT_CHARACTERS = 250
/**
 * Four words in capitals read as shouting and are spelled out letter by letter by some screen
 * readers.
 */
const MAX_CAPS_WORDS = 3

const GENERIC_ALT = new Set([
  'image',
  'photo',
  'picture',
  'graphic',
  'img',
  'icon',
  'logo',
  'figure',
  'photograph',
  'spacer',
  'image de',
  'photo de',
])
const FILE_NAME =
  /(\.(jpe?g|png|gif|webp|svg|bmp|tiff?|heic)$)|(^(img|dsc|dscn|pxl|screenshot|image)[-_ ]?\d+)/i

/** Link text that does not say where it goes (WCAG 2.4.4), in English and French. */
const VAGUE_LINK_TEXT = new Set([
  'click here',
  'here',
  'click',
  'read more',
  'more',
  'learn more',
  'link',
  'this link',
  'this page',
  'more info',
  'more information',
  'info',
  'details',
  'go',
  'see more',
  'ici',
  'cliquez ici',
  'cliquer ici',
  'en savoir plus',
  'lire la suite',
  'plus',
  'ce lien',
  'lien',
])

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.,:;!?…»«"“”()[\]]/g, '')
    .trim()

export const imageAlt = (model: ContentModel, say: FindingMessages = findingsEn): Finding[] =>
  model.images.flatMap((image): Finding[] => {
    const alt = (image.alt ?? '').trim()
    const at = { rule: 'image-alt' as const, path: image.path }
    if (!alt)
      return [
        {
          ...at,
          severity: 'error',
          message: say.altMissing,
        },
      ]
    if (FILE_NAME.test(alt) || (image.filename && normalise(alt) === normalise(image.filename))) {
      return [
        {
          ...at,
          severity: 'error',
          message: say.altFileName(alt),
        },
      ]
    }
    if (GENERIC_ALT.has(normalise(alt)))
      return [
        {
          ...at,
          severity: 'error',
          message: say.altGeneric(alt),
        },
      ]
    const findings: Finding[] = []
    if (alt.length > MAX_ALT_CHARACTERS)
      findings.push({
        ...at,
        severity: 'warning',
        message: say.altLong(alt.length, MAX_ALT_CHARACTERS),
      })
    if (/^(image|picture|photo|graphic) of\b/i.test(alt))
      findings.push({
        ...at,
        severity: 'warning',
        message: say.altImageOf,
      })
    return findings
  })

export const headings = (model: ContentModel, say: FindingMessages = findingsEn): Finding[] => {
  const findings: Finding[] = []
  // The page title is the h1, so the body's outline starts at h2.
  let previous = 1
  for (const heading of model.headings) {
    if (!heading.text)
      findings.push({
        rule: 'empty-heading',
        severity: 'error',
        path: heading.path,
        message: say.headingEmpty,
      })
    if (heading.level === 1) {
      findings.push({
        rule: 'heading-order',
        severity: 'warning',
        path: heading.path,
        message: say.headingOne,
      })
    } else if (heading.level > previous + 1) {
      findings.push({
        rule: 'heading-order',
        severity: 'error',
        path: heading.path,
        message: say.headingSkip(heading.level, previous),
      })
    }
    if (heading.level >= 2) previous = heading.level
  }
  return findings
}

export const linkText = (model: ContentModel, say: FindingMessages = findingsEn): Finding[] => {
  const findings: Finding[] = []
  const targets = new Map<string, Set<string>>()
  for (const link of model.links) {
    const text = link.text || (link.imageAlt ?? '')
    const at = { rule: 'link-text' as const, path: link.path }
    if (!text.trim()) {
      findings.push({
        ...at,
        severity: 'error',
        message: say.linkEmpty,
      })
      continue
    }
    if (VAGUE_LINK_TEXT.has(normalise(text)))
      findings.push({
        ...at,
        severity: 'error',
        message: say.linkVague(text),
      })
    else if (/^(https?:\/\/|www\.)\S+$/i.test(text.trim()))
      findings.push({
        ...at,
        severity: 'warning',
        message: say.linkBare,
      })
    const key = normalise(text)
    if (!targets.has(key)) targets.set(key, new Set())
    targets.get(key)!.add(link.href)
  }
  for (const [text, hrefs] of targets) {
    if (hrefs.size > 1) {
      const first = model.links.find(
        (link) => normalise(link.text || (link.imageAlt ?? '')) === text,
      )!
      findings.push({
        rule: 'link-text',
        severity: 'warning',
        path: first.path,
        message: say.linkSameText(hrefs.size, first.text),
      })
    }
  }
  return findings
}

const CAPS_WORD = /^[A-ZÀ-Ý][A-ZÀ-Ý0-9'’-]+$/u

export const allCaps = (
  texts: { text: string; path: string }[],
  say: FindingMessages = findingsEn,
): Finding[] =>
  texts.flatMap(({ text, path }) => {
    let run = 0
    for (const word of wordsOf(text)) {
      run = CAPS_WORD.test(word) ? run + 1 : 0
      if (run > MAX_CAPS_WORDS)
        return [
          {
            rule: 'all-caps' as const,
            severity: 'warning' as const,
            path,
            message: say.allCaps,
          },
        ]
    }
    return []
  })

export const sentenceLength = (
  texts: { text: string; path: string }[],
  say: FindingMessages = findingsEn,
): Finding[] =>
  texts.flatMap(({ text, path }) =>
    sentencesOf(text)
      .map((sentence) => ({ sentence, words: wordsOf(sentence).length }))
      .filter(({ words }) => words > MAX_SENTENCE_WORDS)
      .map(({ sentence, words }) => ({
        rule: 'sentence-length' as const,
        severity: 'warning' as const,
        path,
        message: say.sentenceLong(
          words,
          MAX_SENTENCE_WORDS,
          `${sentence.slice(0, 60)}${sentence.length > 60 ? '…' : ''}`,
        ),
      })),
  )

export const tableHeaders = (model: ContentModel, say: FindingMessages = findingsEn): Finding[] =>
  model.tables
    .filter((table) => !table.hasHeader)
    .map((table) => ({
      rule: 'table-headers' as const,
      severity: 'error' as const,
      path: table.path,
      message: say.tableHeaders,
    }))

export type StyleRule = { avoid: string; prefer: string; caseSensitive?: boolean }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const styleGuide = (
  texts: { text: string; path: string }[],
  rules: StyleRule[],
  say: FindingMessages = findingsEn,
): Finding[] =>
  rules.flatMap((rule) => {
    if (!rule.avoid.trim()) return []
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(rule.avoid.trim())}(?![\\p{L}\\p{N}])`,
      rule.caseSensitive ? 'u' : 'iu',
    )
    const hit = texts.find(({ text }) => pattern.test(text))
    return hit
      ? [
          {
            rule: 'style' as const,
            severity: 'warning' as const,
            path: hit.path,
            message: say.style(rule.prefer, rule.avoid),
          },
        ]
      : []
  })
