import RSS from 'rss'

import { listed, publicDate } from '../../site/lib/content'
import { escapeHtml, xmlSafeText } from '../../site/lib/html'
import type { Lifecycle, Snapshot } from '../../site/lib/types'

/** Feeds are small on purpose: the newest 50 items; readers poll them often. */
const FEED_ITEMS = 50

type FeedSpec = {
  file: string
  title: string
  description: string
  path: string
  collection: 'releases' | 'publications' | 'packages' | 'bulletins'
}

const FEEDS: FeedSpec[] = [
  {
    file: 'news.xml',
    title: 'News releases',
    description: 'Media releases from the City.',
    path: '/news/',
    collection: 'releases',
  },
  {
    file: 'publications.xml',
    title: 'Publications',
    description: 'New City publications.',
    path: '/publications/',
    collection: 'publications',
  },
  {
    file: 'sponsorship.xml',
    title: 'Sponsorship opportunities',
    description: 'Opportunities to sponsor City events and programs.',
    path: '/sponsorship/',
    collection: 'packages',
  },
  {
    file: 'emergency.xml',
    title: 'Emergency bulletins',
    description: 'Emergency alerts and bulletins from the City.',
    path: '/emergency/',
    collection: 'bulletins',
  },
]

const GUID_PREFIX: Record<FeedSpec['collection'], string> = {
  releases: 'media-releases',
  publications: 'publications',
  packages: 'sponsorship-packages',
  bulletins: 'emergency-bulletins',
}

type Entry = { item: Lifecycle; spec: FeedSpec }

/** An item's feed GUID: `urn:civic-comms:{collection}:{uid}`. */
const itemGuid = (collection: string, item: Pick<Lifecycle, 'id' | 'uid'>) =>
  `urn:civic-comms:${collection}:${String(item.uid || item.id)}`

const feedXml = (
  snapshot: Pick<Snapshot, 'siteUrl' | 'generatedAt' | 'cityName'>,
  meta: { title: string; description: string; path: string; file: string },
  entries: Entry[],
) => {
  const site = snapshot.siteUrl
  const feed = new RSS({
    title: `${snapshot.cityName}: ${meta.title}`,
    description: meta.description,
    site_url: `${site}${meta.path}`,
    feed_url: `${site}/feeds/${meta.file}`,
    language: 'en-CA',
    pubDate: snapshot.generatedAt,
    ttl: 5,
  })
  for (const { item, spec } of entries.slice(0, FEED_ITEMS)) {
    feed.item({
      title: xmlSafeText(item.title),
      // Readers render a description as HTML: the plain-text summary is escaped so it stays text.
      description: escapeHtml(xmlSafeText(item.summary)),
      url: `${site}${spec.path}${item.slug}/`,
      // From the item's permanent uid: never changes with its title or address, never reused by another.
      guid: itemGuid(GUID_PREFIX[spec.collection], item),
      date: publicDate(item),
    })
  }
  return feed.xml({ indent: false })
}

/** One content type's feed (the emergency fast path rewrites the emergency feed on its own). */
export const buildFeed = (
  snapshot: Pick<Snapshot, 'siteUrl' | 'generatedAt' | 'cityName'>,
  file: string,
  items: Lifecycle[],
): string => {
  const spec = FEEDS.find((candidate) => candidate.file === file)
  if (!spec) throw new Error(`No feed called ${file}`)
  return feedXml(
    snapshot,
    spec,
    listed(items).map((item) => ({ item, spec })),
  )
}

/** Every feed as file name → RSS 2.0 XML: one per content type and one with everything. */
export const buildFeeds = (snapshot: Snapshot): Record<string, string> => {
  const files: Record<string, string> = {}
  const all: Entry[] = []
  for (const spec of FEEDS) {
    const entries = listed(snapshot[spec.collection] as Lifecycle[]).map((item) => ({ item, spec }))
    files[spec.file] = feedXml(snapshot, spec, entries)
    all.push(...entries)
  }
  all.sort((a, b) => publicDate(b.item).localeCompare(publicDate(a.item)))
  files['all.xml'] = feedXml(
    snapshot,
    {
      file: 'all.xml',
      title: 'Everything',
      description: 'All news, publications, sponsorship opportunities and emergency bulletins.',
      path: '/',
    },
    all,
  )
  return files
}
