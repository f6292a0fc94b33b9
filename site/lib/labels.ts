import { en } from './i18n/en'

/** The kinds that have at least one item, in the order the filters show them. */
export const kindsPresent = (items: { kind: string }[]): string[] =>
  Object.keys(en.publications.kinds).filter((kind) => items.some((item) => item.kind === kind))
