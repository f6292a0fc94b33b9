import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'

import { EMERGENCY_BULLETINS, RETIRED_ITEMS } from '../cms/core/slugs'
import { buildCapAtom } from './core/atom'
import { buildCapMessage, CapInputError, type CapIssuer, type CapMessage } from './core/cap'
import { capMessageFromJson } from './core/deletedCancel'
import { type BulletinDoc, capLatest, inLanguage, toCapMessage } from './core/fromBulletin'
import { frenchCityName } from '../site/lib/city'
import { activeAlerts } from '../site/lib/content'
import type { Bulletin } from '../site/lib/types'
import {
  buildFeed,
  feedFile,
  type GetJson,
  type LiveFiles,
  readWards,
  writeAtomically,
} from '../cms/publishing'
import { itemPath, LOCALES, type Language, strings } from '../site/lib/i18n'
import { escapeHtml } from '../site/lib/html'
import { alertShortPath } from '../site/lib/shortLinks'
import { activeJson } from './core/activeJson'
import { bannerFile, bannerFragment } from '../site/lib/banner'
import { touchesWard } from '../site/lib/wards'
import { wardsOfAlert } from '../cms/addresses/core/alertArea'
import type { AreaGeometry } from '../cms/addresses/core/geo'

type EmergencyOptions = { siteUrl: string; sender: string; cityName: string; now: Date }

/** The bulletin's French text, empty where it has none (as the site's snapshot carries it). */
const frenchOf = (b: BulletinDoc): Record<string, unknown> => ({
  title: inLanguage(b.title, 'fr'),
  summary: inLanguage(b.summary, 'fr'),
  body: inLanguage(b.body, 'fr'),
  headline: inLanguage(b.headline, 'fr'),
  instruction: inLanguage(b.instruction, 'fr'),
  event: inLanguage(b.event, 'fr'),
  withdrawalReason: inLanguage(b.withdrawalReason, 'fr'),
  areas: b.areas.map((a) => ({ areaDesc: inLanguage(a.areaDesc, 'fr') })),
})

/** The bulletin as the site sees it (listings, RSS, the in-force rule), its French beside it. */
export const siteBulletin = (b: BulletinDoc): Bulletin => ({
  id: b.id,
  uid: b.uid ?? null,
  slug: b.slug,
  slugFr: b.slugFr ?? null,
  fr: frenchOf(b),
  title: inLanguage(b.title, 'en') ?? '',
  summary: inLanguage(b.summary, 'en') ?? '',
  body: inLanguage(b.body, 'en'),
  headline: inLanguage(b.headline, 'en'),
  instruction: inLanguage(b.instruction, 'en'),
  event: inLanguage(b.event, 'en') ?? '',
  workflowState: b.workflowState,
  withdrawalReason: inLanguage(b.withdrawalReason, 'en'),
  withdrawnAt: b.withdrawnAt,
  publishedAt: b.publishedAt,
  updatedAt: b.updatedAt,
  status: b.status,
  msgType: b.msgType,
  references: (b.references ?? []).map((r) => (typeof r === 'object' ? r.id : r)),
  category: b.category,
  urgency: b.urgency,
  severity: b.severity,
  certainty: b.certainty,
  effective: b.effective,
  onset: b.onset,
  expires: b.expires,
  areas: b.areas.map((a) => ({ areaDesc: inLanguage(a.areaDesc, 'en') ?? '' })),
})

const issuerFor = (sender: string, cityName: string): CapIssuer => ({
  sender,
  senderName: { en: cityName, fr: frenchCityName(cityName) },
  contact: '311',
})

/**
 * A short link's page: it sends the browser on to the alert at once (with a link for any browser
 * that does not follow), or, when two alerts share the code, lists both.
 */
const shortLinkPage = (targets: { url: string; title: string }[], locale: Language) => {
  const only = targets.length === 1 ? targets[0]! : null
  const go = only
    ? `<meta http-equiv="refresh" content="0; url=${escapeHtml(only.url)}"><link rel="canonical" href="${escapeHtml(only.url)}">`
    : ''
  const links = targets
    .map((t) => `<li><a href="${escapeHtml(t.url)}">${escapeHtml(t.title)}</a></li>`)
    .join('')
  return `<!doctype html><html lang="${locale}-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">${go}<title>${escapeHtml(only?.title ?? strings(locale).banner.shortLinkTitle)}</title></head><body><main><h1>${escapeHtml(strings(locale).banner.shortLinkHeading)}</h1><ul>${links}</ul></main></body></html>\n`
}

