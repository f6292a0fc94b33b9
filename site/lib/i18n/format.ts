import { HTML_LANG, type Language } from './locales'

/**
 * Dates, numbers and money as each language writes them (Intl with en-CA and fr-CA): "December 1,
 * 2026" and "1 décembre 2026", "$5,000" and "5 000 $". Times are the City's wall clock.
 */
const TIME_ZONE = 'America/Toronto'

export const formatDate = (iso: string | null | undefined, locale: Language = 'en'): string =>
  iso
    ? new Date(iso).toLocaleDateString(HTML_LANG[locale], {
        timeZone: TIME_ZONE,
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      })
    : ''

export const formatDateTime = (iso: string | null | undefined, locale: Language = 'en'): string =>
  iso
    ? new Date(iso).toLocaleString(HTML_LANG[locale], {
        timeZone: TIME_ZONE,
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      })
    : ''

export const formatNumber = (value: number, locale: Language = 'en'): string =>
  value.toLocaleString(HTML_LANG[locale])

export const formatMoney = (value: number, locale: Language = 'en'): string =>
  value.toLocaleString(HTML_LANG[locale], {
    style: 'currency',
    currency: 'CAD',
    maximumFractionDigits: 0,
  })

/** File sizes: "1.2 MB" and "1,2 Mo". */
export const formatBytes = (bytes: number, locale: Language = 'en'): string => {
  const [mega, kilo] = locale === 'fr' ? ['Mo', 'ko'] : ['MB', 'KB']
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toLocaleString(HTML_LANG[locale], { maximumFractionDigits: 1, minimumFractionDigits: 1 })} ${mega}`
    : `${Math.max(1, Math.round(bytes / 1000))} ${kilo}`
}
