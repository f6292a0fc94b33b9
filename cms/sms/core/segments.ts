/**
 * How many SMS segments a text costs, as carriers count them (3GPP TS 23.038 and 23.040): a text
 * written only in the GSM 7-bit alphabet packs 160 characters into one segment, 153 into each part
 * of a longer one (the rest is the concatenation header); any other character switches the whole
 * text to UCS-2, 70 and 67. Characters of the GSM extension table (€ [ ] { } \ ~ ^ |) take two
 * places; an escape pair, like a UTF-16 surrogate pair, never straddles two parts. French often
 * leaves GSM-7: é, è, à, ù and É are in it, but ç, â, ê, î, ô, û, ë and ï are not.
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
const GSM_EXTENSION = '\f^{}\\[~]|€'

const BASIC = new Set([...GSM_BASIC].filter((c) => c !== '\u001b'))
const EXTENSION = new Set([...GSM_EXTENSION])

export type SmsEncoding = 'GSM-7' | 'UCS-2'

export type SegmentCount = {
  encoding: SmsEncoding
  /** Segments billed: 0 for an empty text. */
  segments: number
  /** Places used: septets in GSM-7 (extension characters count two), UTF-16 units in UCS-2. */
  units: number
  /** Places in each segment at this length: 160/153 (GSM-7) or 70/67 (UCS-2). */
  perSegment: number
  /** Places left in the last segment before another one starts. */
  left: number
  /** The characters that forced UCS-2, each once, in order (empty for GSM-7). */
  nonGsm: string[]
}

const LIMITS: Record<SmsEncoding, { single: number; part: number }> = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
}

/** The size of each character in its encoding: 1 or 2 places (an escape pair, a surrogate pair). */
const sizes = (text: string, encoding: SmsEncoding) =>
  [...text].map((c) => (encoding === 'GSM-7' ? (EXTENSION.has(c) ? 2 : 1) : c.length))

export const isGsm7 = (text: string) => [...text].every((c) => BASIC.has(c) || EXTENSION.has(c))

export const countSegments = (text: string): SegmentCount => {
  const nonGsm = [...new Set([...text].filter((c) => !BASIC.has(c) && !EXTENSION.has(c)))]
  const encoding: SmsEncoding = nonGsm.length ? 'UCS-2' : 'GSM-7'
  const limit = LIMITS[encoding]
  const each = sizes(text, encoding)
  const units = each.reduce((sum, n) => sum + n, 0)
  if (units === 0)
    return { encoding, segments: 0, units, perSegment: limit.single, left: limit.single, nonGsm }
  if (units <= limit.single)
    return {
      encoding,
      segments: 1,
      units,
      perSegment: limit.single,
      left: limit.single - units,
      nonGsm,
    }
  // Parts are filled in order; a character that does not fit whole starts the next part.
  let segments = 1
  let used = 0
  for (const n of each) {
    if (used + n > limit.part) {
      segments += 1
      used = 0
    }
    used += n
  }
  return { encoding, segments, units, perSegment: limit.part, left: limit.part - used, nonGsm }
}
