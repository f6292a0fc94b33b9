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

const FIELD_LABELS: Record<string, string> = {
  organisation: 'Organisation',
  contactName: 'Your name',
  email: 'Email',
  phone: 'Phone',
  package: 'Sponsorship package',
  message: 'Message',
  consent: 'Permission to contact you',
}

const sameSite = (referer: string | null, siteUrl: string) =>
  referer && referer.startsWith(`${siteUrl}/`) ? referer : `${siteUrl}/sponsorship/`

/**
 * The site's inquiry form posts here (a static site has no server of its own). Success shows who will
 * answer and by when; a problem lists each field to fix with a link back. A filled honeypot gets the same
 * thank-you page and nothing is stored, so a bot learns nothing.
 */
export const inquiryFormEndpoint: Endpoint = {
  path: '/form',
  method: 'post',
  handler: async (req) => {
    const settings = currentSettings()
    const { values } = await readBody(req)
    const back = sameSite(req.headers.get('referer'), settings.siteUrl)
    const fr = values.language === 'fr'
    const thanks = (body: string) =>
      htmlPage({
        title: fr ? 'Merci : nous avons reçu votre demande' : 'Thank you: we have your inquiry',
        language: fr ? 'fr' : 'en',
        siteUrl: settings.siteUrl,
        body,
      })
    if (typeof values[HONEYPOT] === 'string' && values[HONEYPOT].trim())
      return thanks(
        fr
          ? '<p>Nous vous répondrons dans les 3 jours ouvrables.</p>'
          : '<p>We will reply within 3 business days.</p>',
      )
    const data = {
      organisation: values.organisation,
      contactName: values.contactName,
      email: values.email,
      phone: values.phone || undefined,
      package: values.package ? Number(values.package) : undefined,
      message: values.message,
      consent: values.consent === 'yes' || values.consent === 'on' || values.consent === true,
      language: values.language === 'fr' ? 'fr' : 'en',
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
      const department = departmentName(assignedTo?.department, fr ? 'fr' : 'en') ?? policy.teamName
      // Set by the inquiry's hooks on creation (the policy's business days); the next business day
      // would be a guess, so a missing date says nothing.
      const due = inquiry.responseDueAt
        ? escapeHtml(formatDay(new Date(inquiry.responseDueAt), fr ? 'fr' : 'en'))
        : ''
      const reference = inquiry.reference ?? inquiryReference(inquiry.id)
      if (fr) {
        return thanks(
          `<p>${escapeHtml(name ? `${name}, ${department},` : `L'équipe ${policy.teamName}`)} vous répondra au plus tard le <strong>${due}</strong>.</p>` +
            `<p>Votre numéro de référence : <strong>${reference}</strong>. Nous avons envoyé une confirmation à ${escapeHtml(inquiry.email)}.</p>` +
            `<p><a href="${escapeHtml(settings.siteUrl)}/sponsorship/">Retour aux occasions de commandite</a></p>`,
        )
      }
      return thanks(
        `<p>${escapeHtml(name ? `${name} from ${department}` : `The ${policy.teamName} team`)} will reply by <strong>${due}</strong>.</p>` +
          `<p>Your reference number is <strong>${reference}</strong>. We sent a confirmation to ${escapeHtml(inquiry.email)}.</p>` +
          `<p><a href="${escapeHtml(settings.siteUrl)}/sponsorship/">Back to sponsorship opportunities</a></p>`,
      )
    } catch (error) {
      if (error instanceof ValidationError) {
        const items = error.data.errors
          .map(
            (e) =>
              `<li><strong>${escapeHtml(FIELD_LABELS[e.path] ?? e.path)}:</strong> ${escapeHtml(e.message)}</li>`,
          )
          .join('')
        return htmlPage({
          title: 'Check your inquiry',
          status: 400,
          siteUrl: settings.siteUrl,
          body: `<p>Nothing was sent yet. Please fix:</p><ul>${items}</ul><p><a href="${escapeHtml(back)}">Back to the form</a> (your browser may keep what you typed).</p>`,
        })
      }
      if (error instanceof APIError && error.status === 429) {
        return htmlPage({
          title: 'Too many inquiries',
          status: 429,
          siteUrl: settings.siteUrl,
          body: `<p>${escapeHtml(error.message)}</p>`,
        })
      }
      throw error
    }
  },
}
