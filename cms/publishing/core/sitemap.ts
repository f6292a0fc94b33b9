import { escapeHtml } from '../../../site/lib/html'
import {
  HTML_LANG,
  itemPath,
  localeOfPath,
  type Section,
  twinOfPath,
  type Language,
} from '../../../site/lib/i18n'
import type { Snapshot } from '../../../site/lib/types'

/**
 * The page in the other language for any built path: an item's twin from its slugs (they differ
 * between languages), any other page's from the section names.
 */
export const twinFinder = (
  snapshot: Pick<Snapshot, 'releases' | 'publications' | 'packages' | 'bulletins'>,
): ((path: string) => string) => {
  const twins = new Map<string, string>()
  const sections: [Section, { slug: string; slugFr?: string | null }[]][] = [
    ['news', snapshot.releases],
    ['publications', snapshot.publications],
    ['sponsorship', snapshot.packages],
    ['emergency', snapshot.bulletins],
  ]
  for (const [section, items] of sections)
    for (const item of items) {
      const english = itemPath(section, item, 'en')
      const french = itemPath(section, item, 'fr')
      twins.set(english, french)
      twins.set(french, english)
    }
  return (path) => twins.get(path) ?? twinOfPath(path)
}

/**
 * sitemap.xml from the built pages' paths (what is served, not what we think is served), each with
 * its English and French versions as alternates (hreflang, the x-default being English).
 */
export const buildSitemap = (
  siteUrl: string,
  paths: string[],
  lastmod: string,
  twinOf: (path: string) => string = twinOfPath,
): string => {
  const built = new Set(paths)
  const urls = [...built].sort().map((p) => {
    const twin = twinOf(p)
    const versions: Partial<Record<Language, string>> = { [localeOfPath(p)]: p }
    if (built.has(twin)) versions[localeOfPath(twin)] = twin
    const alternates =
      versions.en && versions.fr
        ? [
            ...(['en', 'fr'] as const).map(
              (locale) =>
                `<xhtml:link rel="alternate" hreflang="${HTML_LANG[locale]}" href="${escapeHtml(`${siteUrl}${versions[locale]}`)}"/>`,
            ),
            `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeHtml(`${siteUrl}${versions.en}`)}"/>`,
          ].join('')
        : ''
    return `<url><loc>${escapeHtml(`${siteUrl}${p}`)}</loc><lastmod>${lastmod.slice(0, 10)}</lastmod>${alternates}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>\n`
}
