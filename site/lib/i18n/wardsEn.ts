/**
 * Each ward's page, feed and calendar, the list of wards and the address → ward finder (alerts
 * where you live). Part of the English catalogue (en.ts); wardsFr.ts has the same keys.
 */
export const wardsEn = {
  wards: {
    indexTitle: 'Wards',
    indexDescription: 'Alerts, news and 311 requests for each ward of the City.',
    indexLead:
      'Each ward has its own page: the alerts that touch it, what the City published for it, and the 311 requests there. Find yours by address, or pick it from the list.',
    /** "Ward 2: Riverside"; just "Ward 2" when that is the ward's name. */
    title: (number: number, name: string) =>
      name.trim().toLowerCase() === `ward ${number}` ? `Ward ${number}` : `Ward ${number}: ${name}`,
    description: (name: string) => `Alerts, news and 311 requests for ${name}.`,
    activeTitle: 'Alerts in effect here',
    noActive: 'No alert is in effect in this ward.',
    recentTitle: 'Recent alerts',
    recentLead: (days: number) => `Alerts that touched this ward in the last ${days} days.`,
    noRecent: 'None.',
    cityWide: 'whole city',
    until: (when: string) => `Until ${when}`,
    endedAt: (when: string) => `Ended ${when}`,
    publishedTitle: 'Published for this ward',
    noPublished: 'Nothing published for this ward yet.',
    requestsTitle: '311 requests in this ward',
    openTitle: (count: number) =>
      count === 1 ? '1 open request' : `${count.toLocaleString('en-CA')} open requests`,
    fixedTitle: (count: number, days: number) =>
      `${count === 1 ? '1 request' : `${count.toLocaleString('en-CA')} requests`} fixed in the last ${days} days`,
    newest: (shown: number) => `The ${shown} newest:`,
    noRequests: 'None.',
    reference: 'Reference',
    service: 'Service',
    address: 'Address',
    reported: 'Reported',
    fixed: 'Fixed',
    noAddress: 'Placed on the map',
    requestsAsOf: (when: string) => `Figures as of ${when}`,
    followTitle: 'Follow this ward',
    feed: 'RSS feed of this ward’s alerts and news',
    calendar: 'Calendar of this ward’s alerts (iCalendar)',
    subscribe: 'Get this ward’s alerts by email, text or notification',
    map: 'Map of open 311 requests',
    otherWards: 'All wards',
    feedTitle: (city: string, ward: string) => `${city}: ${ward}`,
    feedDescription: (name: string) => `Alerts and news for ${name}, from the City.`,
    calendarName: (city: string, ward: string) => `${city}: alerts, ${ward}`,
    finderTitle: 'Find your ward',
    finderAddress: 'Your address',
    finderHint: 'A civic address in the City, for example 123 Main Street',
    finderButton: 'Find my ward',
    finderNotFound: (typed: string) => `We did not find “${typed}” in the City’s address register.`,
    finderTry: 'Give a civic number and a street, like 123 Main Street.',
    finderSuggestions: 'Did you mean one of these?',
    finderNoWard: (label: string) =>
      `${label} is in the register but in no ward: call 311 and we will tell you.`,
    finderEmpty: 'Give your address, like 123 Main Street.',
  },
}
