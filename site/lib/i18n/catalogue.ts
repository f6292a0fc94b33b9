/**
 * The type every language's catalogue has, from the English one: its strings widened to `string`
 * and its functions kept with their arguments, so the compiler checks that a translation has every
 * key.
 */
export type CatalogueOf<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: CatalogueOf<T[K]> }
