/**
 * Ward watch: following a ward, or a circle around an address, for new 311 reports and closures
 * (the form on each ward's page, its pages and the daily digest). Part of the English catalogue
 * (en.ts); watchFr.ts has the same keys.
 */
export const watchEn = {
  watch: {
    formTitle: 'Get a daily email of 311 reports here',
    formLead:
      'Once a day, at 7 a.m., if anything happened: the new reports in this ward and those fixed. Nothing is sent on a quiet day.',
    email: 'Your email address',
    events: 'What to include',
    eventNew: 'New reports',
    eventClosed: 'Reports fixed or closed',
    button: 'Watch this ward',
    ward: 'Ward',
    radius: 'Distance',
    fixEvents: 'Choose new reports, reports fixed or closed, or both.',
    fixWard: 'Choose a ward of the City.',
    fixRadius: 'Give a distance from 50 to 2,000 metres.',
    feed: 'RSS feed of new 311 reports in this ward',
    checkTitle: 'Check your inbox',
    check: (email: string) =>
      `We sent a link to ${email}. Open it within 7 days to start the daily email; nothing is sent before.`,
    confirmTitle: 'Start the daily email',
    confirmLead: (area: string) => `Confirm that you want a daily email of 311 reports in ${area}.`,
    confirmButton: 'Start the daily email',
    startedTitle: 'You are watching',
    started: (area: string) =>
      `From tomorrow at 7 a.m., on any day with new reports or closures in ${area}, you get one email. Each email has a link to stop.`,
    stopTitle: 'Stop the daily email',
    stopLead: (area: string) => `Stop the daily email of 311 reports in ${area}?`,
    stopButton: 'Stop the email',
    stoppedTitle: 'Stopped',
    stopped: (area: string) => `You will get no more emails about ${area}.`,
    notFound: 'This link is not valid, or it expired. Sign up again from the ward’s page.',
    tooManyTitle: 'Too many requests',
    tooMany: 'Too many sign-ups from here in the last hour. Try again later.',
    wardArea: (number: number) => `ward ${number}`,
    circleArea: (metres: number, label: string) => `${metres} m around ${label}`,
    confirmSubject: (area: string) => `Confirm: daily 311 reports in ${area}`,
    confirmAsked: (area: string) =>
      `Someone (we hope you) asked for a daily email of 311 reports in ${area}.`,
    confirmLink: (url: string) => `To start it, open this link within 7 days: ${url}`,
    confirmIgnore: 'If it was not you, ignore this message: nothing more is sent.',
    digestSubject: (area: string, day: string) => `311 reports in ${area}, ${day}`,
    digestLead: (area: string, day: string) => `What changed in ${area} in the day before ${day}:`,
    newTitle: (count: number) => (count === 1 ? '1 new report' : `${count} new reports`),
    closedTitle: (count: number) => (count === 1 ? '1 report closed' : `${count} reports closed`),
    line: (reference: string, service: string, address: string | null) =>
      `${reference}, ${service}${address ? `, ${address}` : ''}`,
    placedOnMap: 'placed on the map',
    more: (count: number) => `… and ${count} more on the map.`,
    stop: (url: string) => `To stop these emails: ${url}`,
    mapLink: (url: string) => `The map of open reports: ${url}`,
    feedTitle: (city: string, ward: string) => `${city}: 311 reports, ${ward}`,
    feedDescription: (ward: string) => `New 311 reports in ${ward}, newest first (public fields).`,
    feedItem: (reference: string, service: string) => `${reference}: ${service}`,
  },
}
