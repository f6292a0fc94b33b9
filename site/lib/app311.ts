import { serviceCodes } from './answers'
import { isWithdrawn } from './content'
import { HTML_LANG, inLocale, itemPath, type Language, SECTION_BASE } from './i18n'
import type { Answer, SiteService, WardRequests } from './types'

/**
 * What the 311 app (/app/, /fr/app/) carries inside its page, in the page's language: the catalogue
 * with each service's questions, safety stop and knowledge-base answers, and the services residents
 * report most. The page is the app's cache of them: it opens offline with what it last read.
 */

export type AppQuestion = {
  code: string
  datatype: SiteService['questions'][number]['datatype']
  required: boolean
  label: string
  values: { key: string; name: string }[]
}

export type AppService = {
  code: string
  name: string
  group: string
  description: string
  /** What a resident should know before reporting ('' when none). */
  notice: string
  /** The safety question: its label, the answer that stops, and what to do instead. */
  safety: { label: string; stopKey: string; values: { key: string; name: string }[] } | null
  instruction: string
  questions: AppQuestion[]
  /** The knowledge base's answers about it: the short answer travels too, readable offline. */
  answers: { title: string; summary: string; href: string }[]
}

export type AppData = { services: AppService[]; popular: string[] }

/** How many services the app offers first, as "often reported". */
export const POPULAR_COUNT = 6

const question = (q: SiteService['questions'][number], fr: boolean): AppQuestion => ({
  code: q.code,
  datatype: q.datatype,
  required: q.required,
  label: fr ? q.descriptionFr : q.description,
  values: q.values.map((v) => ({ key: v.key, name: fr ? v.nameFr : v.name })),
})

/**
 * The services most reported lately: counted over the newest open and fixed reports of every ward
 * the snapshot carries, ties in catalogue order; the catalogue's first ones when there are none.
 */
export const popularServices = (
  services: readonly SiteService[],
  wards: readonly WardRequests[],
  count = POPULAR_COUNT,
): string[] => {
  const known = new Set(services.map((s) => s.code))
  const tally = new Map<string, number>()
  for (const ward of wards)
    for (const r of [...ward.open.newest, ...ward.fixed.newest])
      if (known.has(r.serviceCode)) tally.set(r.serviceCode, (tally.get(r.serviceCode) ?? 0) + 1)
  const order = services.map((s) => s.code)
  return [...order]
    .sort(
      (a, b) => (tally.get(b) ?? 0) - (tally.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b),
    )
    .slice(0, count)
}

export const appData = (
  locale: Language,
  services: readonly SiteService[],
  answers: readonly Answer[],
  wards: readonly WardRequests[],
): AppData => {
  const fr = locale === 'fr'
  const collator = new Intl.Collator(HTML_LANG[locale])
  const publicAnswers = answers.filter((a) => !isWithdrawn(a))
  return {
    services: services
      .map((s): AppService => {
        const danger = s.questions.find((q) => q.code === 'danger')
        return {
          code: s.code,
          name: fr ? s.nameFr : s.name,
          group: (fr ? s.groupFr : s.group) || '',
          description: fr ? s.descriptionFr : s.description,
          notice: (fr ? s.noticeFr : s.notice) ?? '',
          safety: danger
            ? {
                label: fr ? danger.descriptionFr : danger.description,
                stopKey: 'yes',
                values: question(danger, fr).values,
              }
            : null,
          instruction: s.safetyInstruction?.[locale] ?? '',
          questions: s.questions.filter((q) => q.code !== 'danger').map((q) => question(q, fr)),
          answers: publicAnswers
            .filter((a) => serviceCodes(a).includes(s.code))
            .map((a) => {
              const { item } = inLocale(a, locale)
              return {
                title: item.title,
                summary: item.summary,
                href: itemPath('answers', a, locale),
              }
            }),
        }
      })
      .sort((a, b) => collator.compare(a.name, b.name)),
    popular: popularServices(services, wards),
  }
}

/** JSON that may sit inside a `<script type="application/json">`: no `</script>` can end it. */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, ' ')

/** The app's icons: sizes the manifest lists, Apple's touch icon, and the maskable one. */
export const APP_ICONS = { any: [192, 512], apple: 180, maskable: 512 } as const

export const iconPath = (size: number, maskable = false) =>
  `${SECTION_BASE.en.app}icon-${maskable ? 'maskable-' : ''}${size}.png`

/** The web app manifest of the app in a language: its own scope, starting on the report screen. */
export const appManifest = (
  locale: Language,
  words: { name: string; shortName: string; description: string; mineTab: string },
  cityName: string,
) => {
  const base = SECTION_BASE[locale].app
  return {
    id: base,
    name: `${words.name} – ${cityName}`,
    short_name: words.shortName,
    description: words.description,
    lang: HTML_LANG[locale],
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    orientation: 'any',
    background_color: '#ffffff',
    theme_color: THEME_COLOUR,
    categories: ['government', 'utilities'],
    icons: [
      ...APP_ICONS.any.map((size) => ({
        src: iconPath(size),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any',
      })),
      {
        src: iconPath(APP_ICONS.maskable, true),
        sizes: `${APP_ICONS.maskable}x${APP_ICONS.maskable}`,
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
    shortcuts: [{ name: words.mineTab, url: `${base}#mine` }],
  }
}

/** The City's blue (site.css `--brand`): the app's bar and icon. */
export const THEME_COLOUR = '#0b3d91'

/**
 * The icon as SVG: the site's house on the City's blue, and a map pin. `maskable` keeps the
 * drawing inside the middle 80% a launcher may crop to a circle.
 */
export const iconSvg = (size: number, maskable = false) => {
  const inset = maskable ? 0.2 : 0.08
  const art = size * (1 - 2 * inset)
  const at = size * inset
  const radius = maskable ? 0 : size * 0.18
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="${size}" height="${size}" rx="${radius}" fill="${THEME_COLOUR}"/>
<g transform="translate(${at} ${at}) scale(${art / 32})">
<path d="M5 27V13l11-8 11 8v14h-7v-9h-8v9z" fill="#ffffff"/>
<circle cx="16" cy="14.5" r="3" fill="${THEME_COLOUR}"/>
</g>
</svg>`
}
