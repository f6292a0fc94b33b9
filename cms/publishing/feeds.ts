import RSS from 'rss'

import { lastUpdated, listed, publicDate } from '../../site/lib/content'
import { escapeHtml, xmlSafeText } from '../../site/lib/html'
import {
  FEED_PATH,
  type FeedKey,
  HTML_LANG,
  inLocale,
  itemPath,
  LOCALES,
  SECTION_BASE,
  type Section,
  strings,
  type Language,
} from '../../site/lib/i18n'
import type { Lifecycle, Snapshot } from '../../site/lib/types'

/** Feeds are small on purpose: the newest 50 items; readers poll them often. */
const FEED_ITEMS = 50

type ItemFeed = Exclude<FeedKey, 'all'>
type FeedSpec = {
  key: ItemFeed
  section: Section
  collection: 'releases' | 'publications' | 'packages' | 'bulletins'
  /** The collection's name in feed GUIDs (the same in both languages: one item, one identity). */
  guid: string
}

const FEEDS: FeedSpec[] = [
  { key: 'news', section: 'news', collection: 'releases', guid: 'media-releases' },
  {
    key: 'publications',
    section: 'publications',
    collection: 'publications',
    guid: 'publications',
  },
  {
    key: 'sponsorship',
    section: 'sponsorship',
    collection: 'packages',
    guid: 'sponsorship-packages',
  },
  { key: 'emergency', section: 'emergency', collection: 'bulletins', guid: 'emergency-bulletins' },
]

type Entry = { item: Lifecycle; spec: FeedSpec }
type FeedSnapshot = Pick<Snapshot, 'siteUrl' | 'generatedAt' | 'cityName'>

/** An item's feed GUID: `urn:civic-comms:{collection}:{uid}` (French feeds add `:fr`). */
export const itemGuid = (
  collection: string,
  item: Pick<Lifecycle, 'id' | 'uid'>,
  locale: Language,
) => `urn:civic-comms:${collection}:${String(item.uid || item.id)}${locale === 'fr' ? ':fr' : ''}`

/**
 * The file a feed is written to, relative to the site's root: feeds/news.xml,
 * fr/flux/nouvelles.xml…
 */
export const feedFile = (key: FeedKey, locale: Language): string => FEED_PATH[locale][key].slice(1)

const feedXml = (snapshot: FeedSnapshot, key: FeedKey, locale: Language, entries: Entry[]) => {
  const site = snapshot.siteUrl
  const t = strings(locale)
  const feed = new RSS({
    title: `${t.cityName(snapshot.cityName)}: ${t.feeds[key].title}`,
    description: t.feeds[key].description,
    site_url: `${site}${key === 'all' ? SECTION_BASE[locale].home : SECTION_BASE[locale][key]}`,
    feed_url: `${site}${FEED_PATH[locale][key]}`,
    language: HTML_LANG[locale],
    pubDate: snapshot.generatedAt,
    ttl: 5,
  })
  for (const { item, spec } of entries.slice(0, FEED_ITEMS)) {
    const view = inLocale(item, locale)
    const bulletin = view.item as Lifecycle & { headline?: string | null }
    const title =
      spec.collection === 'bulletins' ? bulletin.headline || bulletin.title : bulletin.title
    feed.item({
      title: xmlSafeText(view.untranslated ? `${title}${t.feeds.englishOnly}` : title),
      // Readers render a description as HTML: the plain-text summary is escaped so it stays text.
      description: escapeHtml(xmlSafeText(view.item.summary)),
      url: `${site}${itemPath(spec.section, item, locale)}`,
      // From the item's permanent uid: never changes with its title or address, never reused by
      // another.
      guid: itemGuid(spec.guid, item, locale),
      // An update (a change note) is the same entry with a new date: readers show it again.
      date: lastUpdated(item) ?? publicDate(item),
    })
  }
  return feed.xml({ indent: false })
}

/** One content type's feed in one language (the emergency fast path rewrites those on its own). */
export const buildFeed = (
  snapshot: FeedSnapshot,
  key: ItemFeed,
  items: Lifecycle[],
  locale: Language = 'en',
): string => {
  const spec = FEEDS.find((candidate) => candidate.key === key)
  if (!spec) throw new Error(`No feed called ${key}`)
  return feedXml(
    snapshot,
    key,
    locale,
    listed(items).map((item) => ({ item, spec })),
  )
}

/**
 * Every feed, by file (relative to the site's root) → RSS 2.0 XML: one per content type and one
 * with everything, in English (feeds/) and in French (fr/flux/).
 */
export const buildFeeds = (snapshot: Snapshot): Record<string, string> => {
  const files: Record<string, string> = {}
  for (const locale of LOCALES) {
    const all: Entry[] = []
    for (const spec of FEEDS) {
      const entries = listed(snapshot[spec.collection] as Lifecycle[]).map((item) => ({
        item,
        spec,
      }))
      files[feedFile(spec.key, locale)] = feedXml(snapshot, spec.key, locale, entries)
      all.push(...entries)
    }
    all.sort((a, b) => publicDate(b.item).localeCompare(publicDate(a.item)))
    files[feedFile('all', locale)] = feedXml(snapshot, 'all', locale, all)
  }
  return files
}
