import { type Catalogue, en } from './en'
import { fr } from './fr'
import type { Language } from './locales'

export type { Catalogue } from './en'
export * from './locales'
export * from './format'
export * from './translation'

const CATALOGUES: Record<Language, Catalogue> = { en, fr }

/** The interface strings of a language. */
export const strings = (locale: Language): Catalogue => CATALOGUES[locale]
