import { type AdminCatalogue, en } from './en'
import { fr } from './fr'

export type { AdminCatalogue } from './en'

/** The project's admin strings in the admin language a staff member chose (English otherwise). */
export const adminStrings = (language: string | undefined): AdminCatalogue =>
  language === 'fr' ? fr : en
