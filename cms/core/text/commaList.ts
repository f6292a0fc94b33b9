/**
 * "trash, garbage ,, pickup" → ['trash', 'garbage', 'pickup']: lists staff and apps write with
 * commas.
 */
export const commaList = (text: unknown): string[] =>
  typeof text === 'string'
    ? text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : []
