import {
  type ContentSlug,
  EMERGENCY_BULLETINS,
  MEDIA_RELEASES,
  PUBLICATIONS,
} from '../../core/slugs'
import { fromLexical } from './model'
import { fleschKincaid, wordsOf } from './readability'
import { easeTarget, kandelMoles } from './frenchReadability'
import { passageLanguage } from './passageLanguage'
import { type FindingMessages, findingsEn } from './findingMessages'
import {
  allCaps,
  type Finding,
  headings,
  imageAlt,
  linkText,
  MAX_SUMMARY_CHARACTERS,
  sentenceLength,
  styleGuide,
  type StyleRule,
  tableHeaders,
} from './rules'
import { type Language } from '../../../site/lib/i18n'

export type MediaInfo = {
  id?: unknown
  alt?: string | null
  filename?: string | null
  mimeType?: string | null
}

export type CheckInput = {
  collection: ContentSlug
  /** The language of the text checked: each has its own reading measure. */
  language: Language
  title?: string | null
  summary?: string | null
  body?: unknown
  instruction?: string | null
  msgType?: string | null
  /**
   * Uploads in the item's own fields (cover image, related media, package images), by field path.
   */
  uploads?: { path: string; media: MediaInfo | null }[]
  /** A publication's print edition. */
  printEdition?: MediaInfo | null
  /** Media inside the rich text, by id. */
  media?: Record<string, MediaInfo>
  style?: StyleRule[]
}

/**
 * How hard the text is to read. English: the Flesch–Kincaid grade (`grade`, lower is easier, at
 * most `target`). French: Kandel–Moles reading ease (`ease`, higher is easier, at least `target`).
 */
export type ReadingLevel = {
  measure: 'flesch-kincaid-grade' | 'kandel-moles-ease'
  grade: number | null
  ease: number | null
  target: number
  language: Language
  scored: boolean
}
export type CheckResult = { findings: Finding[]; readingLevel: ReadingLevel }

/**
 * Targets from the issue: bulletins (and release summaries) must read at grade 8; the rest at 10.
 */
const readingTarget = (collection: ContentSlug, part: 'summary' | 'body'): number =>
  collection === EMERGENCY_BULLETINS || (collection === MEDIA_RELEASES && part === 'summary')
    ? 8
    : 10

/**
 * A print PDF's HTML version must carry its content: fewer words than this is not a real
 * alternative.
 */
const MIN_ALTERNATIVE_WORDS = 50

const isPdf = (media: MediaInfo | null | undefined) =>
  String(media?.mimeType ?? '').includes('pdf') || /\.pdf$/i.test(String(media?.filename ?? ''))

/**
 * Passages written in the other language (WCAG 3.1.2, language of parts): a paragraph of the French
 * version left in English is read by screen readers with French pronunciation, and French readers
 * miss it. The editor cannot mark a passage's language, so the fix is to translate it.
 */
export const otherLanguagePassages = (
  texts: { text: string; path: string }[],
  language: Language,
  say: FindingMessages,
): Finding[] =>
  texts.flatMap(({ text, path }) => {
    const found = passageLanguage(text)
    if (!found || found === language) return []
    return [
      {
        rule: 'passage-language' as const,
        severity: 'warning' as const,
        path,
        message: say.otherLanguage(language, found),
      },
    ]
  })

/**
 * Every accessibility and plain-language rule over one item, in one language. Pure and total: any
 * input, however malformed, gives findings, never an exception (the admin runs it as people type).
 * `say` is the language the findings are written in (the staff member's), not the text's.
 */
