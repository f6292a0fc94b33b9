/**
 * The demo city's name; a deployment sets CITY_NAME (cms/settings.ts) and it reaches the site in
 * the snapshot.
 */
export const DEFAULT_CITY_NAME = 'City of Riverton'

/** "City of X" in French: "Ville de X". */
export const frenchCityName = (name: string) => name.replace(/^City of /, 'Ville de ')
