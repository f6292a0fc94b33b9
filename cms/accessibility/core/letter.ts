import { type CheckResult, otherLanguagePassages } from './check'
import { type FindingMessages, findingsEn } from './findingMessages'
import { easeTarget, kandelMoles } from './frenchReadability'
import { fleschKincaid } from './readability'
import { allCaps, sentenceLength, styleGuide, type StyleRule } from './rules'
import { type Language } from '../../../site/lib/i18n'

/**
 * A letter to a resident reads at grade 8, as an emergency bulletin does: anyone may receive one.
 */
export const LETTER_GRADE = 8

/**
 * The plain-language rules for a letter (a desk reply): the same sentence, capitals, style-guide,
 * language-of-parts and reading-level rules as published items, over plain text whose paragraphs
 * are separated by blank lines. Findings point at `message`; none blocks sending, as none blocks a
 * draft.
 */
export const checkLetter = (
  input: { text: string; language: Language; style?: StyleRule[] },
  say: FindingMessages = findingsEn,
): CheckResult => {
  const texts = input.text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ text, path: 'message' }))
  const findings = [
    ...allCaps(texts, say),
    ...sentenceLength(texts, say),
    ...styleGuide(texts, input.style ?? [], say),
    ...otherLanguagePassages(texts, input.language, say),
  ]
  const french = input.language === 'fr'
  const target = french ? easeTarget(LETTER_GRADE) : LETTER_GRADE
  const reading = french ? kandelMoles(input.text) : fleschKincaid(input.text)
  const scored = Boolean(reading && reading.words >= 10)
  const value = reading ? ('ease' in reading ? reading.ease : reading.grade) : null
  if (scored && value !== null && (french ? value < target : value > target))
    findings.push({
      rule: 'reading-level',
      severity: 'warning',
      path: 'message',
      message: french
        ? say.easeTooLow('text', value, target)
        : say.gradeTooHigh('text', value, target),
    })
  return {
    findings,
    readingLevel: {
      measure: french ? 'kandel-moles-ease' : 'flesch-kincaid-grade',
      grade: french || !scored ? null : value,
      ease: french && scored ? value : null,
      target,
      language: input.language,
      scored,
    },
  }
}
