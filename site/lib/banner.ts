import { escapeHtml } from './html'
import { HTML_LANG, inLocale, itemPath, type Language, strings } from './i18n'
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

export const bannerFile = (locale: Language) => `${BANNER_FOLDER}/${locale}.html`

/**
 * The directive in each page. The space after `#` is nginx's syntax; the path is the only one
 * either server resolves (site/server/includes.ts).
 */
export const bannerInclude = (locale: Language) =>
  `<!--# include virtual="/${bannerFile(locale)}" -->`

const RANK: Record<string, number> = { Extreme: 3, Severe: 3, Moderate: 2 }

/** The banner's colour: the most severe alert in force decides. */
export const bannerLevel = (alerts: Pick<Bulletin, 'severity'>[]) => {
  const top = Math.max(1, ...alerts.map((alert) => RANK[alert.severity] ?? 1))
  return top === 3 ? 'severe' : top === 2 ? 'moderate' : 'minor'
}

/**
 * What /alerts.js compares before drawing: the alerts' paths and headlines, in order. The same
 * string as the script computes from `active.json`, so a page whose included banner is current is
 * not redrawn (a redraw would be announced again by screen readers).
 */
export const bannerKey = (alerts: Bulletin[], locale: Language) =>
  alerts
    .map((alert) => {
      const view = inLocale(alert, locale)
      return `${itemPath('emergency', alert, locale)}|${view.item.headline || view.item.title}`
    })
    .join('\n')

/**
 * The banner for the alerts in force (already chosen and ordered by `activeAlerts`), in one
 * language: empty when there are none. Every alert's text is escaped; links are site paths.
 */
export const bannerFragment = (alerts: Bulletin[], locale: Language): string => {
  if (alerts.length === 0) return ''
  const t = strings(locale)
  const english = ` lang="${HTML_LANG.en}"`
  const items = alerts.map((alert) => {
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
    `<div class="wrap"><h2>${escapeHtml(heading)}</h2><ul>${items.join('')}</ul></div></section>`
  )
}
