import { escapeHtml } from './html'
import { HTML_LANG, inLocale, itemPath, type Language, SECTION_BASE, strings } from './i18n'
import type { Bulletin } from './types'

/**
 * The emergency banner lives in one small file per language beside `active.json`, not in the pages:
 * every page includes it where it is served (nginx's server-side include, or the site's own server,
 * which resolves the same directive), so an alert, an update or a cancel changes two files, never
 * every page of the site. Where nothing resolves the include (a page opened from a bucket through a
 * CDN), the directive is an HTML comment: /alerts.js fills the banner from `active.json`, and the
 * navigation's "Emergency" link stays.
 */
export const BANNER_FOLDER = 'emergency/banner'

/** The banner file: the city's, or a ward page's (only the alerts that touch that ward). */
export const bannerFile = (locale: Language, ward?: number) =>
  ward === undefined
    ? `${BANNER_FOLDER}/${locale}.html`
    : `${BANNER_FOLDER}/wards/${ward}/${locale}.html`

/**
 * The directive in each page. The space after `#` is nginx's syntax; the paths are the only ones
 * either server resolves (site/server/includes.ts).
 */
export const bannerInclude = (locale: Language, ward?: number) =>
  `<!--# include virtual="/${bannerFile(locale, ward)}" -->`

const RANK: Record<string, number> = { Extreme: 3, Severe: 3, Moderate: 2 }

/** The banner's colour: the most severe alert in force decides. */
export const bannerLevel = (alerts: Pick<Bulletin, 'severity'>[]) => {
  const top = Math.max(1, ...alerts.map((alert) => RANK[alert.severity] ?? 1))
  return top === 3 ? 'severe' : top === 2 ? 'moderate' : 'minor'
}

/** At most this many alerts in the banner: thirteen would fill a phone's whole first screen. */
export const BANNER_MAX = 3

// CAP's values, most pressing first; /alerts.js ranks them the same way.
const SEVERITY: Record<string, number> = { Extreme: 4, Severe: 3, Moderate: 2, Minor: 1 }
const URGENCY: Record<string, number> = { Immediate: 4, Expected: 3, Future: 2, Past: 1 }

/**
 * The alerts as the banner shows them: the most severe first, then the most urgent, otherwise in
 * the order given (newest first); the first BANNER_MAX, and how many more the list page has.
 */
export const bannerChoice = <T extends Pick<Bulletin, 'severity' | 'urgency'>>(alerts: T[]) => {
  const ranked = alerts
    .map((alert, index) => ({ alert, index }))
    .sort(
      (a, b) =>
        (SEVERITY[b.alert.severity] ?? 0) - (SEVERITY[a.alert.severity] ?? 0) ||
        (URGENCY[b.alert.urgency] ?? 0) - (URGENCY[a.alert.urgency] ?? 0) ||
        a.index - b.index,
    )
    .map(({ alert }) => alert)
  return { shown: ranked.slice(0, BANNER_MAX), more: Math.max(0, ranked.length - BANNER_MAX) }
}

/**
 * What /alerts.js compares before drawing: the shown alerts' paths and headlines, in order, and
 * how many more. The same string as the script computes from `active.json`, so a page whose
 * included banner is current is not redrawn (a redraw would be announced again by screen readers).
 */
export const bannerKey = (alerts: Bulletin[], locale: Language) => {
  const { shown, more } = bannerChoice(alerts)
  return [
    ...shown.map((alert) => {
      const view = inLocale(alert, locale)
      return `${itemPath('emergency', alert, locale)}|${view.item.headline || view.item.title}`
    }),
    ...(more ? [`+${more}`] : []),
  ].join('\n')
}

/** "2 more alerts", from the catalogue's pattern (the script fills the same one). */
export const moreAlerts = (more: number, locale: Language) =>
  (more === 1 ? strings(locale).banner.moreOne : strings(locale).banner.moreMany).replace(
    '{n}',
    String(more),
  )

/**
 * The banner for the alerts in force (already chosen and ordered by `activeAlerts`), in one
 * language: empty when there are none. Every alert's text is escaped; links are site paths.
 */
export const bannerFragment = (alerts: Bulletin[], locale: Language): string => {
  if (alerts.length === 0) return ''
  const t = strings(locale)
  const english = ` lang="${HTML_LANG.en}"`
  const { shown, more } = bannerChoice(alerts)
  const items = shown.map((alert) => {
    const view = inLocale(alert, locale)
    const lang = view.untranslated ? english : ''
    const headline = view.item.headline || view.item.title
    const instruction = view.item.instruction
      ? `<span${lang} data-content> ${escapeHtml(view.item.instruction)}</span>`
      : ''
    const note = view.untranslated
      ? `<span class="alert-note"> (${escapeHtml(t.translation.alertEnglishOnly)})</span>`
      : ''
    const href = escapeHtml(itemPath('emergency', alert, locale))
    return `<li><a href="${href}"${lang} data-content>${escapeHtml(headline)}</a>${instruction}${note}</li>`
  })
  const heading = alerts.length === 1 ? t.banner.one : t.banner.many
  return (
    `<section class="alert-banner alert-banner--${bannerLevel(alerts)}" ` +
    `aria-label="${escapeHtml(t.banner.label)}" data-key="${escapeHtml(bannerKey(alerts, locale))}">` +
    `<div class="wrap"><h2>${escapeHtml(heading)}</h2><ul>${items.join('')}</ul>` +
    (more
      ? `<p class="alert-more"><a href="${escapeHtml(SECTION_BASE[locale].emergency)}">${escapeHtml(moreAlerts(more, locale))}</a></p>`
      : '') +
    `</div></section>`
  )
}
