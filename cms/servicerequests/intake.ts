import { strings } from '../../site/lib/i18n'
import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { Actor } from '../access/core/roles'
import { type LatLong, wardAt } from '../addresses/core/geo'
import { loadWards } from '../addresses'
import { loadCalendar } from '../calendar'
import { localDate, responseDue } from '../core/businessDays'
import { relationId, relationTo } from '../core/relationId'
import { isCallbackNumber, toE164 } from '../core/text/phone'
import { SERVICE_REQUESTS } from '../core/slugs'
import { createWithReference, inOneTransaction, isReferenceConflict } from '../db'
import { normaliseEmail } from '../core/text/emailAddress'
import { loadRoutingRules, serviceByCode, serviceById, type ServiceType } from './catalogue'
import { checkAnswers } from './core/attributes'
import { questionsOf, stoppedBy } from './core/safety'
import { checkMediaUrl, type PhotoOrigin } from './core/photos'
import { type IncomingPhoto, preparePhotos, removeStrayPhotos, storePhotos } from './photos'
import { DEFAULT_DUPLICATE_RULE, likelyDuplicates } from './core/duplicates'
import { REFERENCE_PREFIX, type RequestChannel } from './core/model'
import { routedByText, routeRequest } from './core/routing'
import { findPlace, type Problem, typedAddress } from './place'
import type { RequestDoc } from './requestDoc'
import { loadAgency } from './forwarding'
import { changeStatus } from './status'
import { acknowledgeRequest, addFollower, recordEvent } from './tracking'
import { type NearbyReport, openInBox } from './nearMe'

/**
 * One intake for every channel (the site's form, Open311 apps, email, staff at the phone or
 * counter): the service and its questions, the place (an address from the register, a typed
 * address, or a point on the map), the reporter, the duplicate check, routing and the expected
 * date. Nothing is stored unless everything is right; each problem names its field.
 */

export type RequestInput = {
  serviceCode: unknown
  /** The admin's create form names the service by its id. */
  serviceId?: unknown
  answers?: Record<string, unknown>
  description?: unknown
  lat?: unknown
  long?: unknown
  addressString?: unknown
  addressId?: unknown
  email?: unknown
  firstName?: unknown
  lastName?: unknown
  phone?: unknown
  /** The reporter asks for status changes by text message to `phone` (a mobile number). */
  textUpdates?: unknown
  language?: unknown
  channel: RequestChannel
  actor?: Actor
  apiClient?: { id: number | string; name: string } | null
  receivedAt?: Date
  /**
   * The form asks first and submits anyway only when the reporter says it is a different problem.
   */
  stopAtDuplicates?: boolean
  /** Email and phone intake may leave the place, and the questions, for staff to complete. */
  locationOptional?: boolean
  messageId?: string | null
  /** Photos sent with the report (the form, Open311's multipart `media`, email attachments). */
  photos?: readonly IncomingPhoto[]
  /** Open311's `media_url`: kept for staff, never fetched. */
  mediaUrl?: unknown
  /** Opened because that request was still not fixed after it closed. */
  reopenedFrom?: number | string | null
  req?: PayloadRequest
  /**
   * More to store with the request, in its transaction (an Idempotency-Key's receipt, the mail's
   * other attachments): if it fails, the request is not stored either.
   */
  alsoStore?: (doc: RequestDoc, req: PayloadRequest, notice: string | null) => Promise<void>
}

export type { Problem } from './place'

export type { NearbyReport }

export type IntakeOutcome =
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'duplicates'; nearby: NearbyReport[] }
  | { kind: 'created'; doc: RequestDoc; nearby: NearbyReport[]; notice: string | null }
  /** The safety question answered with its stopping answer: nothing stored; what to do instead. */
  | { kind: 'stopped'; instruction: string }
  /** Valid, but it could not be stored (the disk, the bucket, the database): nothing was kept. */
  | { kind: 'unavailable' }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** Open reports of the same service near the place, within the service's radius and days. */
