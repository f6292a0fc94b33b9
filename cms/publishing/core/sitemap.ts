import { escapeHtml } from '../../../site/lib/html'

/** sitemap.xml from the built pages' paths (what is served, not what we think is served). */
export const buildSitemap = (siteUrl: string, paths: string[], lastmod: string): string => {
  const urls = [...new Set(paths)]
    .sort()
    .map(
      (p) =>
        `<url><loc>${escapeHtml(`${siteUrl}${p}`)}</loc><lastmod>${lastmod.slice(0, 10)}</lastmod></url>`,
    )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`
}
