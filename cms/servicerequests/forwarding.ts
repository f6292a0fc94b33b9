import type { Payload, PayloadRequest } from 'payload'

import { paced, type ScheduledStep } from '../coordination'
import { loadCalendar } from '../calendar'
import { formatDay, responseDue } from '../core/businessDays'
import { relationId } from '../core/relationId'
import { DEPARTMENTS, SERVICE_REQUEST_SETTINGS, SERVICE_REQUESTS } from '../core/slugs'
import { inOneTransaction } from '../db'
import { currentSettings } from '../settings'
import { strings, type Language } from '../../site/lib/i18n'
import type { Department } from '../payload-types'
import type { RequestDoc } from './requestDoc'
import { recordEvent, send, serviceName } from './tracking'
import type { ServiceType } from './catalogue'

/**
 * Requests that belong to someone else (the Region, the province's highway ministry, a utility):
 * forwarded through the status contract (`state: forwarded` with the `agency`), the agency emailed
 * with the reference in the subject, the reporter told who has it now, the public status and
 * Open311 saying "forwarded to {agency}". The agency's reply to that email (it quotes our message,
 * so it is proven) joins the history; without one, the request's own department is reminded after
 * the setting's business days, once.
 */

export type Agency = Department & { external: true; email: string }

/** The outside agency with this id, or null (a City department, or one without a mailbox). */
export const loadAgency = async (
  payload: Payload,
  id: unknown,
  req?: PayloadRequest,
): Promise<Agency | null> => {
  if (id == null || id === '' || typeof id === 'object') return null
  const doc = await payload
    .findByID({
      collection: DEPARTMENTS,
      id: String(id),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  return doc?.external && doc.email ? (doc as Agency) : null
}

export const agencyName = (agency: Pick<Department, 'name' | 'nameFr'>, language: Language) =>
  language === 'fr' && agency.nameFr ? agency.nameFr : agency.name

/** The agency's copy: the report, where, when, and the photos' count; in English and French. */
export const emailAgency = async (
  payload: Payload,
  args: {
    doc: RequestDoc
    service: Pick<ServiceType, 'name' | 'nameFr'>
    agency: Agency
    notes: string | null
    eventId: number | string
    req?: PayloadRequest
  },
) => {
  const { doc, agency } = args
  const { cityName } = currentSettings()
  const body = (['en', 'fr'] as const).map((language) => {
    const w = strings(language).requestMail
    return [
      w.forwardedToAgency(cityName, doc.reference, serviceName(args.service, language)),
      doc.addressLabel ? w.forwardedWhere(doc.addressLabel) : '',
      doc.lat != null && doc.long != null
        ? w.forwardedPoint(`${doc.lat.toFixed(5)}, ${doc.long.toFixed(5)}`)
        : '',
      doc.description ? w.forwardedDescription(doc.description) : '',
      args.notes ? w.notes(args.notes) : '',
      w.forwardedReply,
    ]
      .filter(Boolean)
      .join('\n')
  })
  await send(
    payload,
    agency.email,
    {
      subject: strings('en').requestMail.forwardedSubject(
        doc.reference,
        serviceName(args.service, 'en'),
        cityName,
      ),
      text: `${body.join('\n\n---\n\n')}\n\n${strings('en').requestMail.signature(cityName)}\n`,
    },
    `311:${doc.reference}:forwarded:${args.eventId}`,
    { reference: doc.reference, part: `forwarded-${args.eventId}` },
    args.req,
  )
}

/** A proven reply from the agency a request was forwarded to: into the history, privately. */
export const receiveAgencyReply = async (
  payload: Payload,
  doc: RequestDoc,
  from: string,
  text: string,
  req?: PayloadRequest,
) => {
  const agency = await loadAgency(payload, relationId(doc.forwardedTo), req)
  if (!agency || agency.email.toLowerCase() !== from.toLowerCase()) return false
  await payload.update({
    collection: SERVICE_REQUESTS,
    id: doc.id,
    data: { agencyRepliedAt: new Date().toISOString() },
    overrideAccess: true,
    context: { requests311: true },
    req,
  })
  await recordEvent(payload, {
    request: doc.id,
    action: 'agency-reply',
    state: doc.state,
    isPublic: false,
    actorName: agency.name,
    details: `reply from ${agency.name} <${from}>: ${text.slice(0, 4000)}`,
    req,
  })
  return true
}

/** The business days the agency has before the department is reminded (the 311 settings). */
const reminderDays = async (payload: Payload) => {
  const settings = await payload.findGlobal({
    slug: SERVICE_REQUEST_SETTINGS,
    depth: 0,
    overrideAccess: true,
  })
  return Math.max(1, Math.round(settings.agencyReminderDays ?? 5))
}

/** Reminds each department, once, of its forwarded requests the agency has not answered. */
export const remindForwarded = async (payload: Payload, now = new Date()) => {
  const days = await reminderDays(payload)
  const calendar = await loadCalendar(payload)
  const { docs } = await payload.find({
    collection: SERVICE_REQUESTS,
    where: {
      and: [
        { state: { equals: 'forwarded' } },
        { agencyRepliedAt: { exists: false } },
        { agencyRemindedAt: { exists: false } },
        // A first cut by calendar days; business days are counted for each below.
        {
          forwardedAt: {
            less_than_equal: new Date(now.getTime() - days * 86_400_000).toISOString(),
          },
        },
      ],
    },
    limit: 100,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let reminded = 0
  for (const doc of docs) {
    if (!doc.forwardedAt) continue
    const due = responseDue(new Date(doc.forwardedAt), calendar, days).dueAt
    if (due > now) continue
    const agency = await loadAgency(payload, relationId(doc.forwardedTo))
    const department = await payload.findByID({
      collection: DEPARTMENTS,
      id: relationId(doc.department)!,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    const w = strings('en').requestMail
    await inOneTransaction(payload, async (req) => {
      await payload.update({
        collection: SERVICE_REQUESTS,
        id: doc.id,
        data: { agencyRemindedAt: now.toISOString() },
        overrideAccess: true,
        context: { requests311: true },
        req,
      })
      if (department?.email)
        await send(
          payload,
          department.email,
          {
            subject: w.agencySilentSubject(doc.reference),
            text: `${w.agencySilent(doc.reference, agency?.name ?? '?', formatDay(new Date(doc.forwardedAt!), 'en'), days)}\n\n${currentSettings().cmsUrl}/admin/collections/${SERVICE_REQUESTS}/${doc.id}\n`,
          },
          `311:${doc.reference}:agency-silent`,
          { reference: doc.reference, part: 'agency-silent' },
          req,
        )
      await recordEvent(payload, {
        request: doc.id,
        action: 'emailed',
        details: `no answer from ${agency?.name ?? 'the agency'} in ${days} business days: ${department?.email ? `${department.name} reminded` : 'its department has no mailbox to remind'}`,
        req,
      })
    })
    reminded += 1
  }
  return reminded
}

/** Every 10 minutes: business days are counted, not seconds. */
const EVERY_MS = 10 * 60 * 1000

export const agencyReminderScheduledStep: ScheduledStep = {
  name: '311 agency reminders',
  report: 'agencyReminders',
  fallback: null,
  run: paced(EVERY_MS, (payload, now) => remindForwarded(payload, now)),
}

export type { RequestDoc }
