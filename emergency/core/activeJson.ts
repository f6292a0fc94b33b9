import { HTML_LANG, inLocale, itemPath, LOCALES, type Language } from '../../site/lib/i18n'
import type { Bulletin } from '../../site/lib/types'

/**
 * `/emergency/active.json`: the alerts in force, read by the site's banner script every 30 seconds
 * and by anyone who polls. Shape (docs/contract.md):
 *
 *   { "updated": ISO time, "alerts": [ {
 *       "identifier", "msgType", "severity", "urgency", "expires", "capUrl",
 *       "title", "areas", "url",                  ← English, as before (existing readers keep
 *       working)
 *       "languages": ["en"] or ["en", "fr"],      ← the languages the alert has text in
 *       "wards": [2, 3] or null,                  ← the wards its areas touch; null: whole city
 *       "text": { "en": Text, "fr": Text }        ← per language; "fr" is the English text with
 *   } ] }                                            "lang": "en-CA" until the French is added
 *
 *   Text = { "lang", "headline", "instruction", "areas", "url" }
 *
 * `url` is the alert's page in that language (the French page exists either way). Pure.
 */
export type AlertText = {
  lang: string
  headline: string
  instruction: string | null
  areas: string[]
  url: string
}

export type ActiveAlert = {
  identifier: string
  msgType: string
  severity: string
  urgency: string
  expires: string
  capUrl: string
  title: string
  areas: string[]
  url: string
  languages: Language[]
  /** The wards the alert's areas touch (a ward page's banner shows it); null: the whole city. */
  wards: number[] | null
  text: Record<Language, AlertText>
}

export const activeJson = (
  active: Bulletin[],
  now: Date,
  siteUrl: string,
  cap: (bulletin: Bulletin) => { identifier: string; capUrl: string },
): { updated: string; alerts: ActiveAlert[] } => ({
  updated: now.toISOString(),
  alerts: active.map((b) => {
    const text = Object.fromEntries(
      LOCALES.map((locale) => {
        const view = inLocale(b, locale)
        return [
          locale,
          {
            lang: HTML_LANG[view.contentLocale],
            headline: view.item.headline || view.item.title,
            instruction: view.item.instruction ?? null,
            areas: view.item.areas.map((a) => a.areaDesc),
            url: `${siteUrl}${itemPath('emergency', b, locale)}`,
          },
        ]
      }),
    ) as Record<Language, AlertText>
    return {
      ...cap(b),
      msgType: b.msgType,
      severity: b.severity,
      urgency: b.urgency,
      expires: b.expires,
      title: text.en.headline,
      areas: text.en.areas,
      url: text.en.url,
      languages: inLocale(b, 'fr').untranslated ? ['en'] : ['en', 'fr'],
      wards: b.touchesWards ?? null,
      text,
    }
  }),
})
