import type { Endpoint } from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { type Language, strings, wardPath } from '../../site/lib/i18n'
import { htmlPage } from '../http'
import { currentSettings } from '../settings'
import { checkAddress, loadWards } from './register'

/**
 * The ward finder behind the site's "Find your ward" forms (the 311 hub, the subscription page, the
 * list of wards): `GET /api/addresses/ward?q=123 Main Street&lang=fr`. An address of the register
 * answers 303 to its ward's page in the form's language; anything else answers a page in the site's
 * look with why, the register's nearest addresses as links straight to their wards' pages, and the
 * form again. A plain GET form, so it works without JavaScript.
 */
const MAX_TYPED = 200

const finderForm = (language: Language, typed: string) => {
  const w = strings(language).wards
  const action = `${currentSettings().cmsUrl}/api/addresses/ward`
  return (
    `<form method="get" action="${escapeHtml(action)}" class="inquiry-form">` +
    `<label for="ward-finder-address">${escapeHtml(w.finderAddress)} <span class="hint">${escapeHtml(w.finderHint)}</span></label>` +
    `<input id="ward-finder-address" name="q" type="text" autocomplete="address-line1" maxlength="${MAX_TYPED}" required value="${escapeHtml(typed)}">` +
    `<input type="hidden" name="lang" value="${language}">` +
    `<button class="button" type="submit">${escapeHtml(w.finderButton)}</button></form>`
  )
}

export const wardFinderEndpoint: Endpoint = {
  path: '/ward',
  method: 'get',
  handler: async (req) => {
    const language: Language = req.searchParams.get('lang') === 'fr' ? 'fr' : 'en'
    const w = strings(language).wards
    const { siteUrl } = currentSettings()
    // One line of text at most: whatever else was sent is not an address.
    const typed = (req.searchParams.get('q') ?? '')
      .split('')
      .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c))
      .join('')
      .trim()
      .slice(0, MAX_TYPED)
    const page = (status: number, body: string) =>
      htmlPage({
        title: w.finderTitle,
        body: `${body}${finderForm(language, typed)}`,
        language,
        status,
        siteUrl,
      })
    if (!typed) return page(400, `<p>${escapeHtml(w.finderEmpty)}</p>`)
    const [found, wards] = await Promise.all([
      checkAddress(req.payload, typed),
      loadWards(req.payload),
    ])
    const numberOf = (wardId: unknown) =>
      wards.find((ward) => String(ward.id) === String(wardId))?.number ?? null
    if (found.ok) {
      const number = numberOf(found.address.wardId)
      if (number === null)
        return page(404, `<p>${escapeHtml(w.finderNoWard(found.address.label))}</p>`)
      return new Response(null, {
        status: 303,
        headers: {
          location: `${siteUrl}${wardPath(number, language)}`,
          'cache-control': 'no-store',
        },
      })
    }
    const suggestions = found.suggestions.flatMap((hit) => {
      const number = numberOf(hit.wardId)
      if (number === null) return []
      const ward = wards.find((x) => x.number === number)!
      const name = language === 'fr' ? ward.nameFr : ward.name
      return [
        `<li><a href="${escapeHtml(`${siteUrl}${wardPath(number, language)}`)}">${escapeHtml(hit.label)}</a>: ${escapeHtml(w.title(number, name))}</li>`,
      ]
    })
    return page(
      404,
      `<p role="alert">${escapeHtml(w.finderNotFound(typed))} ${escapeHtml(suggestions.length ? w.finderSuggestions : w.finderTry)}</p>` +
        (suggestions.length ? `<ul>${suggestions.join('')}</ul>` : ''),
    )
  },
}
