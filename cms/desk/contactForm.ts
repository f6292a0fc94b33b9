import type { Endpoint } from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { strings } from '../../site/lib/i18n'
import { SECTION_BASE } from '../../site/lib/i18n/locales'
import { formatDay } from '../core/businessDays'
import { htmlPage, readBodyOrAdminForm } from '../http'
import { currentSettings } from '../settings'
import { intakeCase } from './intake'

/**
 * The site's contact form posts here (a static site has no server of its own), in the visitor's
 * language. Success shows the reference and the reply-by date; a problem lists each field to fix
 * with a link back; a filled honeypot gets a thank-you page and nothing is stored, so a bot learns
 * nothing.
 */
export const contactFormEndpoint: Endpoint = {
  path: '/form',
  method: 'post',
  handler: async (req) => {
    const settings = currentSettings()
    const { values } = await readBodyOrAdminForm(req)
    const language = values.language === 'fr' ? 'fr' : 'en'
    const t = strings(language).contact
    const form = `${settings.siteUrl}${SECTION_BASE[language].contact}`
    const home = `${settings.siteUrl}${language === 'fr' ? '/fr/' : '/'}`
    // A signed-in colleague trying the form is treated as the public would be.
    const outcome = await intakeCase(req, values, { asPublic: true })
    const page = (title: string, body: string, status = 200) =>
      htmlPage({ title, body, language, status, siteUrl: settings.siteUrl })
    if (outcome.kind === 'invalid') {
      const items = outcome.errors
        .map(
          (e) =>
            `<li><strong>${escapeHtml((t.fields as Record<string, string>)[e.field] ?? e.field)} :</strong> ${escapeHtml(e.message)}</li>`,
        )
        .join('')
      return page(
        t.checkTitle,
        `<p>${escapeHtml(t.nothingSent)}</p><ul>${items}</ul><p><a href="${escapeHtml(form)}">${escapeHtml(t.backToForm)}</a> ${escapeHtml(t.keepTyped)}</p>`,
        400,
      )
    }
    if (outcome.kind === 'too-many')
      return page(t.tooManyTitle, `<p>${escapeHtml(t.tooMany)}</p>`, 429)
    if (outcome.kind === 'honeypot')
      return page(
        t.thanksTitle,
        `<p><a href="${escapeHtml(home)}">${escapeHtml(t.thanksBack)}</a></p>`,
      )
    const { doc } = outcome
    const due = formatDay(new Date(doc.responseDueAt!), language)
    return page(
      t.thanksTitle,
      `<p>${escapeHtml(t.thanksDue(due))}</p>` +
        `<p><strong>${escapeHtml(t.thanksReference(doc.reference))}</strong></p>` +
        `<p>${escapeHtml(t.thanksEmail(doc.email ?? ''))}</p>` +
        `<p><a href="${escapeHtml(home)}">${escapeHtml(t.thanksBack)}</a></p>`,
      201,
    )
  },
}