export const checkItem = (input: CheckInput, say: FindingMessages = findingsEn): CheckResult => {
  const media = input.media ?? {}
  const body = fromLexical(input.body, 'body', (id) => media[String(id)] ?? null)
  const summary = typeof input.summary === 'string' ? input.summary : ''
  const instruction = typeof input.instruction === 'string' ? input.instruction : ''
  const title = typeof input.title === 'string' ? input.title : ''
  const texts = [
    ...(title ? [{ text: title, path: 'title' }] : []),
    ...(summary ? [{ text: summary, path: 'summary' }] : []),
    ...(instruction ? [{ text: instruction, path: 'instruction' }] : []),
    ...body.blocks,
  ]
  const uploadImages = (input.uploads ?? [])
    .filter((u) => u.media && String(u.media.mimeType ?? '').startsWith('image/'))
    .map((u) => ({ alt: u.media!.alt, filename: u.media!.filename, path: u.path }))
  const findings: Finding[] = [
    ...imageAlt({ ...body, images: [...body.images, ...uploadImages] }, say),
    ...headings(body, say),
    ...linkText(body, say),
    ...tableHeaders(body, say),
    ...allCaps(texts, say),
    ...sentenceLength(
      texts.filter((t) => t.path !== 'title'),
      say,
    ),
    ...styleGuide(texts, input.style ?? [], say),
    ...otherLanguagePassages(texts, input.language, say),
  ]

  if (summary.length > MAX_SUMMARY_CHARACTERS) {
    findings.push({
      rule: 'summary-length',
      severity: 'warning',
      path: 'summary',
      message: say.summaryLong(summary.length, MAX_SUMMARY_CHARACTERS),
    })
  }
  if (
    input.collection === EMERGENCY_BULLETINS &&
    input.msgType !== 'Cancel' &&
    !instruction.trim()
  ) {
    findings.push({
      rule: 'missing-instruction',
      severity: 'error',
      path: 'instruction',
      message: say.missingInstruction,
    })
  }
  const bodyWords =
    body.blocks.reduce((sum, block) => sum + wordsOf(block.text).length, 0) +
    body.headings.reduce((sum, h) => sum + wordsOf(h.text).length, 0)
  if (
    input.collection === PUBLICATIONS &&
    isPdf(input.printEdition) &&
    bodyWords < MIN_ALTERNATIVE_WORDS
  ) {
    findings.push({
      rule: 'pdf-alternative',
      severity: 'error',
      path: 'printEdition',
      message: say.pdfAlternative,
    })
  }
  for (const upload of input.uploads ?? []) {
    if (isPdf(upload.media))
      findings.push({
        rule: 'pdf-alternative',
        severity: 'warning',
        path: upload.path,
        message: say.pdfUpload,
      })
  }
  for (const link of body.links) {
    if (/\.pdf(?:$|[?#])/i.test(link.href))
      findings.push({
        rule: 'pdf-alternative',
        severity: 'warning',
        path: link.path,
        message: say.pdfLink,
      })
  }

  const scoredText = (part: 'summary' | 'body') =>
    part === 'summary'
      ? summary
      : [...body.blocks.map((b) => b.text), instruction].filter(Boolean).join('\n\n')
  const parts: ('summary' | 'body')[] =
    input.collection === MEDIA_RELEASES ? ['summary', 'body'] : ['body']
  let overall: number | null = null
  let overallTarget = readingTarget(input.collection, 'body')
  const french = input.language === 'fr'
  if (french) overallTarget = easeTarget(overallTarget)
  for (const part of parts) {
    const text =
      input.collection === MEDIA_RELEASES
        ? scoredText(part)
        : [summary, scoredText('body')].filter(Boolean).join('\n\n')
    const grade = readingTarget(input.collection, part)
    const reading = french ? kandelMoles(text) : fleschKincaid(text)
    if (!reading || reading.words < 10) continue
    const value = 'ease' in reading ? reading.ease : reading.grade
    const target = french ? easeTarget(grade) : grade
    if (part === 'body' || overall === null) {
      overall = value
      overallTarget = target
    }
    const what = part === 'summary' ? 'summary' : 'text'
    if (french ? value < target : value > target) {
      findings.push({
        rule: 'reading-level',
        severity: 'warning',
        path: part === 'summary' ? 'summary' : 'body',
        message: french
          ? say.easeTooLow(what, value, target)
          : say.gradeTooHigh(what, value, target),
      })
    }
  }
  return {
    findings,
    readingLevel: {
      measure: french ? 'kandel-moles-ease' : 'flesch-kincaid-grade',
      grade: french ? null : overall,
      ease: french ? overall : null,
      target: overallTarget,
      language: input.language,
      scored: overall !== null,
    },
  }
}

export const blocking = (result: CheckResult): Finding[] =>
  result.findings.filter((finding) => finding.severity === 'error')
