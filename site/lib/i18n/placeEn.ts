/**
 * Where a subscriber wants alerts for (alerts where you live): the choices, what the consent says
 * is kept, and the register's suggestions. Part of the English catalogue (en.ts); placeFr.ts has
 * the same keys.
 */
export const placeEn = {
  place: {
    everywhere: 'Everywhere in the city',
    mine: 'Only where I am',
    wholeCity: 'Alerts for the whole city; no address is kept.',
    onlyMine: (kept: string) =>
      `Only alerts that touch where I am: the City keeps ${kept}, for this alone, and erases it when I unsubscribe or ask.`,
    addressKept: 'the register address I gave',
    wards: (list: string, count: number) => `${count > 1 ? 'wards' : 'ward'} ${list}`,
    and: 'and',
    nearby: 'Nearby addresses in the register:',
    legend: 'Which alerts',
    address: 'Your address',
    addressHint: 'For example, 123 Main Street: a civic address in the City',
    wardsLegend: 'Or your wards',
    keptNote:
      'For alerts where you are, we keep only your address’s place in the City’s register, or the wards you choose, and use them for nothing else.',
  },
}
