/** Escapes text for HTML element content and double-quoted attribute values. */
export const escapeHtml = (value: unknown): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * A link target that cannot run script: http(s), mailto and tel URLs, and site-relative paths and
 * fragments. The text is cleaned the way browsers' URL parser does before the check: leading and
 * trailing controls and spaces trimmed, tabs and newlines removed anywhere (so "java\tscript:" is
 * caught), other control characters removed. Anything else gives null: the link renders as text.
 */
export const safeHref = (raw: unknown): string | null => {
  if (typeof raw !== 'string') return null
  const cleaned = raw
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
  if (!cleaned) return null
  if (/^(\/(?!\/)|#|\?)/.test(cleaned)) return cleaned
  try {
    const url = new URL(cleaned)
    return SAFE_PROTOCOLS.has(url.protocol.toLowerCase()) ? url.href : null
  } catch {
    return null
  }
}

/**
 * Removes characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF): they break
 * feeds.
 */
export const xmlSafeText = (value: unknown): string =>
  String(value ?? '').replace(
    // eslint-disable-next-line no-control-regex -- XML forbids these control characters
    /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu,
    '',
  )
