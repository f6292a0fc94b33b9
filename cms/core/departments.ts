import { type Language } from '../../site/lib/i18n'
/**
 * A department as staff sign with it: its name in the reader's language. Accepts a populated
 * relationship (`{ name, nameFr }`), or nothing useful (an id, null), which names nothing.
 */
export const departmentName = (value: unknown, language: Language): string | null => {
  if (!value || typeof value !== 'object') return null
  const { name, nameFr } = value as { name?: unknown; nameFr?: unknown }
  const english = typeof name === 'string' ? name.trim() : ''
  const french = typeof nameFr === 'string' ? nameFr.trim() : ''
  return (language === 'fr' ? french || english : english || french) || null
}
