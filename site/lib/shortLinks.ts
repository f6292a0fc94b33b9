import { type Language } from './i18n'
/**
 * Short addresses for alerts, for text messages (every character of a link costs room in a
 * 70-character French segment): `/a/{code}/` opens the alert in English, `/a/{code}f/` in French.
 * The code is the first 6 hexadecimal digits of the alert's permanent uid, known to the sender
 * without asking anything; in the rare case two alerts share one (1 in 16 million a pair), its page
 * lists both instead of choosing.
 */
/** Where the short links live; not in the sitemap (they lead elsewhere). */
export const SHORT_LINK_BASE = '/a/'

export const alertShortCode = (uid: string): string =>
  uid
    .replace(/[^0-9a-f]/gi, '')
    .toLowerCase()
    .slice(0, 6)

export const alertShortPath = (uid: string, language: Language): string =>
  `${SHORT_LINK_BASE}${alertShortCode(uid)}${language === 'fr' ? 'f' : ''}/`
