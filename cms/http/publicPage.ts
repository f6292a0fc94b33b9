import { readFileSync } from 'node:fs'
import path from 'node:path'

import { escapeHtml } from '../../site/lib/html'
import { HTML_LANG, type Language, SECTION_BASE, strings } from '../../site/lib/i18n'
import { currentSettings } from '../settings'

/**
 * The site's stylesheet (site/lib/styles/site.css), the one the Astro pages use, read once. The
 * pages below carry it inline: they are few and rarely seen, and need nothing from the site's
 * origin.
 */
let stylesheet: string | null = null
const siteStylesheet = () =>
  (stylesheet ??= readFileSync(path.join(process.cwd(), 'site/lib/styles/site.css'), 'utf8'))

/**
 * The one template of every public page the CMS serves: the ones a link in an email or a text leads
 * to (confirm, manage, unsubscribe), a form's answer (a 311 report, the contact form, a sponsor's
 * inquiry, a text sign-up), a 311 request's status and map, a survey. They need the CMS (a token, a
 * form post), so the CMS renders them, in the site's look and markup: its stylesheet, its skip
 * link, header and footer, one h1, the page's language, no script. The browser tier checks them as
 * it checks the site (HTML validity and axe).
 */
export const htmlPage = (args: {
  title: string
  body: string
  language?: Language
  status?: number
  siteUrl: string
}) => {
  const language = args.language ?? 'en'
  const t = strings(language)
  const site = escapeHtml(args.siteUrl)
  const city = t.cityName(currentSettings().cityName)
  const link = (href: string, text: string) => `<a href="${site}${href}">${escapeHtml(text)}</a>`
  const html =
    `<!doctype html><html lang="${HTML_LANG[language]}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(`${args.title} – ${city}`)}</title>` +
    `<style>${siteStylesheet()}</style></head><body>` +
    `<a class="skip-link" href="#main">${escapeHtml(t.skipLink)}</a>` +
    `<header class="site-header"><div class="wrap">` +
    `<a class="site-name" href="${site}${SECTION_BASE[language].home}">${escapeHtml(city)}</a>` +
    `</div></header>` +
    `<main id="main" tabindex="-1"><div class="wrap"><h1>${escapeHtml(args.title)}</h1>${args.body}` +
    `</div></main>` +
    `<footer class="site-footer"><div class="wrap"><ul>` +
    `<li>${link(SECTION_BASE[language].contact, t.footer.contact)}</li>` +
    `<li>${link(SECTION_BASE[language].help, t.footer.help)}</li>` +
    `<li>${link(SECTION_BASE[language].subscribe, t.footer.email)}</li>` +
    `</ul><p>${escapeHtml(t.footer.signature(currentSettings().cityName))}</p></div></footer>` +
    `</body></html>`
  return new Response(html, {
    status: args.status ?? 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
  })
}