/** A ward's number and outline, as the register's public list gives them (readWards). */
export type WardOutline = { number: number; geometry: AreaGeometry }

/**
 * Every file the emergency lifecycle publishes, from the live bulletins: `active.json`, the banner
 * in each language (the city's, and each ward page's with only the alerts that touch the ward), one
 * CAP message per bulletin, the Atom index of current messages, the short links and the emergency
 * RSS feed. Pure.
 */
export const emergencyFiles = (
  bulletins: BulletinDoc[],
  { siteUrl, sender, cityName, now }: EmergencyOptions,
  retiredCancels: CapMessage[] = [],
  wards: readonly WardOutline[] = [],
) => {
  const files: Record<string, string> = {}
  const problems: string[] = []
  const issuer = issuerFor(sender, cityName)
  const capUrl = (b: BulletinDoc) =>
    `${siteUrl}/emergency/cap/${capLatest(sender, byId.get(String(b.id))!).identifier}.xml`
  const shapes = new Map(wards.map((ward) => [ward.number, ward.geometry]))
  const pages = bulletins.map((b) => ({
    ...siteBulletin(b),
    touchesWards: wardsOfAlert(b.areas, shapes),
  }))
  const active = activeAlerts(pages, now)
  const byId = new Map(bulletins.map((b) => [String(b.id), b]))

  for (const bulletin of bulletins) {
    try {
      files[`emergency/cap/${capLatest(sender, bulletin).identifier}.xml`] = buildCapMessage(
        toCapMessage(bulletin, bulletins, sender, siteUrl),
        issuer,
      )
    } catch (error) {
      if (!(error instanceof CapInputError)) throw error
      problems.push(`Bulletin ${bulletin.id}: ${error.message}`)
    }
  }

  files['emergency/active.json'] = JSON.stringify(
    activeJson(active, now, siteUrl, (b) => ({
      identifier: capLatest(sender, byId.get(String(b.id))!).identifier,
      capUrl: capUrl(byId.get(String(b.id))!),
    })),
  )

  // The banner every page includes where it is served: an alert changes these, not the pages.
  for (const locale of LOCALES) {
    files[bannerFile(locale)] = bannerFragment(active, locale)
    for (const { number } of wards)
      files[bannerFile(locale, number)] = bannerFragment(
        active.filter((alert) => touchesWard(alert, number)),
        locale,
      )
  }

  // The index lists what receivers must act on: alerts in force, and cancellations of alerts that
  // would otherwise still be in force (so a receiver polling the index learns of the all-clear).
  const cancels = pages.filter(
    (b) =>
      b.msgType === 'Cancel' &&
      b.workflowState !== 'withdrawn' &&
      (b.references ?? []).some((ref) => {
        const target = byId.get(String(ref))
        return target && new Date(target.expires).getTime() > now.getTime()
      }),
  )
  const indexed = [...active, ...cancels].filter(
    (b) => files[`emergency/cap/${capLatest(sender, byId.get(String(b.id))!).identifier}.xml`],
  )
  // Alerts deleted while in force: their Cancel stays published and indexed until the alert would
  // have expired.
  const deletedCancels = retiredCancels.filter((c) => c.expires.getTime() > now.getTime())
  for (const cancel of deletedCancels)
    files[`emergency/cap/${cancel.identifier}.xml`] = buildCapMessage(cancel, issuer)
  files['emergency/cap.atom'] = buildCapAtom(
    {
      selfUrl: `${siteUrl}/emergency/cap.atom`,
      title: `${cityName}: current emergency messages (CAP)`,
      updated: now,
      author: cityName,
    },
    [
      ...deletedCancels.map((c) => ({
        id: `urn:cap:${c.identifier}`,
        title: `Cancel: ${c.text.en.headline}`,
        updated: c.sent,
        capUrl: `${siteUrl}/emergency/cap/${c.identifier}.xml`,
        pageUrl: c.web,
        summary: c.text.en.description,
      })),
      ...indexed.map((b) => ({
        id: `urn:cap:${capLatest(sender, byId.get(String(b.id))!).identifier}`,
        title: `${b.msgType}: ${b.headline || b.title}`,
        updated: capLatest(sender, byId.get(String(b.id))!).sent,
        capUrl: capUrl(byId.get(String(b.id))!),
        pageUrl: `${siteUrl}${itemPath('emergency', b, 'en')}`,
        summary: b.summary,
      })),
    ],
  )
  // Short links for text messages: /a/{code}/ opens the alert's page, English or French.
  for (const locale of LOCALES) {
    const byPath = new Map<string, { url: string; title: string }[]>()
    for (const page of pages) {
      const path = alertShortPath(String(page.uid ?? page.id), locale)
      byPath.set(path, [
        ...(byPath.get(path) ?? []),
        {
          url: `${siteUrl}${itemPath('emergency', page, locale)}`,
          title: page.headline || page.title,
        },
      ])
    }
    for (const [path, targets] of byPath)
      files[`${path.slice(1)}index.html`] = shortLinkPage(targets, locale)
  }
  for (const locale of LOCALES)
    files[feedFile('emergency', locale)] = buildFeed(
      { siteUrl, generatedAt: now.toISOString(), cityName },
      'emergency',
      pages,
      locale,
    )
  return {
    files,
    activeIdentifiers: active
      .map((b) => capLatest(sender, byId.get(String(b.id))!).identifier)
      .sort(),
    problems,
  }
}

