import RSS from 'rss'

import { lastUpdated, publicDate } from '../../site/lib/content'
import { escapeHtml, xmlSafeText } from '../../site/lib/html'
import {
  HTML_LANG,
  inLocale,
  itemPath,
  LOCALES,
  type Language,
  type Section,
  strings,
  WARD_CALENDAR,
  WARD_FEED,
  WARD_REQUESTS_FEED,
  wardPath,
} from '../../site/lib/i18n'
import type { Bulletin, Lifecycle, SiteWard, Snapshot } from '../../site/lib/types'
import { alertStart, cancelledIds, publishedForWard, wardAlerts } from '../../site/lib/wards'
import { buildCalendar, type CalendarEvent } from './core/icalendar'
import { itemGuid } from './feeds'
import { wardRequestsFeed } from './wardRequestsFeed'

/**
 * Each ward's RSS feed (its alerts and what was published for it) and iCalendar file (its alerts,
 * each an event from onset to expiry), in both languages: `wards/{n}/feed.xml`,
 * `wards/{n}/alerts.ics`, `fr/quartiers/{n}/flux.xml`, `fr/quartiers/{n}/alertes.ics`. Written by
 * every build from the snapshot, beside the other feeds.
 */
const FEED_ITEMS = 50

type Entry = { item: Lifecycle; section: Section; guid: string; title: string }

const wardName = (ward: SiteWard, locale: Language) => (locale === 'fr' ? ward.nameFr : ward.name)

const alertTitle = (bulletin: Bulletin, locale: Language) => {
  const view = inLocale(bulletin, locale).item as Bulletin
  return view.headline || view.title
}

const entriesOf = (snapshot: Snapshot, ward: number, locale: Language, now: Date): Entry[] => {
  const { active, recent } = wardAlerts(snapshot.bulletins, ward, now)
  const entries: Entry[] = [
    ...[...active, ...recent].map((item) => ({
      item,
      section: 'emergency' as const,
      guid: 'emergency-bulletins',
      title: alertTitle(item, locale),
    })),
    ...publishedForWard(snapshot.releases, ward).map((item) => ({
      item,
      section: 'news' as const,
      guid: 'media-releases',
      title: inLocale(item, locale).item.title,
    })),
    ...publishedForWard(snapshot.publications, ward).map((item) => ({
      item,
      section: 'publications' as const,
      guid: 'publications',
      title: inLocale(item, locale).item.title,
    })),
  ]
  const when = (entry: Entry) => lastUpdated(entry.item) ?? publicDate(entry.item)
  return entries.sort((a, b) => when(b).localeCompare(when(a))).slice(0, FEED_ITEMS)
}

export const wardFeed = (snapshot: Snapshot, ward: SiteWard, locale: Language, now: Date) => {
  const t = strings(locale)
  const site = snapshot.siteUrl
  const page = wardPath(ward.number, locale)
  const feed = new RSS({
    title: t.wards.feedTitle(
      t.cityName(snapshot.cityName),
      t.wards.title(ward.number, wardName(ward, locale)),
    ),
    description: t.wards.feedDescription(wardName(ward, locale)),
    site_url: `${site}${page}`,
    feed_url: `${site}${page}${WARD_FEED[locale]}`,
    language: HTML_LANG[locale],
    pubDate: snapshot.generatedAt,
    ttl: 5,
  })
  for (const { item, section, guid, title } of entriesOf(snapshot, ward.number, locale, now)) {
    const view = inLocale(item, locale)
    feed.item({
      title: xmlSafeText(view.untranslated ? `${title}${t.feeds.englishOnly}` : title),
      description: escapeHtml(xmlSafeText(view.item.summary)),
      url: `${site}${itemPath(section, item, locale)}`,
      // The item's own identity, as in the City's other feeds: a reader of both sees it once.
      guid: itemGuid(guid, item, locale),
      date: lastUpdated(item) ?? publicDate(item),
    })
  }
  return feed.xml({ indent: false })
}

export const wardCalendar = (snapshot: Snapshot, ward: SiteWard, locale: Language, now: Date) => {
  const t = strings(locale)
  const host = new URL(snapshot.siteUrl).host
  const cancelled = cancelledIds(snapshot.bulletins)
  const { active, recent } = wardAlerts(snapshot.bulletins, ward.number, now)
  const events: CalendarEvent[] = [...active, ...recent]
    // A Cancel is the all-clear of another alert, which the calendar marks cancelled.
    .filter((bulletin) => bulletin.msgType !== 'Cancel')
    .map((bulletin) => {
      const view = inLocale(bulletin, locale)
      const item = view.item as Bulletin
      const title = alertTitle(bulletin, locale)
      return {
        uid: `alert-${String(bulletin.uid || bulletin.id)}@${host}`,
        start: alertStart(bulletin),
        end: new Date(bulletin.expires),
        summary: view.untranslated ? `${title}${t.feeds.englishOnly}` : title,
        description: [item.instruction, item.areas.map((a) => a.areaDesc).join('; ')]
          .filter(Boolean)
          .join('\n\n'),
        url: `${snapshot.siteUrl}${itemPath('emergency', bulletin, locale)}`,
        updated: new Date(lastUpdated(bulletin) ?? bulletin.updatedAt),
        cancelled: cancelled.has(String(bulletin.id)),
      }
    })
  return buildCalendar(
    {
      name: t.wards.calendarName(
        t.cityName(snapshot.cityName),
        t.wards.title(ward.number, wardName(ward, locale)),
      ),
      language: HTML_LANG[locale],
      productId: `-//${host}//civic-comms ward alerts//${locale.toUpperCase()}`,
    },
    events,
  )
}

/** Every ward's feeds and calendar, by file relative to the site's root. */
export const buildWardFiles = (
  snapshot: Snapshot,
  now: Date,
  cmsUrl: string,
): Record<string, string> => {
  const files: Record<string, string> = {}
  for (const ward of snapshot.wards ?? [])
    for (const locale of LOCALES) {
      const folder = wardPath(ward.number, locale).slice(1)
      files[`${folder}${WARD_FEED[locale]}`] = wardFeed(snapshot, ward, locale, now)
      files[`${folder}${WARD_CALENDAR[locale]}`] = wardCalendar(snapshot, ward, locale, now)
      files[`${folder}${WARD_REQUESTS_FEED[locale]}`] = wardRequestsFeed(
        snapshot,
        ward,
        locale,
        cmsUrl,
      )
    }
  return files
}
