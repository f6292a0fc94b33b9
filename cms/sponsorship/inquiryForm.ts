import { type Language, SECTION_BASE, strings } from '../../site/lib/i18n'
import {
  APIError,
  type Endpoint,
  type RequiredDataFromCollectionSlug,
  ValidationError,
} from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { htmlPage, readBody } from '../http'
import { currentSettings } from '../settings'
import { formatDay } from '../core/businessDays'
import { departmentName } from '../core/departments'
import { inquiryReference } from './core/emails'
import { loadPolicy } from './policy'
import { SPONSOR_INQUIRIES } from '../core/slugs'
import { HONEYPOT } from './inquiryHooks'

const sameSite = (referer: string | null, siteUrl: string) =>
  referer && referer.startsWith(`${siteUrl}/`) ? referer : `${siteUrl}/sponsorship/`

/**
 * The site's inquiry form posts here (a static site has no server of its own). Success shows who
 * will answer and by when; a problem lists each field to fix with a link back. A filled honeypot
 * gets the same thank-you page and nothing is stored, so a bot learns nothing.
 */
export const inquiryFormEndpoint: Endpoint = {
  path: '/form',
  method: 'post',
  handler: async (req) => {
    const settings = currentSettings()
    const { values } = await readBody(req)
    const back = sameSite(req.headers.get('referer'), settings.siteUrl)
    const language: Language = values.language === 'fr' ? 'fr' : 'en'
    const w = strings(language).inquiry
    const thanks = (body: string) =>
      htmlPage({
        title: w.thanksTitle,
        language,
        siteUrl: settings.siteUrl,
        body,
      })
    if (typeof values[HONEYPOT] === 'string' && values[HONEYPOT].trim())
      return thanks(`<p>${escapeHtml(w.replyWithin)}</p>`)
    const data = {
      organisation: values.organisation,
      contactName: values.contactName,
      email: values.email,
      phone: values.phone || undefined,
      package: values.package ? Number(values.package) : undefined,
      message: values.message,
      consent: values.consent === 'yes' || values.consent === 'on' || values.consent === true,
      language,
    }
    try {
      const created = (await req.payload.create({
        collection: SPONSOR_INQUIRIES,
        // As the visitor sent it: Payload validates each field and names the one that fails.
        data: data as RequiredDataFromCollectionSlug<typeof SPONSOR_INQUIRIES>,
        req,
        overrideAccess: false,
        depth: 0,
      })) as { id: number }
      const inquiry = await req.payload.findByID({
        collection: SPONSOR_INQUIRIES,
        id: created.id,
        depth: 2,
        overrideAccess: true,
      })
      // depth 2: the coordinator is read whole, with their department.
      const assignedTo = typeof inquiry.assignedTo === 'object' ? inquiry.assignedTo : null
      const policy = await loadPolicy(req.payload)
      const name = assignedTo?.firstName
      const department = departmentName(assignedTo?.department, language) ?? policy.teamName
      // Set by the inquiry's hooks on creation (the policy's business days); the next business day
      // would be a guess, so a missing date says nothing.
      const due = inquiry.responseDueAt
        ? escapeHtml(formatDay(new Date(inquiry.responseDueAt), language))
        : ''
      const reference = inquiry.reference ?? inquiryReference(inquiry.id)
      const who = name ? w.person(name, department) : w.team(policy.teamName)
      return thanks(
        `<p>${escapeHtml(who)} ${escapeHtml(w.willReplyBy)} <strong>${due}</strong>.</p>` +
          `<p>${escapeHtml(w.referenceIs)} <strong>${escapeHtml(reference)}</strong>. ${escapeHtml(w.confirmationSent(inquiry.email))}</p>` +
          `<p><a href="${escapeHtml(settings.siteUrl)}${SECTION_BASE[language].sponsorship}">${escapeHtml(w.backToSponsorship)}</a></p>`,
      )
    } catch (error) {
      if (error instanceof ValidationError) {
        const items = error.data.errors
          .map(
            (e) =>
              `<li><strong>${escapeHtml(w.fieldLabel(w.fields[e.path] ?? e.path))}</strong> ${escapeHtml(e.message)}</li>`,
          )
          .join('')
        return htmlPage({
          title: w.checkTitle,
          language,
          status: 400,
          siteUrl: settings.siteUrl,
          body: `<p>${escapeHtml(w.nothingSent)}</p><ul>${items}</ul><p><a href="${escapeHtml(back)}">${escapeHtml(w.backToForm)}</a> ${escapeHtml(w.keepsWhatYouTyped)}</p>`,
        })
      }
      if (error instanceof APIError && error.status === 429) {
        return htmlPage({
          title: w.tooMany,
          language,
          status: 429,
          siteUrl: settings.siteUrl,
          body: `<p>${escapeHtml(error.message)}</p>`,
        })
      }
      throw error
    }
  },
}