/**
 * The CAP Cancels of alerts deleted while in force, from the retired-items record (public fields
 * only).
 */
export const fetchRetiredCancels = async (get: GetJson): Promise<CapMessage[]> => {
  const answer = (await get(
    `/${RETIRED_ITEMS}?pagination=false&depth=0&where[itemCollection][equals]=${EMERGENCY_BULLETINS}&where[cancel][exists]=true`,
  )) as { docs?: { cancel?: Record<string, unknown> | null }[] }
  return (answer?.docs ?? []).flatMap((doc) => (doc.cancel ? [capMessageFromJson(doc.cancel)] : []))
}

/** Every live bulletin in all languages, as an anonymous visitor reads them. */
export const fetchBulletins = async (get: GetJson): Promise<BulletinDoc[]> => {
  const answer = (await get(
    `/${EMERGENCY_BULLETINS}?pagination=false&depth=0&locale=all&sort=-updatedAt`,
  )) as { docs?: BulletinDoc[] }
  if (!Array.isArray(answer?.docs))
    throw new Error('The CMS answered the bulletin list without a docs list.')
  return answer.docs
}

/** The identifiers `active.json` in a folder lists now, or null when there is no such file. */
export const listedAlertIds = async (root: string): Promise<string[] | null> => {
  const text = await readFile(path.join(root, 'emergency/active.json'), 'utf8').catch(() => null)
  if (!text) return null
  return ((JSON.parse(text) as { alerts?: { identifier: string }[] }).alerts ?? [])
    .map((a) => a.identifier)
    .sort()
}

/**
 * The fast path: rewrites the emergency files straight into the live site, without waiting for a
 * full build. Does nothing when no site has been built yet (the first build writes them).
 */
export const refreshEmergencyFiles = async (
  get: GetJson,
  liveDir: string,
  options: EmergencyOptions,
) => {
  const root = await realpath(liveDir).catch(() => null)
  if (!root) return null
  const result = emergencyFiles(
    await fetchBulletins(get),
    options,
    await fetchRetiredCancels(get),
    await readWards(get),
  )
  await writeAtomically(root, result.files)
  return result
}

/** The emergency files as every site build writes them (registered in cms/payload.config.ts). */
export const emergencyLiveFiles: LiveFiles = {
  write: async (out, { get, siteUrl, capSender, cityName, now, log }) => {
    const emergency = emergencyFiles(
      await fetchBulletins(get),
      { siteUrl, sender: capSender, cityName, now },
      await fetchRetiredCancels(get),
      await readWards(get),
    )
    await writeAtomically(out, emergency.files)
    for (const problem of emergency.problems) log(`CAP message skipped: ${problem}`)
  },
  refresh: (liveDir, { get, siteUrl, capSender, cityName, now }) =>
    refreshEmergencyFiles(get, liveDir, { siteUrl, sender: capSender, cityName, now }),
}
