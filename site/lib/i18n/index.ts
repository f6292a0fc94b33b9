import { type Catalogue, en } from './en'
import { fr } from './fr'
import type { Locale } from './locales'

export type { Catalogue } from './en'
export * from './locales'
export * from './format'
export * from './translation'

const CATALOGUES: Record<Locale, Catalogue> = { en, fr }

/** The interface strings of a language. */
export const strings = (locale: Locale): Catalogue => CATALOGUES[locale]
