/**
 * The 311 app (/app/): the report screen, the reports waiting on the device, "My reports" and the
 * open reports nearby. Part of the English catalogue (en.ts); appFr.ts has the same keys. The
 * words app311.js writes into the page travel in the page itself (`words`), never in the script.
 */
export const appEn = {
  app: {
    name: '311 app',
    title: 'Report a problem',
    shortName: '311',
    description:
      'Report a problem to the City with a photo and a pin, even without a signal, and follow your reports.',
    getIt: 'Get the 311 app',
    getItLead:
      'Report with a photo and your location, even without a signal, and see your reports in one place. Open it on your phone and add it to your home screen.',
    needsScript: 'The app needs JavaScript. Use the report form instead:',
    appNav: '311 app',
    reportTab: 'Report',
    mineTab: 'My reports',
    nearbyTab: 'Nearby',
    step1: '1. What is the problem?',
    search: 'Search the problems',
    searchHint: 'For example: pothole, graffiti, streetlight',
    popular: 'Often reported',
    allServices: 'All problems',
    step2: '2. Photos',
    photos: 'Take or choose up to 3 photos',
    photosHint: 'JPEG, PNG or WebP. Optional, but they help the crew find the problem.',
    step3: '3. Where is it?',
    useLocation: 'Use my location',
    addressLabel: 'Or type an address',
    step4: '4. Details',
    details: 'Describe the problem (optional)',
    email: 'Email for updates (optional)',
    send: 'Send the report',
    waitingTitle: 'Waiting to send',
    mineTitle: 'My reports',
    nearbyTitle: 'Open reports near you',
    nearbyLead: 'Already reported? Say “me too” on its page instead of sending it again.',
    noneWaiting: 'Nothing is waiting to send.',
    noneMine: 'Reports you send from this device are listed here.',
    noneNearby: 'No open reports near you.',
    nearbyNeedsPlace: 'Use your location on the report screen to see reports near you.',
  },
}

/**
 * What app311.js writes (statuses, errors, buttons): `{n}`, `{m}`, `{ref}`, `{date}` are filled in
 * by the script, so these are plain strings.
 */
export const appWordsEn = {
  online: 'Online.',
  offline: 'No connection: reports are kept on this device and sent when it returns.',
  waitingOne: '1 report is waiting to send.',
  waitingMany: '{n} reports are waiting to send.',
  queued: 'Kept on this device. It will be sent when the connection returns.',
  sent: 'Sent. Your reference is {ref}.',
  refused: 'The City could not accept this report: {message}',
  discard: 'Discard',
  chooseService: 'Choose the problem first.',
  placeFirst: 'Give the place: your location, a tap on the map or an address.',
  locating: 'Finding your location…',
  located: 'Your location, to within {m} m.',
  locationDenied: 'Your location is not available. Tap the map or type an address.',
  tooManyPhotos: 'Up to 3 photos: the first 3 are kept.',
  photoAlt: 'Photo {n} to send',
  removePhoto: 'Remove photo {n}',
  stopped: 'Do not report this here:',
  answersFirst: 'These answers may help before you report:',
  statusOpen: 'Open',
  statusClosed: 'Closed',
  expected: 'Expected by {date}',
  history: 'History',
  statusPage: 'See its page (still not fixed, me too, follow)',
  meToo: 'Me too',
  metres: '{m} m away',
  noResults: 'No problem matches. Try another word, or choose from the list.',
  results: '{n} problems match.',
  required: '(required)',
  updateReady: 'A new version of the app was installed. Waiting reports are kept.',
}
