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

export { adminDateTime, adminMoney } from './format'

/** The desk's part of the admin catalogue (the case thread, the standards report). */
export const deskAdminStrings = (language: string | undefined) => adminStrings(language).desk
/** The knowledge base's part (the agents' search, the health view). */
export const kbAdminStrings = (language: string | undefined) => adminStrings(language).kb
/** 311's part (the status panel, the dashboard's queues and trends). */
export const requestsAdminStrings = (language: string | undefined) =>
  adminStrings(language).requests
/** The dashboard's first panel: each person's own work. */
export const homeAdminStrings = (language: string | undefined) => adminStrings(language).home
