import type { CatalogueOf } from '../../../site/lib/i18n/catalogue'
import { findingsEn } from './findingsEn'
import { findingsFr } from './findingsFr'

export { findingsEn, findingsFr }

/** The checker's sentences, in English (findingsEn.ts) or French (findingsFr.ts). */
export type FindingMessages = CatalogueOf<typeof findingsEn>

/** The checker's sentences in an admin language. */
export const findingMessagesIn = (language: string | undefined): FindingMessages =>
  language === 'fr' ? findingsFr : findingsEn
