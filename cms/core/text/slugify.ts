/**
 * Longest slug we derive; long enough for a headline, short enough for a URL a person can read
 * aloud.
 */
export const MAX_SLUG_LENGTH = 80

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Turns a title into a URL slug: French accents folded ("Ébauche d'été" → "ebauche-d-ete"),
 * ligatures spelled out, anything else that is not a letter or digit becomes a single hyphen.
 */
export const slugify = (title: string): string => {
  const folded = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    // Letters NFKD does not split into base + accent.
    .replace(/ø/gi, 'o')
    .replace(/[đð]/gi, 'd')
    .replace(/ł/gi, 'l')
    .replace(/þ/gi, 'th')
    .replace(/&/g, ' and ')
    .toLowerCase()
  const hyphenated = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (hyphenated.length <= MAX_SLUG_LENGTH) return hyphenated
  // Cut at a word boundary so a slug never ends in half a word.
  const cut = hyphenated.slice(0, MAX_SLUG_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(
    /-+$/,
    '',
  )
}

export const isValidSlug = (slug: string): boolean =>
  slug.length > 0 && slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug)

/** The first of `base`, `base-2`, `base-3`… that is not taken. */
export const firstFreeSlug = (base: string, taken: ReadonlySet<string>): string => {
  if (!taken.has(base)) return base
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}
