import { countSegments, type SegmentCount } from './segments'

/**
 * An emergency alert as a text message: the headline, what to do, and a short link to the full
 * alert, within `maxSegments` (two by default: one reads as one message on every phone, two cost
 * double). What does not fit is cut at a word, the instruction first, then the headline; the link
 * is never cut. The cut is marked with "..." (the ellipsis character is not GSM-7, and one such
 * character would halve the room of the whole text).
 */
export type AlertSms = { text: string; count: SegmentCount; shortened: boolean }

const MARK = '...'

const cutTo = (text: string, fits: (candidate: string) => boolean): string => {
  if (fits(text)) return text
  const words = text.split(/\s+/)
  for (let n = words.length - 1; n > 0; n -= 1) {
    const candidate = `${words
      .slice(0, n)
      .join(' ')
      .replace(/[\s,;:.]+$/, '')}${MARK}`
    if (fits(candidate)) return candidate
  }
  return ''
}

export const alertSms = (
  alert: { headline: string; instruction?: string | null; url: string },
  maxSegments = 2,
): AlertSms => {
  const headline = alert.headline.replace(/\s+/g, ' ').trim()
  const instruction = (alert.instruction ?? '').replace(/\s+/g, ' ').trim()
  const compose = (h: string, i: string) => [h, i, alert.url].filter(Boolean).join('\n')
  const fits = (text: string) => countSegments(text).segments <= maxSegments
  const full = compose(headline, instruction)
  if (fits(full)) return { text: full, count: countSegments(full), shortened: false }
  const shortInstruction = cutTo(instruction, (i) => fits(compose(headline, i)))
  let text = compose(headline, shortInstruction)
  if (!fits(text))
    text = compose(
      cutTo(headline, (h) => fits(compose(h, ''))),
      '',
    )
  return { text, count: countSegments(text), shortened: true }
}
