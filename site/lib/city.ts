/** The city's name as the public site and feeds show it (CITY_NAME overrides the demo default). */
export const CITY_NAME = process.env.CITY_NAME?.trim() || 'City of Riverton'
