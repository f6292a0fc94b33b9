/**
 * The site's two languages and where each section lives in each. English keeps the addresses it
 * always had; French lives under /fr/ with French section names. Every path the site, the feeds,
 * the sitemap, the emails and the emergency files print comes from here, so a page always knows its
 * twin.
 */
export const LOCALES = ['en', 'fr'] as const
export type Language = (typeof LOCALES)[number]

/** The value of `lang` and `hreflang`: Canadian English and Canadian French. */
export const HTML_LANG: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA' }

export const otherLocale = (locale: Language): Language => (locale === 'en' ? 'fr' : 'en')

export const isLocale = (value: unknown): value is Language => value === 'en' || value === 'fr'

export type Section =
  | 'home'
  | 'news'
  | 'publications'
  | 'sponsorship'
  | 'emergency'
  | 'subscribe'
  | 'contact'
  | 'report'
  | 'answers'
  | 'help'
  | 'search'
  | 'wards'
  | 'app'

/** Each section's address in each language (an item is at `{section}{slug}/`). */
export const SECTION_BASE: Record<Language, Record<Section, string>> = {
  en: {
    home: '/',
    news: '/news/',
    publications: '/publications/',
    sponsorship: '/sponsorship/',
    emergency: '/emergency/',
    subscribe: '/subscribe/',
    contact: '/contact/',
    report: '/311/report/',
    answers: '/311/answers/',
    help: '/311/',
    search: '/search/',
    wards: '/wards/',
    app: '/app/',
  },
  fr: {
    home: '/fr/',
    news: '/fr/nouvelles/',
    publications: '/fr/publications/',
    sponsorship: '/fr/commandites/',
    emergency: '/fr/urgences/',
    subscribe: '/fr/abonnement/',
    contact: '/fr/contact/',
    report: '/fr/311/signaler/',
    answers: '/fr/311/reponses/',
    help: '/fr/311/',
    search: '/fr/recherche/',
    wards: '/fr/quartiers/',
    app: '/fr/app/',
  },
}

/** Pages below a section that are not items. */
export const SUB_PAGE: Record<
  Language,
  {
    publicationKind: string
    browse: string
    inquire: string
    checkEmail: string
    /** The news releases' archive (site/lib/paging.ts). */
    newsArchive: string
  }
> = {
  en: {
    publicationKind: '/publications/kind/',
    browse: '/sponsorship/browse/',
    inquire: '/sponsorship/inquire/',
    checkEmail: '/subscribe/check-your-email/',
    newsArchive: '/news/archive/',
  },
  fr: {
    publicationKind: '/fr/publications/type/',
    browse: '/fr/commandites/parcourir/',
    inquire: '/fr/commandites/demande/',
    checkEmail: '/fr/abonnement/verifiez-vos-courriels/',
    newsArchive: '/fr/nouvelles/archives/',
  },
}

export type FeedKey = 'news' | 'publications' | 'sponsorship' | 'emergency' | 'all'

/** RSS feeds: `/feeds/*.xml` in English, `/fr/flux/*.xml` in French. */
export const FEED_PATH: Record<Language, Record<FeedKey, string>> = {
  en: {
    news: '/feeds/news.xml',
    publications: '/feeds/publications.xml',
    sponsorship: '/feeds/sponsorship.xml',
    emergency: '/feeds/emergency.xml',
    all: '/feeds/all.xml',
  },
  fr: {
    news: '/fr/flux/nouvelles.xml',
    publications: '/fr/flux/publications.xml',
    sponsorship: '/fr/flux/commandites.xml',
    emergency: '/fr/flux/urgences.xml',
    all: '/fr/flux/tout.xml',
  },
}

/** A ward's page, and its feed and calendar of alerts: `/wards/2/`, `/fr/quartiers/2/`… */
export const wardPath = (ward: number, locale: Language): string =>
  `${SECTION_BASE[locale].wards}${ward}/`

export const WARD_FEED: Record<Language, string> = { en: 'feed.xml', fr: 'flux.xml' }
export const WARD_CALENDAR: Record<Language, string> = { en: 'alerts.ics', fr: 'alertes.ics' }
/** A ward's new 311 reports (public fields), as of the build. */
export const WARD_REQUESTS_FEED: Record<Language, string> = {
  en: 'requests.xml',
  fr: 'demandes.xml',
}

/** The language of a site path: French under /fr/, English everywhere else. */
export const localeOfPath = (path: string): Language =>
  path === '/fr' || path.startsWith('/fr/') ? 'fr' : 'en'

/** An item's address segment in a language: its French slug when it has one, else its own. */
export const slugIn = (item: { slug: string; slugFr?: string | null }, locale: Language): string =>
  locale === 'fr' && item.slugFr ? item.slugFr : item.slug

/** An item's page in a language. */
export const itemPath = (
  section: Section,
  item: { slug: string; slugFr?: string | null },
  locale: Language,
): string => `${SECTION_BASE[locale][section]}${slugIn(item, locale)}/`

/** The page that says the same thing in the other language, for a page that is not an item. */
export const twinOfPath = (path: string): string => {
  const from = localeOfPath(path)
  const to = otherLocale(from)
  const candidates: [string, string][] = [
    ...Object.keys(SUB_PAGE.en).map(
      (key) =>
        [
          SUB_PAGE[from][key as keyof (typeof SUB_PAGE)['en']],
          SUB_PAGE[to][key as keyof (typeof SUB_PAGE)['en']],
        ] as [string, string],
    ),
    ...(Object.keys(SECTION_BASE.en) as Section[])
      .filter((section) => section !== 'home')
      .map(
        (section) => [SECTION_BASE[from][section], SECTION_BASE[to][section]] as [string, string],
      ),
  ]
  // Longest first: /sponsorship/browse/ before /sponsorship/.
  candidates.sort((a, b) => b[0].length - a[0].length)
  for (const [mine, theirs] of candidates)
    if (path.startsWith(mine)) return `${theirs}${path.slice(mine.length)}`
  return SECTION_BASE[to].home
}