export const nearbyReports = async (
  payload: Payload,
  service: Pick<ServiceType, 'code' | 'duplicateRadiusMetres' | 'duplicateDays'>,
  point: LatLong,
  at = new Date(),
): Promise<NearbyReport[]> => {
  const rule = {
    radiusMetres: service.duplicateRadiusMetres ?? DEFAULT_DUPLICATE_RULE.radiusMetres,
    days: service.duplicateDays ?? DEFAULT_DUPLICATE_RULE.days,
  }
  if (rule.radiusMetres <= 0 || rule.days <= 0) return []
  const docs = await openInBox(
    payload,
    point,
    rule.radiusMetres,
    [
      { serviceCode: { equals: service.code } },
      {
        requestedAt: {
          greater_than_equal: new Date(at.getTime() - rule.days * 86_400_000).toISOString(),
        },
      },
    ],
    200,
  )
  return likelyDuplicates(
    { ...point, serviceCode: service.code, at },
    docs.map((d) => ({ ...d, lat: d.lat ?? 0, long: d.long ?? 0 })),
    rule,
  ).map(({ report, metres }) => ({
    id: report.id,
    reference: report.reference,
    metres,
    state: report.state,
    addressLabel: report.addressLabel ?? null,
  }))
}

const MAX_DESCRIPTION = 5000

const PHOTO_ORIGIN: Record<RequestChannel, PhotoOrigin> = {
  web: 'web',
  app: 'app',
  email: 'email',
  phone: 'staff',
  counter: 'staff',
}

