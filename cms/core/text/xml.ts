/** Escapes text for XML and drops characters XML 1.0 forbids. */
export const xmlText = (value: unknown): string =>
  String(value ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
