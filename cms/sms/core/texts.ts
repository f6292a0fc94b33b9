import { type Language, strings } from '../../../site/lib/i18n'

/**
 * The texts the City sends about the subscription itself, in the subscriber's language; the words
 * are the catalogue's (`sms` in site/lib/i18n, the French without accents to stay one segment).
 */
export const smsWords = (language: Language) => strings(language).sms
