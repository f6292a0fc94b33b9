/**
 * Dates and money in the admin, as the staff member's admin language writes them, on the City's
 * wall clock. `otherwise` is what to show when there is no date.
 */
const tag = (language: string | undefined) => (language === 'fr' ? 'fr-CA' : 'en-CA')

export const adminDateTime = (
  iso: unknown,
  language: string | undefined,
  otherwise = '',
  dateStyle: 'medium' | 'long' = 'medium',
): string =>
  typeof iso === 'string' && iso
    ? new Date(iso).toLocaleString(tag(language), {
        timeZone: 'America/Toronto',
        dateStyle,
        timeStyle: 'short',
      })
    : otherwise

export const adminMoney = (value: number, language: string | undefined): string =>
  value.toLocaleString(tag(language), {
    style: 'currency',
    currency: 'CAD',
    maximumFractionDigits: 0,
  })
