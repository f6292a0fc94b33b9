import RSS from 'rss'

import { xmlSafeText } from '../../site/lib/html'
import {
  formatDate,
  HTML_LANG,
  type Language,
  strings,
  WARD_REQUESTS_FEED,
  wardPath,
} from '../../site/lib/i18n'
import type { SiteWard, Snapshot, WardRequest } from '../../site/lib/types'
import { requestsOfWard } from '../../site/lib/wards'

/**
 * Each ward's RSS feed of new 311 reports (`wards/{n}/requests.xml`,
 * `fr/quartiers/{n}/demandes.xml`): the newest reports there, open or fixed since, with the public
 * fields only (reference, service, the address as Open311 shows it, dates; never the description,
 * which staff may not have reviewed, nor who reported). Each links to the report's status page.
 * Written by every build from the snapshot's figures, as the ward's page is.
 */
const FEED_ITEMS = 40

const newest = (snapshot: Snapshot, ward: number): WardRequest[] => {
  const { open, fixed } = requestsOfWard(snapshot.wardRequests, ward)
  const byReference = new Map<string, WardRequest>()
  for (const request of [...open.newest, ...fixed.newest])
    byReference.set(request.reference, request)
  return [...byReference.values()]
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))
    .slice(0, FEED_ITEMS)
}

export const wardRequestsFeed = (
  snapshot: Snapshot,
  ward: SiteWard,
  locale: Language,
  cmsUrl: string,
) => {
  const t = strings(locale)
  const name = t.wards.title(ward.number, locale === 'fr' ? ward.nameFr : ward.name)
  const page = wardPath(ward.number, locale)
  const services = new Map(
    (snapshot.services ?? []).map((s) => [s.code, locale === 'fr' ? s.nameFr : s.name]),
  )
  const feed = new RSS({
    title: t.watch.feedTitle(t.cityName(snapshot.cityName), name),
    description: t.watch.feedDescription(name),
    site_url: `${snapshot.siteUrl}${page}`,
    feed_url: `${snapshot.siteUrl}${page}${WARD_REQUESTS_FEED[locale]}`,
    language: HTML_LANG[locale],
    pubDate: snapshot.requestsAt ?? snapshot.generatedAt,
    ttl: 60,
  })
  for (const request of newest(snapshot, ward.number)) {
    const service = services.get(request.serviceCode) ?? request.serviceCode
    const url = `${cmsUrl}/api/service-requests/track/${encodeURIComponent(request.reference)}${locale === 'fr' ? '?lang=fr' : ''}`
    const fixed = request.closedAt
      ? ` · ${t.wards.fixed} ${formatDate(request.closedAt, locale)}`
      : ''
    feed.item({
      title: xmlSafeText(t.watch.feedItem(request.reference, service)),
      description: xmlSafeText(`${request.address ?? t.wards.noAddress}${fixed}`),
      url,
      guid: `${cmsUrl}/api/service-requests/track/${encodeURIComponent(request.reference)}`,
      date: request.requestedAt,
    })
  }
  return feed.xml({ indent: false })
}
