import type { CatalogueOf } from './catalogue'
import { deskEn } from './deskEn'
import { answersEn } from './answersEn'
import { searchEn } from './searchEn'
import { requestsEn } from './requestsEn'
import { requestMailEn } from './requestMailEn'
import { sponsorshipEn } from './sponsorshipEn'
import { smsEn } from './smsEn'
import { placeEn } from './placeEn'
import { wardsEn } from './wardsEn'
import { digestEn } from './digestEn'
import { changeEn } from './changeEn'
import { watchEn } from './watchEn'
import { appEn } from './appEn'
import { myEn } from './myEn'

/**
 * Every interface string of the public site in English: one catalogue per language (fr.ts has the
 * same keys, checked by the compiler), so no component carries its own words. The build refuses a
 * French page that shows one of these English strings (cms/publishing/languageCheck.ts).
 */
export const en = {
  languageName: 'English',
  switchTo: 'Français',
  switchLabel: 'Lire cette page en français',
  skipLink: 'Skip to main content',
  mainNav: 'Main',
  tasksNav: 'Services',
  tasks: {
    report: 'Report a problem',
    help: '311',
    contact: 'Contact',
    search: 'Search',
    wards: 'My ward',
  },
  nav: {
    news: 'News',
    publications: 'Publications',
    emergency: 'Emergency',
    sponsorship: 'Sponsorship',
    subscribe: 'Get alerts by email',
  },
  footer: {
    contact: 'Contact the City',
    report: 'Report a problem (311)',
    help: '311 answers',
    feeds: 'RSS feeds',
    email: 'Email alerts',
    sitemap: 'Site map',
    signature: (city: string) => `Corporate Communications, ${city}. Call 311 for City services.`,
  },
  feeds: {
    news: { title: 'News releases', description: 'Media releases from the City.' },
    publications: { title: 'Publications', description: 'New City publications.' },
    sponsorship: {
      title: 'Sponsorship opportunities',
      description: 'Opportunities to sponsor City events and programs.',
    },
    emergency: {
      title: 'Emergency bulletins',
      description: 'Emergency alerts and bulletins from the City.',
    },
    all: {
      title: 'Everything',
      description: 'All news, publications, sponsorship opportunities and emergency bulletins.',
    },
    englishOnly: ' (in English only)',
  },
  feedEverything: 'everything',
  cityName: (city: string) => city,
  translation: {
    englishOnlyHeading: 'This page is available in English only',
    englishOnly: 'This content has not been translated yet.',
    alertEnglishOnly: 'This alert is available in English only for now.',
  },
  home: {
    title: 'Home',
    description:
      'News, publications, emergency information and sponsorship opportunities from the City.',
    heading: 'News and information from the City',
    lede: 'Official news releases, publications and emergency information. Sign up to get alerts by email.',
    latestNews: 'Latest news',
    noNews: 'No news yet.',
    allNews: 'All news releases',
    publications: 'Publications',
    noPublications: 'No publications yet.',
    allPublications: 'All publications',
    sponsorHeading: 'Sponsor a City event or program',
    noOpportunities: 'There are no open opportunities at the moment.',
    from: (money: string) => `from ${money}`,
    browseOpportunities: 'Browse sponsorship opportunities',
  },
  news: {
    title: 'News releases',
    feedTitle: 'news releases',
    description: 'Media releases from the City, newest first.',
    intro: 'For journalists and residents.',
    followRss: 'Follow by RSS',
    followEmail: 'by email',
    or: 'or',
    empty: 'No news releases yet.',
    kind: 'News release',
    media: 'Photos and documents',
    pdf: 'PDF',
    image: 'image',
    contacts: 'Media contacts',
  },
  publications: {
    title: 'Publications',
    feedTitle: 'publications',
    description: 'Newsletters, reports, guides and other City publications.',
    empty: 'No publications yet.',
    emptyKind: 'None of this kind yet.',
    filterLabel: 'Filter publications by kind',
    all: 'All',
    kinds: {
      newsletter: 'Newsletters',
      report: 'Reports',
      guide: 'Guides',
      brochure: 'Brochures',
      magazine: 'Magazines',
    } as Record<string, string>,
    kind: {
      newsletter: 'Newsletter',
      report: 'Report',
      guide: 'Guide',
      brochure: 'Brochure',
      magazine: 'Magazine',
    } as Record<string, string>,
    download: (size: string) => `Download the print edition (PDF, ${size})`,
    accessibleVersion: 'This page is the accessible version of the same content.',
  },
  emergency: {
    title: 'Emergency information',
    feedTitle: 'emergency bulletins',
    description: 'Emergency alerts in effect and past bulletins.',
    call911: 'In an emergency, call 911.',
    follow: 'Follow',
    theFeed: 'the emergency feed',
    or: 'or',
    byEmail: 'get alerts by email',
    inEffectNow: 'In effect now',
    noneInEffect: 'There are no emergency alerts in effect.',
    until: (when: string) => `until ${when}`,
    past: 'Past bulletins',
    noPast: 'No past bulletins.',
    inEffect: 'In effect',
    notInEffect: 'No longer in effect',
    issued: 'issued',
    whatToDo: 'What to do',
    areas: 'Areas',
    severity: 'Severity',
    urgency: 'Urgency',
    expires: 'Expires',
    capFeed: 'Alerts in force in CAP format (for alerting systems)',
    cancelledHeadline: (event: string) => `Cancelled: ${event}`,
    cancelledDescription: 'The City has cancelled this alert. It no longer applies.',
    severities: {
      Extreme: 'Extreme',
      Severe: 'Severe',
      Moderate: 'Moderate',
      Minor: 'Minor',
      Unknown: 'Unknown',
    } as Record<string, string>,
    urgencies: {
      Immediate: 'Immediate',
      Expected: 'Expected',
      Future: 'Future',
      Past: 'Past',
      Unknown: 'Unknown',
    } as Record<string, string>,
  },
  banner: {
    label: 'Emergency alerts',
    one: 'Emergency alert in effect',
    many: 'Emergency alerts in effect',
    moreOne: '1 more alert',
    moreMany: '{n} more alerts',
    shortLinkTitle: 'Alerts',
    shortLinkHeading: 'Alert',
  },
  pager: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    titled: (title: string, page: number, pages: number) => `${title}, page ${page} of ${pages}`,
    older: 'Older',
    newer: 'Newer',
    archiveLabel: 'Archive pages',
    archivePage: (n: number) => `Archive page ${n} (page 1 holds the oldest)`,
    archiveTitled: (title: string, n: number) => `${title}: archive page ${n}`,
  },
  withdrawn: {
    heading: 'This page has been withdrawn',
    on: (date: string) => `Withdrawn on ${date}.`,
    kept: 'It is kept for the record and may be out of date.',
  },
  subscribe: {
    title: 'Get alerts by email',
    description: 'Choose what the City emails you about.',
    intro:
      'Choose what you want to hear about. We send a confirmation email first; nothing else is sent until you confirm. Every email has a link to change your choices or unsubscribe.',
    email: 'Email address',
    emailHint: 'For example, name@example.com',
    topics: 'Topics',
    consent:
      'By subscribing you ask the City to email you about these topics. You can unsubscribe at any time with the link in every email. We keep your address only for these emails.',
    submit: 'Subscribe',
    checkTitle: 'Check your email',
    checkIntro:
      'We sent you an email with a link. Select the link to confirm your subscription. Until you do, we send you nothing else.',
    checkHelp:
      'The link works for 7 days. If the email does not arrive in a few minutes, check your junk folder, or',
    tryAgain: 'try again',
    pushTitle: 'Notifications in this browser',
    pushIntro:
      'Get a notification on this device when the City publishes on the topics you chose above, even when this site is closed.',
    pushConsent: (city: string) =>
      `By turning on notifications you ask the ${city} to send the chosen topics to this browser. Turn them off here or in your browser's settings at any time.`,
    pushOn: 'Turn on notifications',
    pushOff: 'Turn off notifications',
    pushIsOn: 'Notifications are on in this browser.',
    pushIsOff: 'Notifications are off in this browser.',
    pushNeedsScript: 'Notifications need JavaScript, which is off or blocked.',
    pushUnsupported:
      'This browser cannot receive notifications from websites. Use email or text alerts instead.',
    pushDenied:
      "Notifications are blocked for this site in your browser's settings. Allow them there, then try again.",
    pushFailed:
      'Notifications could not be turned on. Try again later, or use email or text alerts.',
    smsTitle: 'Alerts by text message',
    smsIntro:
      'We text you a 6-digit code to confirm the number. Reply STOP to any of our texts to end them, HELP for help. Message and data rates may apply.',
    phone: 'Mobile number',
    phoneHint: 'For example, 613-555-0123',
    smsConsent: (city: string) =>
      `By confirming, you agree to receive the chosen topics by text message from the ${city}. Reply STOP at any time to end.`,
    smsSubmit: 'Text me a code',
    codeTitle: 'Enter the code we texted you',
    codeSent: 'We texted a 6-digit code to this number. It works for 15 minutes.',
    code: 'Code',
    codeHint: '6 digits, for example 123456',
    codeSubmit: 'Confirm',
    codeAgain: 'Ask for a new code',
    smsConfirmedTitle: 'You will get alerts by text',
    smsConfirmedText: 'Reply STOP to any of our texts to end them.',
    codeWrong: 'That code is not right. Check the text message and try again.',
    codeExpired: 'That code has expired.',
    codeLocked: 'Too many wrong codes.',
    codeUnknown: 'We have no code waiting for that number.',
    phoneInvalid: 'Enter a mobile number like 613-555-0123.',
    phoneStopped: (from: string) =>
      `This number asked us to stop texting it. To get texts again, text START to ${from}.`,
  },
  email: {
    confirmSubject: (city: string) => `Confirm your email alerts from the ${city}`,
    confirmHeading: 'Confirm your subscription',
    confirmLead: 'Someone (we hope you) asked to get these emails from us:',
    confirmAction: 'Yes, send me these emails',
    confirmIgnore:
      'If you did not ask for this, ignore this email: nothing will be sent to you. The link stops working after 7 days.',
    consent: (city: string) =>
      `By confirming, you agree to receive the topics above by email from the ${city}. You can unsubscribe at any time.`,
    readMore: (title: string) => `Read “${title}” on our website`,
    whatToDo: 'What to do',
    whyYou: (topic: string) => `You get this because you subscribed to ${topic}.`,
    manage: 'Change your topics',
    unsubscribe: 'Unsubscribe',
    sentBy: (city: string) => `Sent by the ${city}, Corporate Communications.`,
    untranslated: 'This item has no French version yet.',
  },
  subscriber: {
    home: 'Home',
    skip: 'Skip to main content',
    tooMany: 'Too many requests',
    waitTen: 'Please wait ten minutes, then try again.',
    checkAnswer: 'Check your answer',
    backToForm: 'Back to the form',
    confirmedTitle: 'You are subscribed',
    confirmedText:
      'Thank you. You will get an email when we publish on the topics you chose. Every email has links to change your topics or unsubscribe.',
    expiredTitle: 'This link has expired',
    expiredText: 'Confirmation links work for 7 days.',
    signUpAgain: 'Sign up again',
    invalidTitle: 'This link does not work',
    invalidText: 'It may have been used already.',
    ifYouNeed: 'if you need to',
    useRecentLink: 'Use the link in one of our recent emails.',
    useRecentUnsubscribe: 'Use the unsubscribe link in one of our recent emails.',
    unsubscribeTitle: 'Unsubscribe',
    noMoreEmail: 'You will get no more email from us.',
    unsubscribeMe: 'Unsubscribe me',
    unsubscribedTitle: 'You are unsubscribed',
    subscribeAgain: 'Subscribe again',
    manageTitle: 'Your email alerts',
    topics: 'Topics',
    language: 'Language',
    untickAll: 'Untick every topic to unsubscribe.',
    save: 'Save',
    saved: 'Saved.',
    noTopicsUnsubscribed: 'You chose no topics, so you will get no more email from us.',
  },
  notFound: {
    title: 'Page not found',
    text: 'If you typed the address, check it is correct. If you followed a link, the page may have been moved or removed.',
    goTo: 'Go to the',
    home: 'home page',
    news: 'news',
    emergency: 'emergency information',
    and: 'or',
  },
  gone: {
    title: 'This page was removed',
    text: 'The City removed what was published at this address. It is no longer available.',
  },
  ...deskEn,
  ...requestsEn,
  ...requestMailEn,
  ...sponsorshipEn,
  ...smsEn,
  ...placeEn,
  ...wardsEn,
  ...digestEn,
  ...changeEn,
  ...watchEn,
  ...appEn,
  ...myEn,
  ...answersEn,
  ...searchEn,
}

/** What every language's catalogue provides. */
export type Catalogue = CatalogueOf<typeof en>
