import type { Payload, PayloadRequest } from 'payload'

import { formatDay } from '../core/businessDays'
import { relationId } from '../core/relationId'
import { STATUS_TEMPLATES } from '../core/slugs'
import type { Department, StatusTemplate } from '../payload-types'
import { LOCALES, strings, type Language } from '../../site/lib/i18n'
import { serviceById, type ServiceType } from './catalogue'
import type { ClosingReason, RequestState } from './core/model'
import { fillTemplate, templatesFor, templateText } from './core/statusTemplates'
import { agencyName, loadAgency } from './forwarding'
import type { RequestDoc } from './requestDoc'

/**
 * Status templates at work: the ones that fit a move, filled with the request's facts in a
 * language, for the status panel to offer (statusTemplateEndpoint.ts), and for the status contract
 * to send (`template` in `POST …/status`: each follower gets it in their own language; the public
 * notes are the reporter's).
 */

export type Move = { state: RequestState; reason: ClosingReason | null }

export const allTemplates = async (payload: Payload, req?: PayloadRequest) =>
  (
    await payload.find({
      collection: STATUS_TEMPLATES,
      where: { active: { not_equals: false } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs

export const asRule = (t: StatusTemplate) => ({ ...t, service: relationId(t.service) ?? null })

/** The request's facts as a template's placeholders say them, in one language. */
export const fillIn = (
  template: Pick<StatusTemplate, 'text' | 'textFr'>,
  language: Language,
  facts: { doc: RequestDoc; service: ServiceType | null; agency: Department | null },
) => {
  const w = strings(language).requestMail
  const { doc, service, agency } = facts
  return fillTemplate(templateText(template, language), {
    reference: doc.reference,
    service: service ? (language === 'fr' && service.nameFr ? service.nameFr : service.name) : null,
    address: doc.addressLabel || w.templateNoAddress,
    expectedAt: doc.expectedAt ? formatDay(new Date(doc.expectedAt), language) : w.templateNoDate,
    agency: agency ? agencyName(agency, language) : w.templateNoAgency,
  })
}

export type TemplateNotes =
  { ok: true; notes: string; notesIn: Record<Language, string> } | { ok: false; message: string }

/** A chosen template filled for a move: refused when it does not fit the request or the move. */
export const notesFromTemplate = async (
  payload: Payload,
  args: {
    id: unknown
    doc: RequestDoc
    move: Move
    /** The agency a forwarding names; otherwise the one the request is with, if any. */
    agency: Department | null
    req?: PayloadRequest
  },
): Promise<TemplateNotes> => {
  const service = await serviceById(payload, args.doc.service)
  const fits = templatesFor((await allTemplates(payload, args.req)).map(asRule), {
    service: relationId(args.doc.service)!,
    ...args.move,
  }).find((t) => String(t.id) === String(args.id))
  if (!fits)
    return {
      ok: false,
      message: `Template ${String(args.id).slice(0, 40)} does not fit this request's service and new state: choose one the status panel offers.`,
    }
  const agency =
    args.agency ?? (await loadAgency(payload, relationId(args.doc.forwardedTo), args.req))
  const facts = { doc: args.doc, service, agency }
  const notesIn = Object.fromEntries(
    LOCALES.map((language) => [language, fillIn(fits, language, facts)]),
  ) as Record<Language, string>
  return { ok: true, notes: notesIn[args.doc.language === 'fr' ? 'fr' : 'en'], notesIn }
}