export const submitRequest = async (
  payload: Payload,
  input: RequestInput,
): Promise<IntakeOutcome> => {
  const problems: Problem[] = []
  const service =
    (await serviceByCode(payload, input.serviceCode)) ??
    (input.serviceCode == null ? await serviceById(payload, input.serviceId) : null)
  if (!service)
    problems.push({
      field: 'service_code',
      message: text(input.serviceCode)
        ? `No active service has the code ${text(input.serviceCode)}; list them at /open311/v2/services.json.`
        : 'Choose the kind of problem (service_code).',
    })
  const { answers, problems: answerProblems } = service
    ? checkAnswers(questionsOf(service), input.answers ?? {}, {
        requireAnswers: !input.locationOptional,
      })
    : { answers: {}, problems: [] }
  // "Is it dangerous?" answered yes: nothing is filed, whatever else the report says or lacks.
  const language = input.language === 'fr' ? 'fr' : 'en'
  const instruction = service ? stoppedBy(service, answers, language) : null
  if (instruction !== null) return { kind: 'stopped', instruction }
  problems.push(...answerProblems)
  const description = text(input.description)
  if (description.length > MAX_DESCRIPTION)
    problems.push({
      field: 'description',
      message: `Keep the description under ${MAX_DESCRIPTION} characters.`,
    })
  const email = text(input.email) ? normaliseEmail(input.email) : null
  if (text(input.email) && !email)
    problems.push({
      field: 'email',
      message: 'Enter an email address like name@example.com, or leave it empty.',
    })
  const phone = text(input.phone)
  if (phone && !isCallbackNumber(phone))
    problems.push({
      field: 'phone',
      message: 'Enter a phone number like 519-555-0123, or leave it empty.',
    })
  const wantsTexts = ['on', 'true', '1', 'yes', true].includes(input.textUpdates as string)
  const mobile = wantsTexts ? toE164(phone) : null
  if (wantsTexts && !mobile)
    problems.push({
      field: 'phone',
      message: 'Enter a mobile number like 519-555-0123 to get updates by text message.',
    })
  const media = checkMediaUrl(input.mediaUrl)
  if (!media.ok) problems.push({ field: 'media_url', message: media.message })
  const prepared = await preparePhotos(input.photos ?? [])
  problems.push(...prepared.problems)
  const place = await findPlace(payload, input, problems)
  if (problems.length || !service || !place) return { kind: 'invalid', problems }

  const receivedAt = input.receivedAt ?? new Date()
  const wards = await loadWards(payload)
  const wardId = place.wardId ?? (place.point ? (wardAt(place.point, wards)?.id ?? null) : null)
  const nearby = place.point ? await nearbyReports(payload, service, place.point, receivedAt) : []
  if (nearby.length && input.stopAtDuplicates) return { kind: 'duplicates', nearby }

  const routed = routeRequest(await loadRoutingRules(payload), {
    serviceCode: service.code,
    ward: wardId,
    answers,
    serviceDepartment: relationId(service.department) ?? null,
  })
  // A rule naming an outside agency forwards the report to it at once; the City's side of it stays
  // with the service's own department (whose mailbox hears if the agency does not answer).
  const agency = await loadAgency(payload, routed.department, input.req)
  if (agency) routed.department = relationId(service.department) ?? routed.department
  const calendar = await loadCalendar(payload)
  const expectedAt = responseDue(
    receivedAt,
    calendar,
    Math.max(1, Math.round(service.targetDays || 1)),
  ).dueAt
  const possible = nearby[0] ?? null
  // The hint is for staff and the sender (the answer's service_notice), never the public notes:
  // apps publish status_notes as the City's own words.
  const duplicateHint = possible
    ? strings(language).requestMail.duplicateNote(possible.reference, possible.metres)
    : null
  const data = {
    service: relationTo(service.id),
    serviceCode: service.code,
    answers,
    description: description || null,
    address: relationTo(place.addressId),
    addressLabel: place.label,
    lat: place.point?.lat ?? null,
    long: place.point?.long ?? null,
    ward: relationTo(wardId),
    firstName: text(input.firstName) || null,
    lastName: text(input.lastName) || null,
    email,
    phone: phone || null,
    language,
    channel: input.channel,
    state: 'new',
    status: 'open',
    statusNotes: null,
    department: relationTo(routed.department),
    queue: routed.queue,
    routedBy: routedByText(routed.rule, routed.department),
    requestedAt: receivedAt.toISOString(),
    expectedAt: expectedAt.toISOString(),
    possibleDuplicateOf: relationTo(possible?.id ?? null),
    apiClient: relationTo(input.apiClient?.id ?? null),
    token: randomBytes(12).toString('base64url'),
    messageId: input.messageId ?? null,
    mediaUrl: media.ok ? media.url : null,
    reopenedFrom: relationTo(input.reopenedFrom ?? null),
  }
  const details = (doc: RequestDoc) =>
    `${input.channel}${input.apiClient ? ` via ${input.apiClient.name}` : ''}; ${doc.addressLabel ?? 'no location yet'}${typedAddress(input, doc.addressLabel)}; ${routedByText(routed.rule, routed.department)}${prepared.photos.length ? `; ${prepared.photos.length} photo(s) to review` : ''}`
  // Everything the report is, stored in one transaction: the request, its photos, its history,
  // its reporter and the acknowledgement are all there or none is (a crash, a full disk).
  let reference: string | null = null
  try {
    const doc = await inOneTransaction(
      payload,
      async (req) => {
        const doc = await createWithReference<RequestDoc>(payload, {
          collection: SERVICE_REQUESTS,
          prefix: REFERENCE_PREFIX,
          year: Number(localDate(receivedAt).slice(0, 4)),
          req,
          context: { requests311: true },
          data,
        })
        reference = doc.reference
        await storePhotos(payload, doc, prepared.photos, PHOTO_ORIGIN[input.channel], req)
        await recordEvent(payload, {
          request: doc.id,
          action: 'opened',
          state: 'new',
          isPublic: true,
          actor: input.actor,
          details: [details(doc), duplicateHint].filter(Boolean).join('; '),
          req,
        })
        if (email || mobile) {
          const follower = await addFollower(payload, {
            request: doc.id,
            email,
            phone: mobile,
            language,
            role: 'reporter',
            confirmed: true,
            req,
          })
          if (email)
            await acknowledgeRequest(
              payload,
              doc,
              service,
              follower.token,
              possible?.reference ?? null,
              req,
            )
        }
        await input.alsoStore?.(doc, req, duplicateHint)
        if (agency) {
          const forwarded = await changeStatus(payload, {
            id: doc.id,
            user: null,
            byRule: true,
            state: 'forwarded',
            agency: agency.id,
            req,
          })
          if (!forwarded.ok)
            throw new Error(`The routing rule could not forward: ${forwarded.message}`)
          return forwarded.doc
        }
        return doc
      },
      { req: input.req, retryOn: isReferenceConflict },
    )
    return { kind: 'created', doc, nearby, notice: duplicateHint }
  } catch (error) {
    // What the photo folder (or bucket) took for rows that are gone now goes too.
    if (reference) await removeStrayPhotos(payload, reference)
    payload.logger.error({
      err: error,
      msg: 'A 311 report could not be stored; nothing of it was kept.',
    })
    return { kind: 'unavailable' }
  }
}
