import { type AdminCatalogue, en } from './en'
import { fr } from './fr'

export type { AdminCatalogue } from './en'

/** The project's admin strings in the admin language a staff member chose (English otherwise). */
export const adminStrings = (language: string | undefined): AdminCatalogue =>
  language === 'fr' ? fr : en

/**
 * A label in both admin languages, read from the catalogues (a collection's, a field's or an
 * option's): Payload shows the one the staff member chose.
 */
export const adminLabel = (
  pick: (words: AdminCatalogue) => string,
): { en: string; fr: string } => ({
  en: pick(en),
  fr: pick(fr),
})

export { deskAdminStrings } from './deskAdmin'
export { adminDateTime, adminMoney } from './format'
export { kbAdminStrings } from './kbAdmin'
export { requestsAdminStrings } from './requestsAdmin'
