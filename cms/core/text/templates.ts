/**
 * The one template engine of the project: texts written once by staff with `{placeholders}`,
 * checked by name when saved (a typo would otherwise reach residents as written) and filled with a
 * record's facts in the reader's language. 311's status templates and the desk's macros each bind
 * it to their own placeholders. Pure.
 */

const TOKEN = /\{([^{}\s]{0,40})\}/g

export type TemplateEngine<P extends string> = {
  placeholders: readonly P[]
  max: number
  /** The placeholders a text uses that do not exist. */
  unknown: (text: string) => string[]
  /** A template text's problem in a sentence, or null when fine (a collection's validator). */
  problem: (value: unknown) => string | null
  /** Fills every placeholder; one without a value becomes `missing`. */
  fill: (text: string, values: Partial<Record<P, string | null>>, missing?: string) => string
}

export const templateEngine = <P extends string>(
  placeholders: readonly P[],
  max: number,
): TemplateEngine<P> => {
  const known = (name: string): name is P => (placeholders as readonly string[]).includes(name)
  const unknown = (text: string) =>
    [...text.matchAll(TOKEN)].map((match) => match[1]!).filter((name) => !known(name))
  return {
    placeholders,
    max,
    unknown,
    problem: (value) => {
      if (typeof value !== 'string' || value.trim() === '') return 'Write the message.'
      if (value.length > max) return `Keep the message under ${max} characters.`
      const wrong = unknown(value)
      return wrong.length
        ? `Unknown placeholder ${wrong.map((name) => `{${name}}`).join(', ')}: use ${placeholders.map((p) => `{${p}}`).join(', ')}.`
        : null
    },
    fill: (text, values, missing = '') =>
      text
        .replace(TOKEN, (whole, name: string) => (known(name) ? (values[name] ?? missing) : whole))
        .replace(/[ \t]{2,}/g, ' ')
        .trim(),
  }
}
